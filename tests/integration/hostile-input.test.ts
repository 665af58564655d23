/**
 * Hostile input, generated (fast-check): every zod schema of the app (every `Z…` export of a
 * lib/**\/*.schema.ts — a new schema without a sample below fails the first test) and every save
 * function, through its server action as the clerk who may save, with a valid input of which one part
 * is replaced by something hostile — huge numbers, NaN, ±Infinity, -0, BigInt, 1 MB strings, control
 * characters, lone surrogates, formulas, markup, deep or wrong shapes — or given extra fields such as
 * `__proto__`, or lists of 10,000 rows.
 *
 * - A schema never throws; what it accepts is clean: safe integers only, no string longer than the
 *   longest text field, no control characters (but tab and line breaks), no unknown keys, no prototype
 *   pollution.
 * - A save never fails unexpectedly (the action's generic “系统暂时无法完成操作” is the 500 of an action);
 *   a refused one leaves the database as it was; an accepted one leaves a report that still loads,
 *   passes through the 审核 rules and renders.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import type { ActionResult } from "../../lib/action-result";
import { withinAmountLimits } from "../../lib/disclosure/limits";
import { documentHtml } from "../../lib/export/html";
import { getChecks } from "../../lib/reports/checks";
import { buildReportDisclosure } from "../../lib/reports/get-disclosure";
import { loadReportData } from "../../lib/reports/load-report-data";
import { getEconomicLinesForm } from "../../lib/reports/sections/economic-lines";
import { getExplanationsForm } from "../../lib/reports/sections/explanations";
import { MAX_ROWS, MAX_TEXT } from "../../lib/reports/sections/fields";
import { getFunctionLinesForm } from "../../lib/reports/sections/function-lines";
import { getFundsPage } from "../../lib/reports/sections/funds";
import { getGlossaryForm } from "../../lib/reports/sections/glossary";
import { getOtherMattersForm } from "../../lib/reports/sections/other-matters";
import { getPerformancePage, getProjectForm } from "../../lib/reports/sections/performance";
import { resolveTemplate } from "../../lib/templates/resolve";
import { deriveTemplate } from "../../lib/templates/templates";
import { getProfileForm } from "../../lib/reports/sections/profile";
import { getThreePublicForm } from "../../lib/reports/sections/three-public";
import { createWorld, isolated, recordBaseline, reportVersion, session, type World } from "../support/action-harness";
import { useTempDatabase } from "../support/temp-db";

vi.mock("../../lib/auth/session", async () => (await import("../support/action-harness")).sessionModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("../../lib/auth/config", () => ({ signOut: async () => undefined }));

let world: World;
let draft: number;

/** A template an admin derived (saveTemplateAction edits it). */
const DERIVED = "hostile-derived";

beforeAll(async () => {
  world = createWorld(await useTempDatabase());
  draft = world.reports.draft.id;
  deriveTemplate(world.users.admin, {
    fromId: "lanzhou-2020",
    id: DERIVED,
    name: "派生模板",
    region: "甘肃省兰州市",
    year: 2021,
  });
  recordBaseline();
});

const MEGABYTE = "x".repeat(1_000_000);

/** Values no form sends. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    -1e308,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 63),
    5e-324,
    0.1 + 0.2,
  ),
  fc.constantFrom(
    "",
    "   ",
    "\u0000",
    "a\u0000b\u0001c\u001f\u007f",
    "\ud800",
    "\udfff\ud800",
    "𠮷野家",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x","点我")',
    "1e309",
    "-0",
    "NaN",
    "Infinity",
    "0x10",
    "99999999999999999999999",
    "９９９９９９９９９９９９９９",
    "1,000,000,000,000.00",
    "-9,999,999,999,999.99",
    "١٢٣",
    "1.005",
    "１２３．４５",
    "\u3000１２\u3000",
    "\u202e2020\u202c",
    "2013101'; DROP TABLE reports; --",
  ),
  fc.constant(MEGABYTE),
  fc.constantFrom(null, undefined, true, false, [], {}, [[[[[]]]]], JSON.parse('{"__proto__":{"polluted":1}}')),
  fc.bigInt(),
  fc.integer(),
  fc.double(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
);

/** Every path to a value inside a sample (the root included). */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => pathsOf(v, [...at, i]))
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))
      : [];
  return [at, ...inner];
}

/** A copy of `value` with the part at `at` replaced (a path of [] replaces the whole). */
function replaced(value: unknown, at: (string | number)[], by: unknown): unknown {
  if (at.length === 0) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]!] = by;
  return copy;
}

