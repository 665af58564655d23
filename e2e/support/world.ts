/**
 * What a spec needs, made for it alone: a department of its own (with the demo's two units), its own
 * clerk and supervisor, and reports — empty, or holding the demo's content — written straight into the
 * database the server under test uses. So no spec depends on what another did, and they run in any
 * order. (The demo department and its users stay as the seed made them, for the specs about the demo.)
 */
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { openDatabase, type Db } from "../../db/connection";
import { demo, demoContent } from "../../db/seed/demo-2020";
import { unsafeWriteReportContent } from "../../db/seed/write-report-content";
import * as t from "../../db/schema";
import { hashPassword } from "../../lib/auth/password";
import { buildDisclosure } from "../../lib/disclosure/build";
import { builtInTemplate } from "../../lib/disclosure/templates";
import type { ReportData, Subject } from "../../lib/disclosure/report-data";
import { THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES, type Role } from "../../lib/domain";

export const WORLD_PASSWORD = "Shijie@2026";

let db: Db | undefined;
/** The server's database (scripts/test.mjs passes its path; WAL lets both write). */
export function e2eDb(): Db {
  db ??= openDatabase(process.env.E2E_DATABASE_PATH ?? "./data/e2e.db");
  return db;
}

let passwordHash: Promise<string> | undefined;

export interface World {
  departmentId: number;
  code: string;
  name: string;
  clerk: string;
  supervisor: string;
}

/** A new department named after the spec, with a clerk and a supervisor (password WORLD_PASSWORD). */
export async function createWorld(label: string, options: { region?: string } = {}): Promise<World> {
  passwordHash ??= hashPassword(WORLD_PASSWORD);
  const hash = await passwordHash;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const code = `E${suffix}`.slice(0, 12).toUpperCase();
  const name = `${label}测试局${suffix}`;
  const usernames = { clerk: `c_${suffix}`, supervisor: `s_${suffix}` };
  const departmentId = e2eDb().transaction((tx) => {
    const dept = tx
      .insert(t.departments)
      .values({ code, name, shortName: `${label}局`, region: options.region ?? "" })
      .returning()
      .get();
    demo.units.forEach((u, i) =>
      tx
        .insert(t.units)
        .values({ ...u, name: i === 0 ? `${name}机关` : `${name}信息中心`, departmentId: dept.id, sortOrder: i })
        .run(),
    );
    for (const role of ["clerk", "supervisor"] as const satisfies Role[]) {
      tx.insert(t.users)
        .values({
          username: usernames[role],
          displayName: role === "clerk" ? "刘填报" : "陈审核",
          role,
          departmentId: dept.id,
          passwordHash: hash,
        })
        .run();
    }
    return dept.id;
  });
  return { departmentId, code, name, ...usernames };
}

/** The first `count` 项 (leaf subjects) of the seeded 2020 功能分类 catalog, which the demo years use. */
export function functionItemCodes(count: number): string[] {
  return e2eDb()
    .select({ code: t.functionSubjects.code })
    .from(t.functionSubjects)
    .where(and(eq(t.functionSubjects.year, 2020), eq(t.functionSubjects.level, "item")))
    .orderBy(t.functionSubjects.code)
    .limit(count)
    .all()
    .map((s) => s.code);
}

/**
 * A draft report of the world's department for a year: holding the demo's figures and texts
 * (`content: "demo"`), or as 新建年度报告 leaves it (`"empty"`: no lines, the template's glossary).
 */
export function createReport(world: World, year: number, content: "demo" | "empty"): number {
  const clerk = e2eDb().select({ id: t.users.id }).from(t.users).where(eq(t.users.username, world.clerk)).get()!;
  return e2eDb().transaction((tx) => {
    const report = tx
      .insert(t.reports)
      .values({
        departmentId: world.departmentId,
        year,
        templateId: demo.templateId,
        noGovFundActivity: content === "demo",
        noStateCapitalActivity: content === "demo",
        createdById: clerk.id,
        updatedById: clerk.id,
      })
      .returning({ id: t.reports.id })
      .get();
    if (content === "demo") {
      unsafeWriteReportContent(tx, report.id, demoContent());
    } else {
      tx.insert(t.reportSummaries).values({ reportId: report.id }).run();
      tx.insert(t.reportProfiles).values({ reportId: report.id }).run();
      for (const item of THREE_PUBLIC_ITEMS)
        tx.insert(t.threePublicAmounts).values({ reportId: report.id, item }).run();
      tx.insert(t.threePublicQuantities).values({ reportId: report.id }).run();
      tx.insert(t.otherMatters).values({ reportId: report.id }).run();
      for (const category of VEHICLE_CATEGORIES)
        tx.insert(t.vehicleCounts).values({ reportId: report.id, category }).run();
      tx.insert(t.performanceSummaries).values({ reportId: report.id }).run();
      demo.glossary.forEach((g, sortOrder) =>
        tx
          .insert(t.glossaryEntries)
          .values({ reportId: report.id, ...g, sortOrder })
          .run(),
      );
    }
    return report.id;
  });
}

/**
 * A published report of the world's department holding the demo's content, as the supervisor's 公开发布
 * leaves it: the disclosure built and frozen as the snapshot with its SHA-256. Returns the report id.
 */
export function createPublishedReport(world: World, year: number): number {
  const reportId = createReport(world, year, "demo");
  const content = demoContent();
  const record = (rows: Subject[]) =>
    Object.fromEntries(
      rows.map((s) => [s.code, { code: s.code, name: s.name, level: s.level, parentCode: s.parentCode }]),
    );
  const data: ReportData = {
    report: {
      id: reportId,
      year,
      revision: 1,
      status: "approved",
      version: 1,
      templateId: demo.templateId,
      departmentName: world.name,
      departmentShortName: world.name,
      noGovFundActivity: true,
      noStateCapitalActivity: true,
    },
    units: demo.units.map((u) => ({ ...u })),
    // The built-in 2020 catalog: the demo's content uses its subjects.
    functionSubjects: record(e2eDb().select().from(t.functionSubjects).where(eq(t.functionSubjects.year, 2020)).all()),
    economicSubjects: record(e2eDb().select().from(t.economicSubjects).where(eq(t.economicSubjects.year, 2020)).all()),
    ...content,
    functionLines: [...content.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    economicLines: [...content.economicLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    toConfirm: [],
  };
  const json = JSON.stringify(buildDisclosure(data, builtInTemplate(demo.templateId)!));
  const now = new Date();
  e2eDb()
    .update(t.reports)
    .set({
      status: "published",
      submittedAt: now,
      approvedAt: now,
      publishedAt: now,
      snapshotJson: json,
      snapshotSha256: createHash("sha256").update(json, "utf8").digest("hex"),
    })
    .where(eq(t.reports.id, reportId))
    .run();
  return reportId;
}
