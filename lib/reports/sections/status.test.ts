import { describe, expect, it } from "vitest";
import { demoReportData } from "../../../tests/support/demo-report";
import { planRollover } from "../../disclosure/carry-forward";
import type { ReportData } from "../../disclosure/report-data";
import { CARRIED_GROUPS, ENTRY_SECTIONS } from "../../domain";
import { suggestMappings } from "../../catalogs/changes";
import { sectionFilled } from "./status";

const filled = (d: ReportData, saved: string[] = []) =>
  ENTRY_SECTIONS.filter((s) => sectionFilled(s.key, d, new Set(saved))).map((s) => s.key);

/** The new year's report as createReport leaves it, as ReportData. */
function rolledOver(): ReportData {
  const prior = demoReportData();
  const fn = Object.values(prior.functionSubjects);
  const ec = Object.values(prior.economicSubjects);
  const same = (e: typeof fn) => ({
    before: new Map(e.map((s) => [s.code, s.name])),
    after: new Map(e.map((s) => [s.code, s.name])),
    decisions: new Map(),
    suggestions: new Map(suggestMappings(e, e).map((s) => [s.fromCode, s])),
  });
  const plan = planRollover(prior, 2021, { function: same(fn), economic: same(ec) });
  return {
    ...prior,
    report: { ...prior.report, year: 2021, noGovFundActivity: false, noStateCapitalActivity: false },
    summary: { institutionFundUsed: 0, surplusDistribution: 0, ...plan.summary },
    profile: plan.suggestions.profile,
    functionLines: plan.functionLines,
    economicLines: plan.economicLines,
    threePublic: {
      amounts: Object.fromEntries(
        Object.entries(plan.threePublicPrior).map(([k, v]) => [k, { initialBudget: 0, actual: 0, priorYear: v }]),
      ) as ReportData["threePublic"]["amounts"],
      quantities: plan.suggestions.quantities,
    },
    otherMatters: {
      ...prior.otherMatters,
      agencyOperatingCost: 0,
      meetingCost: 0,
      trainingCost: 0,
      procurementTotal: 0,
      ...plan.otherPrior,
      ...plan.suggestions.assets,
    },
    vehicleCounts: plan.suggestions.assets.vehicleCounts,
    projects: plan.projects.map((p, i) => ({ ...p, id: i + 1 })),
    performance: { ...prior.performance, departmentEvaluation: "" },
    explanations: {},
    glossary: plan.glossary,
    toConfirm: CARRIED_GROUPS.map((group) => ({ group, fromYear: 2020 })),
  };
}

describe("已填写 after a rollover", () => {
  it("a seeded report with this year's data in every section is 9/9", () => {
    expect(filled(demoReportData())).toHaveLength(9);
  });

  it("a report just rolled over counts only what needs nothing from the clerk (the glossary): 1/9", () => {
    expect(filled(rolledOver())).toEqual(["glossary"]);
  });

  it("a section with facts to confirm is not filled even once saved; confirming them fills it", () => {
    const d = rolledOver();
    expect(filled(d, ["profile", "threePublic"])).toEqual(["glossary"]);
    d.toConfirm = d.toConfirm.filter((c) => c.group !== "profile");
    expect(filled(d, ["profile", "threePublic"])).toEqual(["profile", "glossary"]);
    d.toConfirm = d.toConfirm.filter((c) => c.group !== "quantities");
    expect(filled(d, ["profile", "threePublic"])).toEqual(["profile", "threePublic", "glossary"]);
  });

  it("this year's figures fill the finance sections; carried projects without results do not fill 绩效", () => {
    const d = rolledOver();
    d.functionLines[0]!.basicGeneralBudget = 100;
    d.economicLines[0]!.amount = 100;
    d.threePublic.amounts.abroad.actual = 100;
    // 三公 amounts entered, but its 实物量 still to confirm: not yet.
    expect(filled(d)).toEqual(["functionLines", "economicLines", "glossary"]);
    d.toConfirm = d.toConfirm.filter((c) => c.group !== "quantities");
    expect(filled(d)).toContain("threePublic");
    expect(filled(d)).not.toContain("performance");
    d.projects[0]!.scoreHundredths = 9000;
    expect(filled(d)).toContain("performance");
  });
});
