import { beforeAll, describe, expect, it } from "vitest";
import { demoReportData } from "../../tests/support/demo-report";
import { suggestMappings, type CarryCatalogs, type MappingDecisionRow } from "../catalogs/changes";
import type { CatalogEntry } from "../catalogs/catalog-rows";
import { EXPENSE_FIELDS, keyFigures } from "./derive";
import { planRollover } from "./carry-forward";
import type { ReportData } from "./report-data";

let prior: ReportData;
beforeAll(() => {
  prior = demoReportData();
});

const entries = (d: ReportData, extra: CatalogEntry[] = [], drop: string[] = []): CatalogEntry[] =>
  [...Object.values(d.functionSubjects), ...extra]
    .filter((s) => !drop.includes(s.code))
    .map((s) => ({ code: s.code, name: s.name, level: s.level, parentCode: s.parentCode }));

function catalogs(before: CatalogEntry[], after: CatalogEntry[], decisions: MappingDecisionRow[] = []): CarryCatalogs {
  const decided = new Map(decisions.map((d) => [d.fromCode, d]));
  return {
    before: new Map(before.map((e) => [e.code, e.name])),
    after: new Map(after.map((e) => [e.code, e.name])),
    decisions: decided,
    suggestions: new Map(
      suggestMappings(before, after)
        .filter((s) => !decided.has(s.fromCode))
        .map((s) => [s.fromCode, s]),
    ),
  };
}

const same = (d: ReportData) => {
  const fn = entries(d);
  const ec = Object.values(d.economicSubjects);
  return { function: catalogs(fn, fn), economic: catalogs(ec, ec) };
};

