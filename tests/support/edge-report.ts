/**
 * Random consistent reports that lean on the edges where printed figures contradict each other: 1 to
 * 300 lines, whole columns left empty, a new department without a prior year, huge amounts, amounts on
 * the 万元 rounding boundary, “三公” budgets without spending, fund income without spending, equal parts,
 * scores outside 0–100, and reasons saved for slots that are no longer active. Each case names its
 * traits, so a failure says what kind of report broke.
 */
import { buildDisclosureWithSlots } from "../../lib/disclosure/build";
import {
  FUNCTION_MONEY_FIELDS,
  type FunctionLine,
  type FunctionMoneyField,
  type ReportData,
} from "../../lib/disclosure/report-data";
import type { DisclosureTemplate } from "../../lib/disclosure/template";
import { THREE_PUBLIC_ITEMS } from "../../lib/domain";
import { type AmountStyle, randomReport, rng } from "./random-report";

export interface EdgeCase {
  seed: number;
  traits: string[];
  data: ReportData;
}

const FAMILIES: Record<string, FunctionMoneyField[]> = {
  project: ["projectGeneralBudget", "projectGovFund", "projectStateCapital", "projectOtherFunds"],
  otherIncome: ["incomeSuperiorSubsidy", "incomeBusiness", "incomeOperating", "incomeFromSubsidiary", "incomeOther"],
  govFund: FUNCTION_MONEY_FIELDS.filter((f) => f.endsWith("GovFund")),
  stateCapital: FUNCTION_MONEY_FIELDS.filter((f) => f.endsWith("StateCapital")),
  budgets: FUNCTION_MONEY_FIELDS.filter((f) => f.startsWith("initialBudget") || f.startsWith("adjustedBudget")),
  otherExpense: ["remitToSuperior", "operatingExpense", "subsidyToSubsidiary"],
};

const FUNDS = [
  ["GeneralBudget", "incomeGeneralBudget", ["basicGeneralBudget", "projectGeneralBudget"]],
  ["GovFund", "incomeGovFund", ["basicGovFund", "projectGovFund"]],
  ["StateCapital", "incomeStateCapital", ["basicStateCapital", "projectStateCapital"]],
] as const;

/** Restore 年末 = 年初 + 收入 − 支出 for every fund of a line after its figures were changed. */
export function rebalance(l: FunctionLine) {
  for (const [fund, income, spent] of FUNDS) {
    const out = l[spent[0]] + l[spent[1]];
    const start = `carryStart${fund}` as const;
    l[start] = Math.max(l[start], out - l[income]);
    l[`carryEnd${fund}`] = l[start] + l[income] - out;
  }
  const otherIncome =
    l.incomeSuperiorSubsidy + l.incomeBusiness + l.incomeOperating + l.incomeFromSubsidiary + l.incomeOther;
  const otherOut =
    l.basicOtherFunds + l.projectOtherFunds + l.remitToSuperior + l.operatingExpense + l.subsidyToSubsidiary;
  l.carryStartOther = Math.max(l.carryStartOther, otherOut - otherIncome);
  l.carryEndOther = l.carryStartOther + otherIncome - otherOut;
}

/** The 经济分类 lines again adding up to the 一般公共预算 基本支出 (into 30101 and 30201). */
function rebalanceEconomic(d: ReportData) {
  const basic = d.functionLines.reduce((s, l) => s + l.basicGeneralBudget, 0);
  const personnel = Math.floor(basic / 3) * 2;
  d.economicLines = [
    { subjectCode: "30101", amount: personnel, priorYearAmount: d.economicLines[0]?.priorYearAmount ?? 0 },
    { subjectCode: "30201", amount: basic - personnel, priorYearAmount: d.economicLines[1]?.priorYearAmount ?? 0 },
  ].filter((e) => e.amount !== 0 || e.priorYearAmount !== 0);
}

