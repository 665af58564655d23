/**
 * The narrative slots of the 2020 template that need a reason (主要原因) from the clerk: a
 * year-over-year change, or a 决算 that differs from the 年初预算. A slot whose figures are equal needs
 * none and is not asked for (N4 of docs/consistency-rules.md).
 */
import { generalBudgetByClass, keyFigures } from "./derive";
import { budgetNeedsReason, budgetPhrase, changeNeedsReason, changePhrase, wanText } from "./phrases";
import type { ReportData, ThreePublicAmount } from "./report-data";
import { withinAmountLimits } from "./limits";
import { THREE_PUBLIC_LABELS } from "../domain";

export interface ExplanationSlot {
  /** Stable key, e.g. "total.yoy", "generalBudget.201.budget". */
  key: string;
  /** The section of 第三部分 it belongs to. */
  section: string;
  /** What the reason explains. */
  label: string;
  /** The computed figures, as the disclosure will state them. */
  figure: string;
}

function yoy(
  key: string,
  section: string,
  label: string,
  current: number,
  prior: number,
  basis?: string,
): ExplanationSlot[] {
  if (!changeNeedsReason(current, prior)) return [];
  return [
    {
      key,
      section,
      label: `${label}：与上年相比的变化`,
      figure: `${wanText(current)}，${changePhrase(current, prior, { basis })}`,
    },
  ];
}

function vsBudget(key: string, section: string, label: string, actual: number, budget: number): ExplanationSlot[] {
  if (!budgetNeedsReason(actual, budget)) return [];
  return [
    {
      key,
      section,
      label: `${label}：决算数与年初预算数的差异`,
      figure: `年初预算${wanText(budget)}，支出决算${wanText(actual)}，${budgetPhrase(actual, budget)}`,
    },
  ];
}

export function explanationSlots(data: ReportData): ExplanationSlot[] {
  // Figures beyond exact arithmetic have no sentence to explain yet (the 审核 error says what to fix).
  if (!withinAmountLimits(data)) return [];
  const k = keyFigures(data);
  const slots: ExplanationSlot[] = [];
  const S1 = "一、收入支出决算总体情况说明";
  const S4 = "四、财政拨款收入支出决算总体情况说明";
  const S5 = "五、一般公共预算财政拨款支出决算情况说明";
  const S6 = "六、一般公共预算财政拨款基本支出决算情况说明";
  const S7 = "七、一般公共预算财政拨款“三公”经费支出决算情况说明";
  const S8 = "八、机关运行经费支出情况说明";

  slots.push(...yoy("total.yoy", S1, "收入、支出总计", k.grandTotal, data.summary.priorYearGrandTotal));
  slots.push(
    ...yoy("fiscal.yoy", S4, "财政拨款收入、支出总计", k.fiscalGrandTotal, data.summary.priorYearFiscalGrandTotal),
  );
  slots.push(...yoy("generalBudget.yoy", S5, "一般公共预算财政拨款支出", k.generalBudgetExpense, k.generalBudgetPrior));
  for (const row of generalBudgetByClass(data)) {
    const name = data.functionSubjects[row.code]?.name ?? row.code;
    slots.push(...vsBudget(`generalBudget.${row.code}.budget`, S5, name, row.actual, row.budget));
  }
  slots.push(...yoy("basic.personnel.yoy", S6, "人员经费", k.personnel, k.personnelPrior));
  slots.push(...yoy("basic.public.yoy", S6, "公用经费", k.publicUse, k.publicUsePrior));

  const a = data.threePublic.amounts;
  const add = (x: ThreePublicAmount, y: ThreePublicAmount): ThreePublicAmount => ({
    initialBudget: x.initialBudget + y.initialBudget,
    actual: x.actual + y.actual,
    priorYear: x.priorYear + y.priorYear,
  });
  const vehicle = add(a.vehicle_purchase, a.vehicle_operation);
  const groups: [keyof typeof THREE_PUBLIC_LABELS, ThreePublicAmount][] = [
    ["total", add(add(a.abroad, vehicle), a.reception)],
    ["abroad", a.abroad],
    ["vehicle", vehicle],
    ["vehicle_purchase", a.vehicle_purchase],
    ["vehicle_operation", a.vehicle_operation],
    ["reception", a.reception],
  ];
  for (const [item, amount] of groups) {
    const label = THREE_PUBLIC_LABELS[item];
    slots.push(...yoy(`threePublic.${item}.yoy`, S7, label, amount.actual, amount.priorYear, "较上年"));
    slots.push(...vsBudget(`threePublic.${item}.budget`, S7, label, amount.actual, amount.initialBudget));
  }

  const o = data.otherMatters;
  slots.push(...yoy("agencyOperatingCost.yoy", S8, "机关运行经费", o.agencyOperatingCost, o.agencyOperatingCostPrior));
  slots.push(...yoy("meetingCost.yoy", S8, "会议费", o.meetingCost, o.meetingCostPrior));
  slots.push(...yoy("trainingCost.yoy", S8, "培训费", o.trainingCost, o.trainingCostPrior));

  for (const l of data.functionLines) {
    const name = data.functionSubjects[l.subjectCode]?.name ?? l.subjectCode;
    const govFund = l.basicGovFund + l.projectGovFund;
    if (govFund !== 0 || l.initialBudgetGovFund !== 0) {
      slots.push(
        ...vsBudget(
          `govFund.${l.subjectCode}.budget`,
          "十一、政府性基金预算财政拨款收支决算情况说明",
          `${l.subjectCode} ${name}`,
          govFund,
          l.initialBudgetGovFund,
        ),
      );
    }
    const stateCapital = l.basicStateCapital + l.projectStateCapital;
    if (stateCapital !== 0 || l.initialBudgetStateCapital !== 0) {
      slots.push(
        ...vsBudget(
          `stateCapital.${l.subjectCode}.budget`,
          "十二、国有资本经营预算财政拨款支出情况说明",
          `${l.subjectCode} ${name}`,
          stateCapital,
          l.initialBudgetStateCapital,
        ),
      );
    }
  }
  return slots;
}