/** A valid input made hostile in one place: a part replaced, an extra field added, or a list blown up. */
function hostile(sample: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  const objects = paths.filter((p) => {
    const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], sample);
    return v && typeof v === "object" && !Array.isArray(v);
  });
  const lists = paths.filter((p) =>
    Array.isArray(p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], sample)),
  );
  const replace = fc.tuple(fc.constantFrom(...paths), hostileValue).map(([at, by]) => replaced(sample, at, by));
  const extra = fc
    .tuple(
      fc.constantFrom(...(objects.length > 0 ? objects : [[]])),
      fc.constantFrom(
        "__proto__",
        "constructor",
        "prototype",
        "isAdmin",
        "departmentId",
        "status",
        "snapshotJson",
        "id",
      ),
      hostileValue,
    )
    .map(([at, key, by]) => {
      const copy = structuredClone(sample) as Record<string, unknown>;
      const node = at.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
      Object.defineProperty(node, key, { value: by, enumerable: true, configurable: true, writable: true });
      return copy;
    });
  const arms: fc.Arbitrary<unknown>[] = objects.length > 0 ? [replace, replace, extra] : [replace];
  if (lists.length > 0)
    arms.push(
      fc.constantFrom(...lists).map((at) => {
        const list = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], sample) as unknown[];
        return replaced(
          sample,
          at,
          Array.from({ length: 10_000 }, (_, i) => list[i % Math.max(1, list.length)] ?? {}),
        );
      }),
    );
  return fc.oneof(...arms);
}

const CONTROL = /[^\P{Cc}\t\n\r]/u;
/** What a schema may let through, whatever it was given. */
/** Fields that carry a whole document (a template's JSON), limited by size rather than as text. */
const DOCUMENT_FIELDS = /^[A-Za-z]*Template\.(definitionJson|json)$/;

function expectClean(value: unknown, at = "", secret = false): void {
  if (typeof value === "number") {
    expect(Number.isSafeInteger(value), `${at} = ${value}`).toBe(true);
  } else if (typeof value === "string") {
    // A whole template as JSON is a document, not a text field: its own limit is 1 MB.
    expect(value.length, at).toBeLessThanOrEqual(DOCUMENT_FIELDS.test(at) ? 1_000_000 : MAX_TEXT);
    if (!secret) expect(CONTROL.test(value), `${at} has a control character`).toBe(false);
  } else if (Array.isArray(value)) {
    expect(value.length, at).toBeLessThanOrEqual(MAX_ROWS);
    value.forEach((v, i) => expectClean(v, `${at}.${i}`, secret));
  } else if (value && typeof value === "object") {
    expect(Object.getPrototypeOf(value), at).toBe(Object.prototype);
    for (const [k, v] of Object.entries(value)) expectClean(v, `${at}.${k}`, secret || k === "password");
  } else {
    expect(["boolean", "undefined"].includes(typeof value) || value === null, `${at}: ${typeof value}`).toBe(true);
  }
}

/**
 * Records keyed by data, not by the schema: 等级 counts are keyed by the template's grade names, which
 * the save checks against the report's template (performance.test covers that refusal).
 */
const DATA_KEYED = new Set(["gradeCounts"]);

const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => [k, ...(DATA_KEYED.has(k) ? [] : keysOf(v))])
      : [];

