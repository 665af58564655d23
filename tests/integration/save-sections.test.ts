import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import {
  AccessDeniedError,
  ConflictError,
  NotFoundError,
  SectionConflictError,
  ValidationError,
} from "../../lib/errors";
import { createReport } from "../../lib/reports/create-report";
import { loadReportData } from "../../lib/reports/load-report-data";
import { getFunctionLinesForm, saveFunctionLines } from "../../lib/reports/sections/function-lines";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { getThreePublicForm, saveThreePublic } from "../../lib/reports/sections/three-public";
import { ZThreePublic } from "../../lib/reports/sections/three-public.schema";
import { saveFunds } from "../../lib/reports/sections/funds";
import { saveExplanations } from "../../lib/reports/sections/explanations";
import { getProfileForm, saveProfile } from "../../lib/reports/sections/profile";
import { ZProfile } from "../../lib/reports/sections/profile.schema";
import { keyFigures } from "../../lib/disclosure/derive";
import { projectLock, sectionVersion, type SectionLock } from "../../lib/reports/sections/save-section";
import {
  getPerformancePage,
  getProjectForm,
  savePerformanceSummary,
  saveProject,
} from "../../lib/reports/sections/performance";
import { ZPerformanceSummary, ZProject } from "../../lib/reports/sections/performance.schema";
import { getReport } from "../../lib/reports/get-report";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
let clerk: Actor;
let supervisor: Actor;
let reportId: number;
let deptId: number;
const version = (section: SectionLock) => sectionVersion(db, reportId, section);
const userByName = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};
/** The function grid as the clerk's form holds it, parsed as the server action would. */
const functionInput = () => ZFunctionLines.parse(getFunctionLinesForm(clerk, reportId));

beforeAll(async () => {
  db = await useTempDatabase();
  clerk = userByName("clerk");
  supervisor = userByName("supervisor");
  deptId = clerk.departmentId!;
  reportId = db.select().from(t.reports).get()!.id;
});

