/**
 * Saves as large as the entry grids allow: every cell of 138 lines changed from an empty grid writes
 * 4,692 audit entries in one save (SQLite refuses statements with more than 32,766 variables, so they
 * are written in chunks). And amounts whose sums would leave the range of exact arithmetic: refused with
 * a message when saved, and — for data already stored — every page still opens and says what to fix.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { listFunctionItems } from "../../lib/catalog";
import { FUNCTION_MONEY_FIELDS } from "../../lib/disclosure/report-data";
import { createReport } from "../../lib/reports/create-report";
import { saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { ValidationError } from "../../lib/errors";
import { MAX_FEN, formatYuan } from "../../lib/money";
import { getChecks } from "../../lib/reports/checks";
import { getDisclosure } from "../../lib/reports/get-disclosure";
import { loadReportData } from "../../lib/reports/load-report-data";
import { getExplanationsForm } from "../../lib/reports/sections/explanations";
import { getFunctionLinesForm } from "../../lib/reports/sections/function-lines";
import { getProjectForm, saveProject } from "../../lib/reports/sections/performance";
import { ZProject } from "../../lib/reports/sections/performance.schema";
import { sectionVersion, type SectionLock } from "../../lib/reports/sections/save-section";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let reportId: number;
const version = (lock: SectionLock) => sectionVersion(db, reportId, lock);

beforeAll(async () => {
  db = await useTempDatabase();
  const u = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  clerk = { id: u.id, role: u.role, departmentId: u.departmentId };
  reportId = createReport(clerk, { year: 2019 }).id;
});

/** `count` lines of the year's catalog with every amount column set to `yuan`. */
function fullGrid(count: number, yuan: string) {
  const codes = listFunctionItems(2019)
    .slice(0, count)
    .map((i) => i.code);
  expect(codes).toHaveLength(count);
  return ZFunctionLines.parse({
    lines: codes.map((subjectCode) => ({
      subjectCode,
      ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, yuan])),
    })),
    institutionFundUsed: "",
    surplusDistribution: "",
    priorYearGrandTotal: "",
    priorYearFiscalGrandTotal: "",
  });
}

describe("a save of a whole grid", () => {
  it("138 lines × every column from an empty grid are saved, with one audit entry per changed cell", () => {
    const before = db.select().from(t.auditLog).where(eq(t.auditLog.reportId, reportId)).all().length;
    const result = saveFunctionLines(clerk, reportId, version("functionLines"), fullGrid(138, "1.00"));
    expect(result.changes).toBe(138 * FUNCTION_MONEY_FIELDS.length);
    const after = db.select().from(t.auditLog).where(eq(t.auditLog.reportId, reportId)).all().length;
    expect(after - before).toBe(138 * FUNCTION_MONEY_FIELDS.length);
  });
});

describe("sums beyond exact arithmetic", () => {
  const CAP_YUAN = formatYuan(MAX_FEN, { grouping: false }); // 1000亿元, the largest single amount

  it("274 lines with every amount at 1000亿元 are refused next to a field, in the browser's schema and on the server", () => {
    const input = {
      lines: listFunctionItems(2019)
        .slice(0, 274)
        .map((i) => ({ subjectCode: i.code, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, CAP_YUAN])) })),
      institutionFundUsed: "",
      surplusDistribution: "",
      priorYearGrandTotal: "",
      priorYearFiscalGrandTotal: "",
    };
    const parsed = ZFunctionLines.safeParse(input);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.path.join(".")).toMatch(/^lines\.\d+\.\w+$/);
    expect(issue.message).toMatch(/金额合计.*超过.*上限/);
  });

  it("the server refuses the same when the schema is bypassed, and stores nothing", () => {
    const v = version("functionLines");
    const input = fullGrid(138, "1.00");
    for (const line of input.lines) for (const f of FUNCTION_MONEY_FIELDS) line[f] = MAX_FEN;
    expect(() => saveFunctionLines(clerk, reportId, v, input)).toThrow(ValidationError);
    expect(version("functionLines")).toBe(v);
  });

  it("projects saved one by one cannot add up beyond the limit either", () => {
    const save = (name: string) =>
      saveProject(
        clerk,
        reportId,
        0, // a new project: no lock yet
        ZProject.parse({
          ...getProjectForm(clerk, reportId, null), // a new project's blank form
          name,
          initialBudget: CAP_YUAN,
          budget: CAP_YUAN,
          executed: CAP_YUAN,
        }),
      );
    let refused: unknown;
    for (let i = 0; i < 40 && !refused; i++) {
      try {
        save(`项目${i}`);
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toMatch(/绩效自评.*金额合计.*超过.*上限/);
  });
});

describe("a report already holding sums beyond exact arithmetic (stored before the limit existed)", () => {
  let overId: number;
  beforeAll(() => {
    overId = createReport(clerk, { year: 2018 }).id;
    for (const item of listFunctionItems(2018).slice(0, 274))
      db.insert(t.functionLines)
        .values({
          reportId: overId,
          subjectCode: item.code,
          ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, MAX_FEN])),
        })
        .run();
  });

  it("the grid still loads, so the clerk can repair it", () => {
    expect(getFunctionLinesForm(clerk, overId).lines).toHaveLength(274);
  });

  it("审核 reports one error that says where to fix it, instead of failing", () => {
    const { findings } = getChecks(clerk, overId);
    expect(findings).toMatchObject([{ ruleId: "R-AMOUNT-LIMIT", severity: "error", section: "functionLines" }]);
    expect(findings[0]!.message).toMatch(/收入支出（功能分类）.*金额.*超过.*上限/);
  });

  it("the 说明 page asks for nothing, and the preview says why there is no text", () => {
    expect(getExplanationsForm(clerk, overId).slots).toEqual([]);
    expect(() => getDisclosure(clerk, overId)).toThrow(ValidationError);
    expect(() => getDisclosure(clerk, overId)).toThrow(/收入支出（功能分类）/);
    expect(loadReportData(clerk, overId).functionLines).toHaveLength(274);
  });
});