/** A valid input of each schema (the section forms' as the demo report fills them). */
const SAMPLES: Record<string, (w: World) => unknown> = {
  ZLogin: () => ({ username: "clerk", password: "Juesuan@2020", callbackUrl: "/reports" }),
  ZPassword: () => "Kaishi2021",
  ZCreateUser: (w) => ({
    username: "newuser",
    displayName: "新用户",
    role: "clerk",
    departmentId: w.users.clerk.departmentId,
    password: "Kaishi2021",
  }),
  ZUpdateUser: (w) => ({
    id: w.users.clerk.id,
    displayName: "张会计",
    role: "clerk",
    departmentId: w.users.clerk.departmentId,
  }),
  ZResetPassword: (w) => ({ id: w.users.clerk.id, password: "Kaishi2021" }),
  ZSetUserActive: (w) => ({ id: w.users.clerk.id, active: false }),
  ZUnit: () => ({ id: null, name: "信息中心", nature: "institution", category: "公益一类" }),
  ZDepartment: () => ({
    id: null,
    code: "A100",
    name: "测试局",
    shortName: "测试",
    region: "甘肃省兰州市",
    units: [{ id: null, name: "机关", nature: "administrative", category: "" }],
  }),
  ZAddSubject: () => ({ kind: "function", year: 2020, code: "2010198", name: "测试项" }),
  ZAddLocalSubject: () => ({ reportId: draft, code: "2019998", name: "填报项" }),
  ZConfirmSubject: () => ({ year: 2020, code: "2010193", name: "已核项" }),
  ZDecideMapping: () => ({
    kind: "function",
    year: 2021,
    fromCode: "2010150",
    toCode: "2010150",
    decision: "confirmed",
  }),
  ZApplyCatalogImport: () => ({ importId: 1 }),
  ZCatalogQuery: () => ({ kind: "economic", year: "2021", q: "工资", page: "2" }),
  ZCreateReport: () => ({ year: 2019 }),
  ZTransition: () => ({ reportId: draft, action: "return", comment: "请核对。" }),
  ZComment: () => ({ reportId: draft, body: "意见" }),
  ZFindingNotes: () => ({ reportId: draft, version: 1, notes: [{ key: "W-X:1", text: "说明" }] }),
  ZFindingNotesForm: () => ({ notes: [{ key: "W-X:1", text: "说明" }] }),
  ZReportRef: () => ({ reportId: draft }),
  ZProfile: (w) => getProfileForm(w.users.clerk, draft),
  ZFunctionLine: (w) => getFunctionLinesForm(w.users.clerk, draft).lines[0],
  ZFunctionLines: (w) => getFunctionLinesForm(w.users.clerk, draft),
  ZEconomicLines: (w) => getEconomicLinesForm(w.users.clerk, draft).initial,
  ZThreePublic: (w) => getThreePublicForm(w.users.clerk, draft),
  ZOtherMatters: (w) => getOtherMattersForm(w.users.clerk, draft).initial,
  ZFunds: (w) => getFundsPage(w.users.clerk, draft).initial,
  ZIndicator: (w) => (getProjectForm(w.users.clerk, draft, w.projectOf[draft]!).indicators as unknown[])[0],
  ZProject: (w) => getProjectForm(w.users.clerk, draft, w.projectOf[draft]!),
  ZDeleteProject: (w) => ({ reportId: draft, version: 1, projectId: w.projectOf[draft]! }),
  ZPerformanceSummary: (w) => getPerformancePage(w.users.clerk, draft).summary,
  ZDeriveTemplate: () => ({
    fromId: "shanghai-2024",
    id: "hostile-2025",
    name: "测试模板",
    region: "上海市",
    year: 2025,
  }),
  ZSaveTemplate: () => ({ id: DERIVED, definitionJson: JSON.stringify(resolveTemplate(DERIVED)) }),
  ZImportTemplate: () => ({ json: JSON.stringify({ ...resolveTemplate(DERIVED), id: "hostile-import", version: 1 }) }),
  ZSetReportTemplate: () => ({ reportId: draft, version: reportVersion(draft), templateId: "shanghai-2024" }),
  ZExplanations: (w) => getExplanationsForm(w.users.clerk, draft).initial,
  ZGlossary: (w) => getGlossaryForm(w.users.clerk, draft),
  ZImportRef: () => ({ reportId: draft, importId: 1 }),
};
/** A 说明 for a warning the draft has, at its current version. */
const findingNotesSample = () => {
  const warning = getChecks(world.users.clerk, draft).findings.find((f) => f.severity === "warning")!;
  return { reportId: draft, version: reportVersion(draft), notes: [{ key: warning.key, text: "已核实。" }] };
};

/** `ZSaveX` is `ZX` with the report and its version. */
const sampleOf = (name: string, w: World): unknown => {
  const own = SAMPLES[name];
  if (own) return own(w);
  const base = SAMPLES[name.replace(/^ZSave/, "Z")];
  if (!base) throw new Error(`no sample for ${name}`);
  const value = base(w);
  return name.startsWith("ZSave") ? { reportId: draft, version: reportVersion(draft), ...(value as object) } : value;
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}
const SCHEMA_FILES = walk(path.resolve("lib")).filter((f) => f.endsWith(".schema.ts"));

async function allSchemas(): Promise<[string, z.ZodType][]> {
  const out: [string, z.ZodType][] = [];
  for (const file of SCHEMA_FILES)
    for (const [name, value] of Object.entries(await import(file)))
      if (/^Z[A-Z]/.test(name) && value && typeof (value as z.ZodType).safeParse === "function")
        out.push([name, value as z.ZodType]);
  return out;
}