describe("saving a section", () => {
  it("stores exact 分, moves the version on, and writes audit entries old → new in the same save", () => {
    const v = version("functionLines");
    const input = functionInput();
    input.lines[0]!.basicGeneralBudget += 12_345; // 2013101 基本支出 +123.45 元
    input.lines[0]!.incomeGeneralBudget += 12_345;
    const result = saveFunctionLines(clerk, reportId, v, input);
    expect(result.version).toBe(v + 1);
    expect(result.changes).toBe(2);
    const line = db
      .select()
      .from(t.functionLines)
      .where(and(eq(t.functionLines.reportId, reportId), eq(t.functionLines.subjectCode, "2013101")))
      .get()!;
    expect(line.basicGeneralBudget).toBe(689_520_000 + 12_345);
    const audit = db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.reportId, reportId), eq(t.auditLog.field, "function_lines[2013101].basicGeneralBudget")))
      .all();
    expect(audit).toMatchObject([
      { action: "report.update", actorId: clerk.id, oldValue: "6,895,200.00", newValue: "6,895,323.45" },
    ]);
    expect(keyFigures(loadReportData(clerk, reportId)).expenseTotal).toBe(878_360_000 + 12_345);
  });

  it("refuses a save based on a stale version and leaves the stored data unchanged", () => {
    const stale = version("functionLines");
    const first = functionInput();
    first.lines[1]!.basicGeneralBudget += 100;
    first.lines[1]!.incomeGeneralBudget += 100;
    saveFunctionLines(clerk, reportId, stale, first); // someone else saves first
    const before = loadReportData(clerk, reportId).functionLines;
    const auditCount = db.select().from(t.auditLog).all().length;
    const mine = functionInput();
    mine.lines[1]!.basicGeneralBudget = 1;
    expect(() => saveFunctionLines(clerk, reportId, stale, mine)).toThrow(ConflictError);
    expect(() => saveFunctionLines(clerk, reportId, stale, mine)).toThrow(/张会计已于.*保存了这一部分的新修改/);
    try {
      saveFunctionLines(clerk, reportId, stale, mine);
    } catch (error) {
      expect(error).toBeInstanceOf(SectionConflictError);
      expect((error as SectionConflictError).conflict).toMatchObject({ version: stale + 1, savedBy: "张会计" });
    }
    expect(loadReportData(clerk, reportId).functionLines).toEqual(before);
    expect(db.select().from(t.auditLog).all()).toHaveLength(auditCount);
  });

  it("locks per section: saves of different sections made on the same versions both succeed", () => {
    const fl = version("functionLines");
    const tp = version("threePublic");
    const profileBase = version("profile");
    const reportVersion = getReport(clerk, reportId).version;
    const lines = functionInput();
    lines.lines[2]!.projectGeneralBudget += 1;
    lines.lines[2]!.incomeGeneralBudget += 1;
    const amounts = ZThreePublic.parse(getThreePublicForm(clerk, reportId));
    amounts.amounts[0]!.actual += 100;
    const profile = ZProfile.parse(getProfileForm(clerk, reportId));
    expect(saveFunctionLines(clerk, reportId, fl, lines).version).toBe(fl + 1);
    expect(saveThreePublic(clerk, reportId, tp, amounts).version).toBe(tp + 1);
    expect(saveProfile(clerk, reportId, profileBase, profile).version).toBe(profileBase + 1);
    // The report's own version still counts every change.
    expect(getReport(clerk, reportId).version).toBe(reportVersion + 3);
    // A second save on the old three-public version is refused: same section.
    expect(() => saveThreePublic(clerk, reportId, tp, amounts)).toThrow(SectionConflictError);
  });

  it("locks each 绩效自评 project on its own, and a new project starts at version 1", () => {
    const blank = getProjectForm(clerk, reportId, null);
    const a = saveProject(clerk, reportId, 0, ZProject.parse({ ...blank, name: "项目甲", budget: "100" }));
    const b = saveProject(clerk, reportId, 0, ZProject.parse({ ...blank, name: "项目乙", budget: "200" }));
    expect([a.version, b.version]).toEqual([1, 1]);
    const formA = ZProject.parse(getProjectForm(clerk, reportId, a.projectId));
    const formB = ZProject.parse(getProjectForm(clerk, reportId, b.projectId));
    expect(saveProject(clerk, reportId, 1, { ...formA, executed: 5_000 }).version).toBe(2);
    expect(saveProject(clerk, reportId, 1, { ...formB, executed: 6_000 }).version).toBe(2);
    expect(() => saveProject(clerk, reportId, 1, { ...formA, executed: 7_000 })).toThrow(SectionConflictError);
    expect(version(projectLock(a.projectId))).toBe(2);
  });

  it("refuses a subject code that is not a 项 of the year's catalog, next to its row", () => {
    const input = functionInput();
    input.lines[4]!.subjectCode = "2059998";
    try {
      saveFunctionLines(clerk, reportId, version("functionLines"), input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({
        message: "科目编码2059998不在2020年功能分类科目表的项级科目中",
        field: "lines.4.subjectCode",
      });
    }
  });

  it("is refused to a clerk of another department (as not found), to a supervisor, and on a submitted report", () => {
    const otherDept = db.insert(t.departments).values({ code: "999", name: "另一个部门" }).returning().get().id;
    const otherClerk: Actor = { id: clerk.id, role: "clerk", departmentId: otherDept };
    const input = functionInput();
    expect(() => saveFunctionLines(otherClerk, reportId, version("functionLines"), input)).toThrow(NotFoundError);
    expect(() => saveFunctionLines(supervisor, reportId, version("functionLines"), input)).toThrow(AccessDeniedError);
    const admin = userByName("admin");
    expect(() => saveFunctionLines(admin, reportId, version("functionLines"), input)).toThrow(AccessDeniedError);

    db.update(t.reports).set({ status: "submitted" }).where(eq(t.reports.id, reportId)).run();
    try {
      expect(() => saveFunctionLines(clerk, reportId, version("functionLines"), input)).toThrow(
        "报告已不是草稿状态，不能修改",
      );
      const tp = ZThreePublic.parse(getThreePublicForm(clerk, reportId));
      expect(() => saveThreePublic(clerk, reportId, version("threePublic"), tp)).toThrow(AccessDeniedError);
    } finally {
      db.update(t.reports).set({ status: "draft" }).where(eq(t.reports.id, reportId)).run();
    }
  });

  it("records list changes of the profile position by position", () => {
    const input = ZProfile.parse(getProfileForm(clerk, reportId));
    input.staffing[0]!.actual = 31;
    input.internalOrgs.push({ name: "新设科" });
    saveProfile(clerk, reportId, version("profile"), input);
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.reportId, reportId)).all();
    expect(audit.find((a) => a.field === "profile.staffing[1]")).toMatchObject({
      oldValue: "行政编制 核定33 行政在职人员30",
      newValue: "行政编制 核定33 行政在职人员31",
    });
    expect(audit.find((a) => a.field === "profile.organisations[9]")).toMatchObject({
      oldValue: "additional:机关党支部",
      newValue: "internal:新设科",
    });
  });

  it("will not let the clerk state 无政府性基金 while the grid has 政府性基金 figures", () => {
    const input = functionInput();
    input.lines[0]!.incomeGovFund = 500;
    saveFunctionLines(clerk, reportId, version("functionLines"), input);
    expect(() =>
      saveFunds(clerk, reportId, version("funds"), { noGovFundActivity: true, noStateCapitalActivity: true }),
    ).toThrow("收入支出（功能分类）中已填有政府性基金数据");
    input.lines[0]!.incomeGovFund = 0;
    saveFunctionLines(clerk, reportId, version("functionLines"), input);
    expect(
      saveFunds(clerk, reportId, version("funds"), { noGovFundActivity: true, noStateCapitalActivity: true }).changes,
    ).toBe(0);
  });

  it("keeps reasons per slot and removes an emptied one", () => {
    saveExplanations(clerk, reportId, version("explanations"), {
      items: [
        { slot: "total.yoy", text: "新的原因" },
        { slot: "trainingCost.yoy", text: "" },
      ],
    });
    const { explanations } = loadReportData(clerk, reportId);
    expect(explanations["total.yoy"]).toBe("新的原因");
    expect(explanations["trainingCost.yoy"]).toBeUndefined();
  });
});

