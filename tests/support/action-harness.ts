/**
 * Calling server actions and route handlers as a browser would, in Vitest: whoever `session.user` is
 * (the test files mock lib/auth/session with it), each call in a transaction rolled back afterwards,
 * and a way to tell whether the database changed meanwhile. A world of reports in every state, and
 * users of the report's department and of another, to call them against. Used by the authorization
 * matrix and the hostile-input tests.
 *
 * The test file itself declares the mocks (Vitest hoists vi.mock only there):
 *   vi.mock("../../lib/auth/session", async () => (await import("../support/action-harness")).sessionModule);
 *   vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
 *   …
 */
import { sessionUserOf } from "./session-user";
import { eq } from "drizzle-orm";
import { getDb } from "../../db";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import { demoContent } from "../../db/seed/demo-2020";
import { unsafeWriteReportContent } from "../../db/seed/write-report-content";
import type { SessionUser } from "../../lib/auth/session";
import type { ReportStatus } from "../../lib/domain";
import { getChecks } from "../../lib/reports/checks";
import { buildReportDisclosure } from "../../lib/reports/get-disclosure";
import { loadReportData } from "../../lib/reports/load-report-data";
import { sha256 } from "../../lib/reports/transition-report";

/** The signed-in user of the next call (null: nobody). */
export const session = { user: null as SessionUser | null };
/** What the mocked lib/auth/session exports. */
export const sessionModule = {
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
};

export type Who = "clerk" | "supervisor" | "admin" | "otherClerk" | "otherSupervisor" | "nobody";
export const WHO: Who[] = ["clerk", "supervisor", "admin", "otherClerk", "otherSupervisor", "nobody"];
export const STATES: ReportStatus[] = ["draft", "submitted", "approved", "published", "superseded"];

export interface World {
  users: Record<Exclude<Who, "nobody">, SessionUser>;
  /** A report of the demo department in each state, with the demo's content. */
  reports: Record<ReportStatus, { id: number; year: number }>;
  departmentCode: string;
  /** A project of each report. */
  projectOf: Record<number, number>;
}

/** Every row of every table. */
export function dump(): string {
  const client = getDb().$client;
  const tables = client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .map(({ name }) => JSON.stringify(client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()))
    .join("\n");
}

/** The database as every call starts from it (calls are rolled back). */
let baseline = "";

/** Records the database as it is now as the baseline (after a test adds to the world, e.g. a template). */
export function recordBaseline(): void {
  baseline = dump();
}
const totalChanges = () => (getDb().$client.prepare("SELECT total_changes() AS n").get() as { n: number }).n;

/**
 * Runs `call` in a transaction rolled back afterwards, and says whether the database differed from the
 * baseline before the rollback. No row written (SQLite's total_changes(), triggers included) proves it
 * unchanged; otherwise every table is compared with the baseline. `inspect` runs before the rollback.
 */
export async function isolated<T>(
  call: () => Promise<T>,
  inspect?: (result: T) => void,
): Promise<{ result: T; changed: boolean }> {
  const client = getDb().$client;
  client.exec("BEGIN");
  try {
    const before = totalChanges();
    const result = await call();
    inspect?.(result);
    return { result, changed: totalChanges() !== before && dump() !== baseline };
  } finally {
    client.exec("ROLLBACK");
  }
}

export const reportVersion = (reportId: number) =>
  getDb().select({ v: t.reports.version }).from(t.reports).where(eq(t.reports.id, reportId)).get()!.v;

/**
 * The world on a fresh demo database: the demo department's clerk, supervisor and admin, another
 * department with a clerk and a supervisor, and a demo-content report in each state (the draft's
 * warnings explained, so that submitting it depends only on who submits; the submitted one submitted by
 * the clerk; the published and superseded ones with their frozen snapshot). Records the baseline.
 */
export function createWorld(db: Db): World {
  const other = db.insert(t.departments).values({ code: "M900", name: "另一部门" }).returning().get();
  for (const role of ["clerk", "supervisor"] as const)
    db.insert(t.users)
      .values({ username: `other${role}`, displayName: `另一${role}`, role, departmentId: other.id, passwordHash: "x" })
      .run();
  const sessionUser = (username: string) => sessionUserOf(db, username);
  const users = {
    clerk: sessionUser("clerk"),
    supervisor: sessionUser("supervisor"),
    admin: sessionUser("admin"),
    otherClerk: sessionUser("otherclerk"),
    otherSupervisor: sessionUser("othersupervisor"),
  };
  const departmentId = users.clerk.departmentId!;
  const departmentCode = db.select().from(t.departments).where(eq(t.departments.id, departmentId)).get()!.code;
  const draft = db.select().from(t.reports).where(eq(t.reports.departmentId, departmentId)).get()!.id;
  for (const f of getChecks(users.admin, draft).findings.filter((f) => f.severity === "warning"))
    db.insert(t.findingNotes).values({ reportId: draft, findingKey: f.key, text: "已核实。" }).run();
  const reports = { draft: { id: draft, year: 2020 } } as World["reports"];
  const years = { submitted: 2019, approved: 2018, published: 2017, superseded: 2016 } as const;
  for (const [status, year] of Object.entries(years) as [keyof typeof years, number][]) {
    const id = db
      .insert(t.reports)
      .values({ departmentId, year, templateId: "2020", createdById: users.clerk.id, updatedById: users.clerk.id })
      .returning({ id: t.reports.id })
      .get().id;
    db.transaction((tx) => unsafeWriteReportContent(tx, id, demoContent()));
    const json = JSON.stringify(buildReportDisclosure(loadReportData(users.admin, id)));
    const frozen = status === "published" || status === "superseded";
    db.update(t.reports)
      .set({
        status,
        submittedById: users.clerk.id,
        submittedAt: new Date(),
        ...(frozen
          ? {
              publishedAt: new Date(),
              publishedById: users.supervisor.id,
              snapshotJson: json,
              snapshotSha256: sha256(json),
            }
          : {}),
        ...(status === "superseded" ? { supersededAt: new Date() } : {}),
      })
      .where(eq(t.reports.id, id))
      .run();
    reports[status] = { id, year };
  }
  const projectOf: Record<number, number> = {};
  for (const { id } of Object.values(reports))
    projectOf[id] = db.select({ id: t.projects.id }).from(t.projects).where(eq(t.projects.reportId, id)).get()!.id;
  baseline = dump();
  return { users, reports, departmentCode, projectOf };
}
