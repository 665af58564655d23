/**
 * 上年决算数 carried forward: what a new report for year Y takes from the department's published
 * report for Y−1. Every 上年决算数 comes from the prior year's figures, 年初结转和结余 from its 年末
 * balances, and the department profile and glossary as a starting point. Pure.
 */
import { EXPENSE_FIELDS, keyFigures } from "./derive";
import { FUNCTION_MONEY_FIELDS, type FunctionLine, type ReportData } from "./report-data";
import { THREE_PUBLIC_ITEMS, type ThreePublicItem } from "../domain";

export interface CarriedForward {
  functionLines: FunctionLine[];
  economicLines: { subjectCode: string; amount: number; priorYearAmount: number }[];
  summary: { priorYearGrandTotal: number; priorYearFiscalGrandTotal: number };
  threePublicPrior: Record<ThreePublicItem, number>;
  otherPrior: { agencyOperatingCostPrior: number; meetingCostPrior: number; trainingCostPrior: number };
  profile: ReportData["profile"];
  glossary: ReportData["glossary"];
}

const zeroLine = (subjectCode: string): FunctionLine =>
  ({ subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, 0])) }) as FunctionLine;

export function carryForward(prior: ReportData): CarriedForward {
  const k = keyFigures(prior);
  return {
    functionLines: prior.functionLines.map((l) => ({
      ...zeroLine(l.subjectCode),
      priorYearTotal: EXPENSE_FIELDS.reduce((s, f) => s + l[f], 0),
      priorYearGeneralBudget: l.basicGeneralBudget + l.projectGeneralBudget,
      priorYearGovFund: l.basicGovFund + l.projectGovFund,
      priorYearStateCapital: l.basicStateCapital + l.projectStateCapital,
      carryStartGeneralBudget: l.carryEndGeneralBudget,
      carryStartGovFund: l.carryEndGovFund,
      carryStartStateCapital: l.carryEndStateCapital,
      carryStartOther: l.carryEndOther,
    })),
    economicLines: prior.economicLines
      .filter((e) => e.amount !== 0)
      .map((e) => ({ subjectCode: e.subjectCode, amount: 0, priorYearAmount: e.amount })),
    summary: { priorYearGrandTotal: k.grandTotal, priorYearFiscalGrandTotal: k.fiscalGrandTotal },
    threePublicPrior: Object.fromEntries(
      THREE_PUBLIC_ITEMS.map((i) => [i, prior.threePublic.amounts[i].actual]),
    ) as Record<ThreePublicItem, number>,
    otherPrior: {
      agencyOperatingCostPrior: prior.otherMatters.agencyOperatingCost,
      meetingCostPrior: prior.otherMatters.meetingCost,
      trainingCostPrior: prior.otherMatters.trainingCost,
    },
    profile: prior.profile,
    glossary: prior.glossary,
  };
}
