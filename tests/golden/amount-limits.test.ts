/**
 * The limit of lib/disclosure/limits.ts is enough: a report whose every section is at the limit (its
 * amounts adding up, by absolute value, to 10 万亿元) still gets every figure exactly — the builder, the
 * 审核 rules and the 说明 slots never meet a sum beyond Number.MAX_SAFE_INTEGER. One 分 more in any
 * section is caught.
 */
import { describe, expect, it } from "vitest";
import { buildDisclosure } from "../../lib/disclosure/build";
import { amountLimitProblems, amountTotal, withinAmountLimits } from "../../lib/disclosure/limits";
import { FUNCTION_MONEY_FIELDS, type ReportData } from "../../lib/disclosure/report-data";
import { explanationSlots } from "../../lib/disclosure/slots";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../lib/disclosure/templates";
import { MAX_SECTION_TOTAL_FEN } from "../../lib/money";
import { runRules } from "../../lib/rules";
import { randomReport } from "../support/random-report";

/** The largest whole factor that keeps amounts adding up to `total` within the limit. */
const factor = (total: number) => (total === 0 ? 1 : Math.floor(MAX_SECTION_TOTAL_FEN / total));

/** Every section's amounts multiplied by the largest whole factor that keeps the section within the limit. */
function scaledToLimit(data: ReportData): ReportData {
  const summary = Object.values(data.summary);
  const fk = factor(
    amountTotal([...data.functionLines.flatMap((l) => FUNCTION_MONEY_FIELDS.map((f) => l[f])), ...summary]),
  );
  const ek = factor(amountTotal(data.economicLines.flatMap((l) => [l.amount, l.priorYearAmount])));
  const pk = factor(amountTotal(data.projects.flatMap((p) => [p.initialBudget, p.budget, p.executed])));
  return {
    ...data,
    functionLines: data.functionLines.map((l) => ({
      ...l,
      ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, l[f] * fk])),
    })),
    summary: Object.fromEntries(Object.entries(data.summary).map(([k, v]) => [k, v * fk])) as ReportData["summary"],
    economicLines: data.economicLines.map((l) => ({
      ...l,
      amount: l.amount * ek,
      priorYearAmount: l.priorYearAmount * ek,
    })),
    projects: data.projects.map((p) => ({
      ...p,
      initialBudget: p.initialBudget * pk,
      budget: p.budget * pk,
      executed: p.executed * pk,
    })),
  };
}

describe("amounts at the limit", () => {
  it("every figure of 40 random reports scaled to the limit is computed without leaving exact integers", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const data = scaledToLimit(randomReport(seed, { lines: 1 + (seed % 25), projects: seed % 6 }));
      expect(withinAmountLimits(data), `seed ${seed}`).toBe(true);
      for (const { id } of BUILT_IN_TEMPLATES) {
        const template = builtInTemplate(id)!;
        expect(() => buildDisclosure(data, template), `seed ${seed} ${id}`).not.toThrow();
        expect(() => runRules(data, template), `seed ${seed} ${id}`).not.toThrow();
        expect(() => explanationSlots(data, template), `seed ${seed} ${id}`).not.toThrow();
      }
    }
  });

  it("one section beyond the limit is named, and only it", () => {
    const data = scaledToLimit(randomReport(7, { lines: 10, projects: 2 }));
    const over = {
      ...data,
      economicLines: [
        ...data.economicLines,
        { subjectCode: "30199", amount: MAX_SECTION_TOTAL_FEN, priorYearAmount: 0 },
      ],
    };
    expect(amountLimitProblems(over).map((p) => p.section)).toEqual(["economicLines"]);
    expect(runRules(over, builtInTemplate("lanzhou-2020")!)).toMatchObject([
      { ruleId: "R-AMOUNT-LIMIT", section: "economicLines", severity: "error" },
    ]);
  });
});
