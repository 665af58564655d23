/**
 * The authorization matrix, generated from the app itself: every server action (every export of a
 * "use server" file under app/) and every route handler (every method of an app/**\/route.ts) must have
 * a case below — a new one without a case fails the first test. Each case is run as every kind of user
 * (clerk, supervisor and admin of the report's department, a clerk and a supervisor of another
 * department, nobody) against a report in every state (draft, submitted, approved, published,
 * superseded), through the action as a browser would call it (withUser: session → zod → data layer).
 * What the matrix says is allowed must succeed; anything else must be refused — with a message, not a
 * crash — and leave the database exactly as it was, byte for byte of every table.
 *
 * Each call runs inside a transaction that is rolled back afterwards, so every case starts from the
 * same database.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "../../lib/action-result";
import type { ReportStatus } from "../../lib/domain";
import { getChecks } from "../../lib/reports/checks";
import { getEconomicLinesForm } from "../../lib/reports/sections/economic-lines";
import { getExplanationsForm } from "../../lib/reports/sections/explanations";
import { getFunctionLinesForm } from "../../lib/reports/sections/function-lines";
import { getFundsPage } from "../../lib/reports/sections/funds";
import { getGlossaryForm } from "../../lib/reports/sections/glossary";
import { getOtherMattersForm } from "../../lib/reports/sections/other-matters";
import { getPerformancePage, getProjectForm } from "../../lib/reports/sections/performance";
import { projectLock, sectionVersion, type SectionLock } from "../../lib/reports/sections/save-section";
import { resolveTemplate } from "../../lib/templates/resolve";
import { deriveTemplate } from "../../lib/templates/templates";
import { getDb } from "../../db";
import { catalogFor } from "../../lib/catalog";
import { applyCatalogImport, previewCatalogImport } from "../../lib/catalogs/import-catalog";
import { addLocalSubject } from "../../lib/catalogs/local-subjects";
import { previewReportImport } from "../../lib/imports/import-report";
import { buildImportTemplate } from "../../lib/imports/template";
import { reportImports } from "../../db/schema";
import { eq } from "drizzle-orm";
import { getProfileForm } from "../../lib/reports/sections/profile";
import { getThreePublicForm } from "../../lib/reports/sections/three-public";
import {
  createWorld,
  isolated,
  recordBaseline,
  reportVersion,
  session,
  STATES,
  WHO,
  type Who,
  type World,
} from "../support/action-harness";
import { useTempDatabase } from "../support/temp-db";

// The session is whoever the case says; the rest of the request path is the app's own.
vi.mock("../../lib/auth/session", async () => (await import("../support/action-harness")).sessionModule);
// Outside a Next.js request there is no cache to revalidate, and no Auth.js to sign in through.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("../../lib/auth/config", () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: { GET: async () => new Response(null), POST: async () => new Response(null) },
  TooManyAttempts: class extends Error {},
}));
// Chromium is not the point here (tests/integration/export-cache.test.ts and exports.test.ts are).
vi.mock("../../lib/export/pdf", () => ({ renderPdf: async () => Buffer.from("%PDF-1.7 matrix") }));

/** A clerk or supervisor of the report's own department. */
const own = (who: Who, role: "clerk" | "supervisor") => who === role;

/** A case of a server action: its input for a report, and who may, in which state. */
type ActionCase =
  | {
      scope: "report";
      input: (w: World, reportId: number) => unknown;
      allowed: (who: Who, state: ReportStatus) => boolean;
    }
  | { scope: "global"; input: (w: World) => unknown; allowed: (who: Who) => boolean }
  | { scope: "session"; provenBy: string };

/** A case of a route handler. */
type RouteCase =
  | { scope: "report"; allowed: (who: Who, state: ReportStatus) => boolean }
  | { scope: "global"; params: () => Record<string, string>; allowed: (who: Who) => boolean }
  | { scope: "public"; allowed: (state: ReportStatus) => boolean }
  | { scope: "session"; provenBy: string };

/** A form's current values, as the owner's page would show them (read as the admin, who sees all). */
const section = (lock: SectionLock, reportId: number, values: object) => ({
  reportId,
  version: sectionVersion(getDb(), reportId, lock),
  ...values,
});
const editDraft = (who: Who, state: ReportStatus) => own(who, "clerk") && state === "draft";
const transition = (action: string, allowed: (who: Who, state: ReportStatus) => boolean): ActionCase => ({
  scope: "report",
  input: (_w, reportId) => ({ reportId, action, comment: action === "return" ? "请核对。" : "" }),
  allowed,
});