export function edgeReport(seed: number, templates: readonly DisclosureTemplate[]): EdgeCase {
  const r = rng(seed * 7919 + 17);
  const traits: string[] = [];
  const roll = r.next();
  const lines = roll < 0.45 ? 1 + r.int(4) : roll < 0.85 ? 5 + r.int(35) : roll < 0.97 ? 40 + r.int(80) : 300;
  const style = r.pick<AmountStyle>(["normal", "normal", "boundary", "boundary", "tiny", "huge"]);
  traits.push(`${lines}行`, style);
  const zeroFields = Object.entries(FAMILIES)
    .filter(() => r.next() < 0.2)
    .flatMap(([name, fields]) => {
      traits.push(`无${name}`);
      return fields;
    });
  const data = randomReport(seed, { lines, amounts: style, zeroFields });

  if (r.next() < 0.25) {
    traits.push("无上年数");
    for (const l of data.functionLines) for (const f of FUNCTION_MONEY_FIELDS) if (f.startsWith("priorYear")) l[f] = 0;
    data.summary.priorYearGrandTotal = 0;
    data.summary.priorYearFiscalGrandTotal = 0;
    for (const e of data.economicLines) e.priorYearAmount = 0;
    for (const i of THREE_PUBLIC_ITEMS) data.threePublic.amounts[i].priorYear = 0;
    const o = data.otherMatters;
    o.agencyOperatingCostPrior = o.meetingCostPrior = o.trainingCostPrior = 0;
  }
  if (r.next() < 0.2) {
    traits.push("三公有预算无支出");
    for (const i of THREE_PUBLIC_ITEMS) data.threePublic.amounts[i].actual = 0;
  }
  if (r.next() < 0.2) {
    traits.push("基金有收入无支出");
    for (const l of data.functionLines) {
      l.basicGovFund = l.projectGovFund = l.basicStateCapital = l.projectStateCapital = 0;
      l.initialBudgetGovFund = l.initialBudgetStateCapital = 0;
      rebalance(l);
    }
  }
  if (r.next() < 0.15) {
    traits.push("三项收入相等");
    const x = 1 + r.int(3) * 10_000 + [0, 5_000, 3_333][r.int(2)]!;
    for (const l of data.functionLines) {
      for (const f of FUNCTION_MONEY_FIELDS) if (f.startsWith("income")) l[f] = 0;
      l.incomeGeneralBudget = l.incomeBusiness = l.incomeOther = x;
      rebalance(l);
    }
  }
  if (r.next() < 0.15) {
    traits.push("基本与项目各半");
    for (const l of data.functionLines) {
      l.basicGeneralBudget = l.projectGeneralBudget = 5_000;
      rebalance(l);
    }
    rebalanceEconomic(data);
  }
  if (r.next() < 0.1 && data.projects.length > 0) {
    traits.push("得分超出0到100");
    data.projects[0]!.scoreHundredths = r.next() < 0.5 ? -300 : 10_500;
  }
  if (r.next() < 0.15) {
    traits.push("总计与上年持平");
    data.summary.priorYearGrandTotal = data.functionLines.reduce(
      (s, l) =>
        s +
        FUNCTION_MONEY_FIELDS.filter((f) => f.startsWith("income") || f.startsWith("carryStart")).reduce(
          (t, f) => t + l[f],
          0,
        ),
      0,
    );
  }

  // Reasons for the slots of another version of this report (other priors and budgets): under this
  // one, some are needed, some no longer (stale), some were never asked for.

  const other = structuredClone(data);
  const other2 = rng(seed + 1, style);
  for (const l of other.functionLines)
    for (const f of FUNCTION_MONEY_FIELDS)
      if (f.startsWith("priorYear") || f.startsWith("initialBudget")) l[f] = other2.fen();
  other.summary.priorYearGrandTotal = other2.fen();
  for (const i of THREE_PUBLIC_ITEMS) other.threePublic.amounts[i].initialBudget = other2.fen();
  let n = 0;
  for (const template of templates)
    for (const s of buildDisclosureWithSlots(other, template).slots)
      if (!data.explanations[s.slot] && r.next() < 0.8)
        data.explanations[s.slot] = s.role === "purpose" ? `用途说明${++n}号` : `变动原因${++n}号`;
  return { seed, traits, data };
}