describe("a new year's report from last year's published one", () => {
  it("carries every 上年决算数 and 年初结转和结余 by subject, and nothing of this year's", () => {
    const plan = planRollover(prior, 2021, same(prior));
    expect(plan.functionLines.map((l) => l.subjectCode)).toEqual(prior.functionLines.map((l) => l.subjectCode));
    for (const line of plan.functionLines) {
      const old = prior.functionLines.find((l) => l.subjectCode === line.subjectCode)!;
      expect(line.priorYearGeneralBudget).toBe(old.basicGeneralBudget + old.projectGeneralBudget);
      expect(line.carryStartGeneralBudget).toBe(old.carryEndGeneralBudget);
      expect(line.basicGeneralBudget).toBe(0);
      expect(line.incomeGeneralBudget).toBe(0);
      expect(line.carryEndGeneralBudget).toBe(0);
    }
    const k = keyFigures(prior);
    expect(plan.summary).toEqual({ priorYearGrandTotal: k.grandTotal, priorYearFiscalGrandTotal: k.fiscalGrandTotal });
    expect(plan.threePublicPrior.vehicle_operation).toBe(prior.threePublic.amounts.vehicle_operation.actual);
    expect(plan.otherPrior.trainingCostPrior).toBe(prior.otherMatters.trainingCost);
    expect(plan.economicLines.every((e) => e.amount === 0 && e.priorYearAmount !== 0)).toBe(true);
    expect(plan.report.notCarried).toEqual([]);
    expect(plan.report.consecutive).toBe(true);
  });

  it("carries the profile, 实物量, vehicles and equipment as suggestions, all three to confirm", () => {
    const plan = planRollover(prior, 2021, same(prior));
    expect(plan.suggestions.profile).toEqual(prior.profile);
    expect(plan.suggestions.quantities).toEqual(prior.threePublic.quantities);
    expect(plan.suggestions.assets).toMatchObject({
      vehicleCounts: prior.vehicleCounts,
      vehiclesTotal: prior.otherMatters.vehiclesTotal,
      generalEquipmentOver500k: prior.otherMatters.generalEquipmentOver500k,
    });
    expect(plan.report.toConfirm.map((c) => c.group)).toEqual(["profile", "quantities", "assets"]);
    // A copy, not the same objects: editing the new report never touches last year's data.
    expect(plan.suggestions.profile).not.toBe(prior.profile);
  });

  it("carries 绩效 projects by name with goal, indicators, 分值 and 年度指标值; scores, actuals and amounts cleared", () => {
    const plan = planRollover(prior, 2021, same(prior));
    expect(plan.projects.map((p) => p.name)).toEqual(prior.projects.map((p) => p.name));
    for (const [i, p] of plan.projects.entries()) {
      const old = prior.projects[i]!;
      expect(p).toMatchObject({ goal: old.goal, budget: 0, executed: 0, initialBudget: 0, scoreHundredths: null });
      expect([p.declaredGrade, p.effect, p.problems, p.nextSteps]).toEqual(["", "", "", ""]);
      expect(p.indicators.map((x) => [x.level3, x.targetValue, x.weightHundredths])).toEqual(
        old.indicators.map((x) => [x.level3, x.targetValue, x.weightHundredths]),
      );
      expect(
        p.indicators.every((x) => x.actualValue === "" && x.scoreHundredths === 0 && x.deviationReason === ""),
      ).toBe(true);
    }
    expect(plan.report.carried.some((c) => c.startsWith(`绩效自评项目${prior.projects.length}个`))).toBe(true);
  });

  it("a subject renumbered between the years is carried through the confirmed mapping", () => {
    const before = entries(prior);
    const after = entries(
      prior,
      [{ code: "2013110", name: "一般行政管理事务", level: "item", parentCode: "20131" }],
      ["2013102"],
    );
    const ec = Object.values(prior.economicSubjects);
    const old = prior.functionLines.find((l) => l.subjectCode === "2013102")!;
    // Suggested but not confirmed: listed, with the suggestion, never dropped silently.
    const open = planRollover(prior, 2021, { function: catalogs(before, after), economic: catalogs(ec, ec) });
    expect(open.functionLines.map((l) => l.subjectCode)).not.toContain("2013102");
    expect(open.functionLines.map((l) => l.subjectCode)).not.toContain("2013110");
    expect(open.report.notCarried).toEqual([
      {
        kind: "function",
        code: "2013102",
        name: "一般行政管理事务",
        amount: EXPENSE_FIELDS.reduce((sum, f) => sum + old[f], 0),
        carryEnd: old.carryEndGeneralBudget + old.carryEndGovFund + old.carryEndStateCapital + old.carryEndOther,
        reason: "本年科目表中没有这个编码",
        suggestion: "建议对应为2013110一般行政管理事务，待管理员确认",
      },
    ]);
    const confirmed = planRollover(prior, 2021, {
      function: catalogs(before, after, [{ fromCode: "2013102", toCode: "2013110", decision: "confirmed" }]),
      economic: catalogs(ec, ec),
    });
    expect(confirmed.report.notCarried).toEqual([]);
    const line = confirmed.functionLines.find((l) => l.subjectCode === "2013110")!;
    expect(line.priorYearGeneralBudget).toBe(old.basicGeneralBudget + old.projectGeneralBudget);
    expect(keyFigures({ ...prior, functionLines: confirmed.functionLines }).generalBudgetPrior).toBe(
      keyFigures(prior).generalBudgetExpense,
    );
  });

  it("two old codes mapped to one new code add up; a removed code without a successor is listed with its amounts", () => {
    const before = entries(prior);
    const after = entries(prior, [], ["2101102", "2080505"]);
    const ec = Object.values(prior.economicSubjects);
    const plan = planRollover(prior, 2021, {
      function: catalogs(before, after, [{ fromCode: "2101102", toCode: "2101101", decision: "confirmed" }]),
      economic: catalogs(ec, ec),
    });
    const a = prior.functionLines.find((l) => l.subjectCode === "2101101")!;
    const b = prior.functionLines.find((l) => l.subjectCode === "2101102")!;
    expect(plan.functionLines.find((l) => l.subjectCode === "2101101")!.priorYearGeneralBudget).toBe(
      a.basicGeneralBudget + a.projectGeneralBudget + b.basicGeneralBudget + b.projectGeneralBudget,
    );
    expect(plan.report.notCarried.map((n) => [n.code, n.reason])).toEqual([["2080505", "本年科目表中没有这个编码"]]);
    expect(plan.report.notCarried[0]!.amount).toBeGreaterThan(0);
  });

  it("an economic subject without a successor is listed too", () => {
    const fn = entries(prior);
    const ec = Object.values(prior.economicSubjects);
    const used = prior.economicLines.find((e) => e.amount !== 0)!;
    const plan = planRollover(prior, 2021, {
      function: catalogs(fn, fn),
      economic: catalogs(
        ec,
        ec.filter((s) => s.code !== used.subjectCode),
      ),
    });
    expect(plan.report.notCarried).toEqual([
      {
        kind: "economic",
        code: used.subjectCode,
        name: prior.economicSubjects[used.subjectCode]!.name,
        amount: used.amount,
        carryEnd: 0,
        reason: "本年科目表中没有这个编码",
      },
    ]);
  });

  it("from a report two years back: no 上年决算数 (they would be wrong), the facts and projects still as suggestions", () => {
    const plan = planRollover(prior, 2022, same(prior));
    expect(plan.report.consecutive).toBe(false);
    expect(plan.functionLines).toEqual([]);
    expect(plan.economicLines).toEqual([]);
    expect(plan.summary).toEqual({ priorYearGrandTotal: 0, priorYearFiscalGrandTotal: 0 });
    expect(Object.values(plan.threePublicPrior)).toEqual([0, 0, 0, 0]);
    expect(plan.report.notes[0]).toBe(
      "最近一次公开的是2020年度决算，不是2021年度的：上年决算数和年初结转和结余没有结转，请按2021年度决算填列。",
    );
    expect(plan.suggestions.profile).toEqual(prior.profile);
    expect(plan.projects).toHaveLength(prior.projects.length);
  });
});