/** Every server action, by file and export. */
const ACTIONS: Record<string, ActionCase | ActionCase[]> = {
  "app/(app)/actions.ts#logoutAction": {
    scope: "session",
    provenBy: "tests/integration/sessions.test.ts, e2e/login.spec.ts",
  },
  "app/login/actions.ts#loginAction": {
    scope: "session",
    provenBy: "tests/integration/login-attempts.test.ts, e2e/login.spec.ts",
  },
  "app/(app)/reports/actions.ts#createReportAction": {
    scope: "global",
    input: () => ({ year: 2015 }),
    allowed: (who) => who === "clerk" || who === "otherClerk",
  },
  "app/(app)/reports/[id]/actions.ts#saveProfileAction": {
    scope: "report",
    input: (w, id) => section("profile", id, getProfileForm(w.users.admin, id)),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveFunctionLinesAction": {
    scope: "report",
    input: (w, id) => section("functionLines", id, getFunctionLinesForm(w.users.admin, id)),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveEconomicLinesAction": {
    scope: "report",
    input: (w, id) => section("economicLines", id, getEconomicLinesForm(w.users.admin, id).initial),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveThreePublicAction": {
    scope: "report",
    input: (w, id) => section("threePublic", id, getThreePublicForm(w.users.admin, id)),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveOtherMattersAction": {
    scope: "report",
    input: (w, id) => section("otherMatters", id, getOtherMattersForm(w.users.admin, id).initial),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveFundsAction": {
    scope: "report",
    input: (w, id) => section("funds", id, getFundsPage(w.users.admin, id).initial),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveProjectAction": {
    scope: "report",
    input: (w, id) => section(projectLock(w.projectOf[id]!), id, getProjectForm(w.users.admin, id, w.projectOf[id]!)),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#deleteProjectAction": {
    scope: "report",
    input: (w, id) => ({
      reportId: id,
      version: sectionVersion(getDb(), id, projectLock(w.projectOf[id]!)),
      projectId: w.projectOf[id]!,
    }),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#savePerformanceSummaryAction": {
    scope: "report",
    input: (w, id) => section("performance", id, getPerformancePage(w.users.admin, id).summary),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveExplanationsAction": {
    scope: "report",
    input: (w, id) => section("explanations", id, getExplanationsForm(w.users.admin, id).initial),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/actions.ts#saveGlossaryAction": {
    scope: "report",
    input: (w, id) => section("glossary", id, getGlossaryForm(w.users.admin, id)),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/workflow-actions.ts#saveFindingNotesAction": {
    scope: "report",
    input: (w, id) => {
      const warning = getChecks(w.users.admin, id).findings.find((f) => f.severity === "warning")!;
      return {
        reportId: id,
        version: sectionVersion(getDb(), id, "findingNotes"),
        notes: [{ key: warning.key, text: "矩阵测试的说明。" }],
      };
    },
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/workflow-actions.ts#transitionAction": [
    transition("submit", (who, state) => own(who, "clerk") && state === "draft"),
    // Only the submitter withdraws: the clerk submitted the world's submitted report.
    transition("withdraw", (who, state) => own(who, "clerk") && state === "submitted"),
    transition("return", (who, state) => own(who, "supervisor") && (state === "submitted" || state === "approved")),
    transition("approve", (who, state) => own(who, "supervisor") && state === "submitted"),
    transition("publish", (who, state) => own(who, "supervisor") && state === "approved"),
  ],
  "app/(app)/reports/[id]/workflow-actions.ts#addCommentAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId, body: "矩阵测试的意见" }),
    allowed: (who) => own(who, "clerk") || own(who, "supervisor"),
  },
  "app/(app)/reports/[id]/workflow-actions.ts#setReportTemplateAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId, version: reportVersion(reportId), templateId: "shanghai-2024" }),
    allowed: (who, state) => (own(who, "clerk") || who === "admin") && state === "draft",
  },
  "app/(app)/reports/[id]/workflow-actions.ts#startRevisionAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId }),
    allowed: (who, state) => own(who, "clerk") && state === "published",
  },
  "app/(app)/admin/actions.ts#createUserAction": {
    scope: "global",
    input: (w) => ({
      username: "matrixuser",
      displayName: "矩阵用户",
      role: "clerk",
      departmentId: w.users.clerk.departmentId,
      password: "Kaishi2021",
    }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/actions.ts#updateUserAction": {
    scope: "global",
    input: (w) => ({
      id: w.users.otherClerk.id,
      displayName: "改过名",
      role: "clerk",
      departmentId: w.users.otherClerk.departmentId,
    }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/actions.ts#setUserActiveAction": {
    scope: "global",
    input: (w) => ({ id: w.users.otherClerk.id, active: false }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/actions.ts#resetPasswordAction": {
    scope: "global",
    input: (w) => ({ id: w.users.otherClerk.id, password: "Xinmima2022" }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/actions.ts#saveDepartmentAction": {
    scope: "global",
    input: () => ({ id: null, code: "M001", name: "矩阵测试局", shortName: "", region: "甘肃省兰州市", units: [] }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/templates/actions.ts#deriveTemplateAction": {
    scope: "global",
    input: () => ({ fromId: "shanghai-2024", id: "matrix-2026", name: "矩阵测试模板", region: "上海市", year: 2026 }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/templates/actions.ts#saveTemplateAction": {
    scope: "global",
    input: () => ({
      id: DERIVED,
      definitionJson: JSON.stringify({ ...resolveTemplate(DERIVED), name: "矩阵测试模板（改）" }),
    }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/templates/actions.ts#importTemplateAction": {
    scope: "global",
    input: () => ({ json: JSON.stringify({ ...resolveTemplate(DERIVED), id: "matrix-import", version: 1 }) }),
    allowed: (who) => who === "admin",
  },
  // Reads a report's data for the live preview: whoever may see the report, which the admin always may.
  "app/(app)/admin/templates/actions.ts#previewDataAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId }),
    allowed: (who) => who === "clerk" || who === "supervisor" || who === "admin",
  },
  "app/(app)/admin/actions.ts#addSubjectAction": {
    scope: "global",
    input: () => ({ kind: "function", year: 2020, code: "2010198", name: "矩阵测试项" }),
    allowed: (who) => who === "admin",
  },
  // A 项 the grid's 添加科目 adds to the report's year (待管理员确认): whoever may edit the draft.
  "app/(app)/reports/[id]/actions.ts#addLocalSubjectAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId, code: "2010196", name: "矩阵填报项" }),
    allowed: editDraft,
  },
  // 导入Excel: a preview of the report's own 功能分类 template waits on every report (made in beforeAll).
  "app/(app)/reports/[id]/import/actions.ts#applyImportAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId, importId: pendingReportImports.get(reportId)! }),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/import/actions.ts#cancelImportAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId, importId: pendingReportImports.get(reportId)! }),
    allowed: editDraft,
  },
  "app/(app)/reports/[id]/import/actions.ts#recheckImportAction": {
    scope: "report",
    input: (_w, reportId) => ({ reportId, importId: pendingReportImports.get(reportId)! }),
    allowed: editDraft,
  },
  "app/(app)/admin/catalogs/actions.ts#applyCatalogImportAction": {
    scope: "global",
    input: () => ({ importId: pendingImport }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/catalogs/actions.ts#confirmSubjectAction": {
    scope: "global",
    input: () => ({ year: 2020, code: CLERK_SUBJECT, name: "矩阵待确认项（已核）" }),
    allowed: (who) => who === "admin",
  },
  "app/(app)/admin/catalogs/actions.ts#decideMappingAction": {
    scope: "global",
    input: () => ({ kind: "function", year: 2021, fromCode: "2010150", toCode: "2010150", decision: "confirmed" }),
    allowed: (who) => who === "admin",
  },
};

/** Every route handler, by route and method. */
const ROUTES: Record<string, RouteCase> = {
  "GET /api/auth/[...nextauth]": { scope: "session", provenBy: "e2e/login.spec.ts (Auth.js's own endpoints)" },
  "POST /api/auth/[...nextauth]": {
    scope: "session",
    provenBy: "tests/integration/login-attempts.test.ts, tests/reliability/attacks.test.ts",
  },
  "GET /api/health": { scope: "public", allowed: () => true },
  // A multipart upload from this site's own page: its refusals (no Origin or another site's, no session,
  // a clerk or supervisor, an oversized body) are the route's own tests.
  "POST /admin/catalogs/upload": { scope: "session", provenBy: "tests/integration/catalog-upload.test.ts" },
  // The same, for a report's Excel import (tests/integration/report-import-upload.test.ts).
  "POST /reports/[id]/import/upload": {
    scope: "session",
    provenBy: "tests/integration/report-import-upload.test.ts",
  },
  "GET /reports/[id]/import/template": {
    scope: "report",
    allowed: (who) => who === "clerk" || who === "supervisor" || who === "admin",
  },
  "GET /admin/catalogs/export": { scope: "global", params: () => ({}), allowed: (who) => who === "admin" },
  "GET /admin/templates/[id]/export": {
    scope: "global",
    params: () => ({ id: DERIVED }),
    allowed: (who) => who === "admin",
  },
  "GET /reports/[id]/export/pdf": {
    scope: "report",
    allowed: (who) => who === "clerk" || who === "supervisor" || who === "admin",
  },
  "GET /reports/[id]/export/xlsx": {
    scope: "report",
    allowed: (who) => who === "clerk" || who === "supervisor" || who === "admin",
  },
  // The year's 功能分类 catalog for the 功能分类 page: whoever may see the report.
  "GET /reports/[id]/subjects": {
    scope: "report",
    allowed: (who) => who === "clerk" || who === "supervisor" || who === "admin",
  },
  // The preview's document alone (for a preview reached by client-side navigation): whoever may see the report.
  "GET /reports/[id]/preview/document": {
    scope: "report",
    allowed: (who) => who === "clerk" || who === "supervisor" || who === "admin",
  },
  // Public: the current published revision of a department's year, never anything else.
  "GET /disclosures/[departmentCode]/[year]/document": {
    scope: "public",
    allowed: (state) => state === "published",
  },
  "GET /disclosures/[departmentCode]/[year]/pdf": { scope: "public", allowed: (state) => state === "published" },
  "GET /disclosures/[departmentCode]/[year]/xlsx": { scope: "public", allowed: (state) => state === "published" },
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}
const APP_FILES = walk(path.resolve("app")).map((f) => path.relative(process.cwd(), f).split(path.sep).join("/"));
const ACTION_FILES = APP_FILES.filter(
  (f) =>
    /\.tsx?$/.test(f) && /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(fs.readFileSync(f, "utf8")),
);
const ROUTE_FILES = APP_FILES.filter((f) => /\/route\.ts$/.test(f));
/** "app/(app)/reports/[id]/export/pdf/route.ts" → "/reports/[id]/export/pdf". */
const routeOf = (file: string) =>
  file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\/\([^)]+\)/g, "") || "/";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

let world: World;

/** A template an admin derived, which the template cases edit, import under another id and export. */
const DERIVED = "matrix-derived";
/** A 项 a clerk added from the grid, waiting for an admin's confirmation. */
const CLERK_SUBJECT = "2010197";
/** A catalog file an admin uploaded for 2022 and has not applied yet. */
let pendingImport = 0;
/** An Excel import preview waiting on each report of the world, by report id. */
const pendingReportImports = new Map<number, number>();

/** The 2020 function catalog as a .csv, with `extra` rows: what an admin would upload. */
const catalogCsv = (extra: string[]) =>
  new TextEncoder().encode(
    ["科目编码,科目名称", ...catalogFor("function", 2020).map((s) => `${s.code},${s.name}`), ...extra].join("\n"),
  );

beforeAll(async () => {
  world = createWorld(await useTempDatabase());
  deriveTemplate(world.users.admin, {
    fromId: "lanzhou-2020",
    id: DERIVED,
    name: "矩阵派生模板",
    region: "甘肃省兰州市",
    year: 2021,
  });
  addLocalSubject(world.users.clerk, { reportId: world.reports.draft.id, code: CLERK_SUBJECT, name: "矩阵待确认项" });
  // 2021 has a catalog of its own (so its codes can be mapped from 2020's); 2022's file waits for 导入.
  const own2021 = await previewCatalogImport(world.users.admin, {
    kind: "function",
    year: 2021,
    fileName: "2021.csv",
    bytes: catalogCsv(["2010195,矩阵新项"]),
  });
  if (!own2021.ok) throw new Error(own2021.errors.join("; "));
  applyCatalogImport(world.users.admin, own2021.id);
  const pending = await previewCatalogImport(world.users.admin, {
    kind: "function",
    year: 2022,
    fileName: "2022.csv",
    bytes: catalogCsv(["2010194,矩阵次年新项"]),
  });
  if (!pending.ok) throw new Error(pending.errors.join("; "));
  pendingImport = pending.id;
  // A clerk's upload of the draft's own 功能分类 template; the same preview stored for the other states.
  const draftId = world.reports.draft.id;
  const { bytes } = await buildImportTemplate(world.users.clerk, draftId, "functionLines");
  const preview = await previewReportImport(world.users.clerk, {
    reportId: draftId,
    section: "functionLines",
    fileName: "矩阵导入.xlsx",
    bytes: new Uint8Array(bytes),
  });
  if (!preview.ok) throw new Error(preview.errors.join("; "));
  const stored = getDb().select().from(reportImports).where(eq(reportImports.id, preview.id)).get()!;
  for (const state of STATES) {
    const reportId = world.reports[state].id;
    if (reportId === draftId) pendingReportImports.set(reportId, preview.id);
    else {
      const { id: _id, ...row } = stored;
      const copy = getDb()
        .insert(reportImports)
        .values({ ...row, reportId })
        .returning()
        .get();
      pendingReportImports.set(reportId, copy.id);
    }
  }
  recordBaseline();
});

const GENERIC_FAILURE = /系统暂时无法完成操作/;

/** A report case's input for a state, made once (every call is rolled back, so it stays current). */
const inputs = new Map<ActionCase, Map<ReportStatus, unknown>>();
const inputOf = (c: Extract<ActionCase, { scope: "report" }>, state: ReportStatus) => () => {
  const byState = inputs.get(c) ?? new Map<ReportStatus, unknown>();
  inputs.set(c, byState);
  if (!byState.has(state)) byState.set(state, c.input(world, world.reports[state].id));
  return byState.get(state);
};

describe("the matrix covers every server action and route handler", () => {
  it("each export of a 'use server' file has a case, and each case an export", async () => {
    const found: string[] = [];
    for (const file of ACTION_FILES) {
      const mod = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push(`${file}#${name}`);
    }
    expect(found.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("each method of each route.ts has a case, and each case a handler", async () => {
    const found: string[] = [];
    for (const file of ROUTE_FILES) {
      const mod = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const method of METHODS) if (typeof mod[method] === "function") found.push(`${method} ${routeOf(file)}`);
    }
    expect(found.sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describe("server actions: role × department × report state", () => {
  for (const [key, cases] of Object.entries(ACTIONS)) {
    const [file, name] = key.split("#") as [string, string];
    for (const [i, c] of (Array.isArray(cases) ? cases : [cases]).entries()) {
      if (c.scope === "session") continue;
      it(`${name}${Array.isArray(cases) ? ` (${i + 1})` : ""}`, async () => {
        const action = (await import(path.resolve(file)))[name] as (input: unknown) => Promise<ActionResult<unknown>>;
        const runs: { who: Who; state?: ReportStatus; input: () => unknown; allowed: boolean }[] =
          c.scope === "global"
            ? WHO.map((who) => ({ who, input: () => c.input(world), allowed: c.allowed(who) }))
            : WHO.flatMap((who) =>
                STATES.map((state) => ({
                  who,
                  state,
                  input: inputOf(c, state),
                  allowed: c.allowed(who, state),
                })),
              );
        for (const run of runs) {
          const label = `${name} as ${run.who}${run.state ? ` on a ${run.state} report` : ""}`;
          const input = run.input();
          session.user = run.who === "nobody" ? null : world.users[run.who];
          const { result, changed } = await isolated(() => action(input));
          if (run.allowed) {
            expect(result, label).toMatchObject({ ok: true });
          } else {
            expect(result.ok, label).toBe(false);
            if (!result.ok) expect(result.error, label).not.toMatch(GENERIC_FAILURE);
            expect(changed, `${label}: the database changed`).toBe(false);
          }
        }
      });
    }
  }
});

describe("route handlers: role × department × report state", () => {
  for (const [key, c] of Object.entries(ROUTES)) {
    if (c.scope === "session") continue;
    const [method, route] = key.split(" ") as [string, string];
    it(key, async () => {
      const file = ROUTE_FILES.find((f) => routeOf(f) === route)!;
      const handler = (await import(path.resolve(file)))[method] as (
        request: Request,
        context: { params: Promise<Record<string, string>> },
      ) => Promise<Response>;
      const runs =
        route === "/api/health"
          ? [{ who: "nobody" as Who, state: "draft" as ReportStatus }]
          : c.scope === "global"
            ? WHO.map((who) => ({ who, state: "draft" as ReportStatus }))
            : WHO.flatMap((who) => STATES.map((state) => ({ who, state })));
      for (const { who, state } of runs) {
        const label = `${key} as ${who}${c.scope === "global" ? "" : ` for a ${state} report`}`;
        const report = world.reports[state];
        const params: Record<string, string> =
          c.scope === "global"
            ? c.params()
            : route.startsWith("/disclosures")
              ? { departmentCode: world.departmentCode, year: String(report.year) }
              : { id: String(report.id) };
        session.user = who === "nobody" ? null : world.users[who];
        const { result: response, changed } = await isolated(() =>
          handler(new Request(`http://127.0.0.1${route}`), { params: Promise.resolve(params) }),
        );
        const allowed =
          c.scope === "public" ? c.allowed(state) : c.scope === "global" ? c.allowed(who) : c.allowed(who, state);
        if (allowed) expect(response.status, label).toBe(200);
        else expect([401, 403, 404], label).toContain(response.status);
        expect(changed, `${label}: the database changed`).toBe(false);
      }
    });
  }
});