describe("every zod schema", () => {
  it("has a valid sample here, which it accepts", async () => {
    for (const [name, schema] of await allSchemas()) {
      expect(SAMPLES[name] ?? SAMPLES[name.replace(/^ZSave/, "Z")], `a sample for ${name}`).toBeDefined();
      const parsed = schema.safeParse(sampleOf(name, world));
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
    }
  });

  it("keeps no control character in any text field it accepts (every string of every sample, one at a time)", async () => {
    for (const [name, schema] of await allSchemas()) {
      const sample = sampleOf(name, world);
      for (const at of pathsOf(sample)) {
        const value = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], sample);
        if (typeof value !== "string") continue;
        for (const by of ["\u0000", `${value}\u0007`, `\u001b${value}`]) {
          const parsed = schema.safeParse(replaced(sample, at, by));
          // A password is hashed, never shown: any character may be in it.
          if (parsed.success) expectClean(parsed.data, name, name === "ZPassword");
        }
      }
    }
  });

  it("never throws on hostile input, and what it accepts is clean", async () => {
    for (const [name, schema] of await allSchemas()) {
      const sample = sampleOf(name, world);
      const known = new Set(keysOf(sample));
      fc.assert(
        fc.property(fc.oneof(hostile(sample), fc.anything()), (input) => {
          const parsed = schema.safeParse(input);
          if (!parsed.success) return;
          expectClean(parsed.data, name);
          expect(
            keysOf(parsed.data).filter((k) => !known.has(k)),
            `${name}: unknown keys kept`,
          ).toEqual([]);
        }),
        { numRuns: 60 },
      );
      expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
    }
  });
});

/**
 * Each save action (every `save…Action` of app/, and the other actions that store what a user typed),
 * as a user who may, with the current form as the valid input.
 */
const SAVES: [file: string, name: string, schema: string, who: "clerk" | "admin"][] = [
  ["reports/[id]/actions.ts", "saveProfileAction", "ZSaveProfile", "clerk"],
  ["reports/[id]/actions.ts", "saveFunctionLinesAction", "ZSaveFunctionLines", "clerk"],
  ["reports/[id]/actions.ts", "saveEconomicLinesAction", "ZSaveEconomicLines", "clerk"],
  ["reports/[id]/actions.ts", "saveThreePublicAction", "ZSaveThreePublic", "clerk"],
  ["reports/[id]/actions.ts", "saveOtherMattersAction", "ZSaveOtherMatters", "clerk"],
  ["reports/[id]/actions.ts", "saveFundsAction", "ZSaveFunds", "clerk"],
  ["reports/[id]/actions.ts", "saveProjectAction", "ZSaveProject", "clerk"],
  ["reports/[id]/actions.ts", "savePerformanceSummaryAction", "ZSavePerformanceSummary", "clerk"],
  ["reports/[id]/actions.ts", "saveExplanationsAction", "ZSaveExplanations", "clerk"],
  ["reports/[id]/actions.ts", "saveGlossaryAction", "ZSaveGlossary", "clerk"],
  ["reports/[id]/workflow-actions.ts", "saveFindingNotesAction", "ZFindingNotes", "clerk"],
  ["reports/[id]/workflow-actions.ts", "addCommentAction", "ZComment", "clerk"],
  ["reports/actions.ts", "createReportAction", "ZCreateReport", "clerk"],
  ["admin/actions.ts", "saveDepartmentAction", "ZDepartment", "admin"],
  ["admin/actions.ts", "addSubjectAction", "ZAddSubject", "admin"],
  ["reports/[id]/actions.ts", "addLocalSubjectAction", "ZAddLocalSubject", "clerk"],
  ["admin/templates/actions.ts", "saveTemplateAction", "ZSaveTemplate", "admin"],
  ["admin/actions.ts", "updateUserAction", "ZUpdateUser", "admin"],
];

describe("every save, through its server action", () => {
  it("the list covers every save…Action of the app", async () => {
    const files = walk(path.resolve("app/(app)")).filter((f) => /actions\.ts$/.test(f));
    const saves: string[] = [];
    for (const file of files)
      for (const name of Object.keys(await import(file))) if (/^save\w*Action$/.test(name)) saves.push(name);
    expect(saves.filter((n) => !SAVES.some(([, name]) => name === n))).toEqual([]);
  });

  for (const [file, name, schema, who] of SAVES) {
    it(`${name}: never an unexpected failure; refused changes nothing; accepted still renders`, async () => {
      const action = (await import(path.resolve("app/(app)", file)))[name] as (
        input: unknown,
      ) => Promise<ActionResult<unknown>>;
      session.user = world.users[who];
      const sample = name === "saveFindingNotesAction" ? findingNotesSample() : sampleOf(schema, world);
      await fc.assert(
        fc.asyncProperty(hostile(sample), async (input) => {
          const { result, changed } = await isolated(
            () => action(input),
            (r) => {
              if (!r.ok) return;
              // Whatever was stored, the report still loads, checks and renders.
              const data = loadReportData(world.users.clerk, draft);
              getChecks(world.users.clerk, draft, data);
              if (withinAmountLimits(data)) documentHtml(buildReportDisclosure(data));
            },
          );
          if (!result.ok) {
            expect(result.error).not.toMatch(/系统暂时无法完成操作/);
            expect(changed, "a refused save changed the database").toBe(false);
          }
        }),
        { numRuns: 25 },
      );
    });
  }
});