describe("说明 are kept only for the report's own slots", () => {
  it("refuses a slot key the report does not have, next to its field, and stores nothing", () => {
    const v = version("explanations");
    const before = loadReportData(clerk, reportId).explanations;
    expect(() =>
      saveExplanations(clerk, reportId, v, {
        items: [
          { slot: "total.yoy", text: "原因一" },
          { slot: "made.up.slot", text: "x".repeat(2000) },
        ],
      }),
    ).toThrow(new ValidationError("说明位置“made.up.slot”不属于本报告，请刷新页面后重新填写", "items.1.slot"));
    expect(version("explanations")).toBe(v);
    expect(loadReportData(clerk, reportId).explanations).toEqual(before);
  });

  it("500 invented keys of 2,000 characters each store nothing", () => {
    const v = version("explanations");
    const items = Array.from({ length: 500 }, (_, i) => ({ slot: `junk.${i}`, text: "说".repeat(2000) }));
    expect(() => saveExplanations(clerk, reportId, v, { items })).toThrow(ValidationError);
    const stored = db.select().from(t.explanations).where(eq(t.explanations.reportId, reportId)).all();
    expect(stored.filter((e) => e.slot.startsWith("junk."))).toEqual([]);
  });
});

describe("等级 counts are kept only for the template's grades", () => {
  it("refuses a grade the template does not have, next to its field, and stores nothing", () => {
    const v = version("performance");
    const summary = ZPerformanceSummary.parse(getPerformancePage(clerk, reportId).summary);
    const before = loadReportData(clerk, reportId).performance;
    expect(() =>
      savePerformanceSummary(clerk, reportId, v, { ...summary, gradeCounts: { ...summary.gradeCounts, 特优: 3 } }),
    ).toThrow(new ValidationError("等级“特优”不属于本报告的模板，请刷新页面后重新填写", "gradeCounts.特优"));
    expect(version("performance")).toBe(v);
    expect(loadReportData(clerk, reportId).performance).toEqual(before);
  });

  it("stores the counts of the template's own grades", () => {
    const summary = ZPerformanceSummary.parse(getPerformancePage(clerk, reportId).summary);
    const [first] = Object.keys(summary.gradeCounts);
    savePerformanceSummary(clerk, reportId, version("performance"), {
      ...summary,
      gradeCounts: { ...summary.gradeCounts, [first!]: 4 },
    });
    expect(loadReportData(clerk, reportId).performance.gradeCounts[first!]).toBe(4);
  });
});

describe("上年决算数 carry forward", () => {
  it("fills every 上年决算数 of a new year from the published report of the year before", () => {
    db.update(t.reports).set({ status: "published" }).where(eq(t.reports.id, reportId)).run();
    const prior = loadReportData(clerk, reportId);
    const priorFigures = keyFigures(prior);
    const { id, carriedFrom } = createReport(clerk, { year: 2021 });
    expect(carriedFrom).toBe(reportId);
    const next = loadReportData(clerk, id);
    expect(next.functionLines.map((l) => l.subjectCode)).toEqual(prior.functionLines.map((l) => l.subjectCode));
    const line = (d: typeof prior, code: string) => d.functionLines.find((l) => l.subjectCode === code)!;
    expect(line(next, "2013102").priorYearGeneralBudget).toBe(
      line(prior, "2013102").basicGeneralBudget + line(prior, "2013102").projectGeneralBudget,
    );
    expect(line(next, "2013102").basicGeneralBudget).toBe(0);
    expect(keyFigures(next).generalBudgetPrior).toBe(priorFigures.generalBudgetExpense);
    expect(next.summary.priorYearGrandTotal).toBe(priorFigures.grandTotal);
    expect(keyFigures(next).personnelPrior).toBe(priorFigures.personnel);
    expect(next.threePublic.amounts.vehicle_operation.priorYear).toBe(1_030_000);
    expect(next.otherMatters).toMatchObject({
      agencyOperatingCostPrior: 56_790_000,
      trainingCostPrior: 800_000,
      agencyOperatingCost: 0,
    });
    // The profile comes as a suggestion to confirm, the projects without this year's results
    // (tests/integration/rollover.test.ts has the whole rollover).
    expect(next.profile.staffing).toEqual(prior.profile.staffing);
    expect(next.toConfirm.map((c) => c.group)).toEqual(["profile", "quantities", "assets"]);
    expect(next.projects.map((p) => [p.name, p.scoreHundredths])).toEqual(prior.projects.map((p) => [p.name, null]));
    // No published prior year: nothing to carry.
    expect(createReport(clerk, { year: 2018 }).carriedFrom).toBeNull();
    expect(deptId).toBe(clerk.departmentId);
  });
});
