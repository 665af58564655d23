/**
 * The sentence fragments the narrative is made of, computed from exact 分 so that the direction
 * word always matches the sign and percentages are never taken of a zero base.
 */
import { formatWan, percent } from "../money";

export interface ChangeOptions {
  /** What is compared with: 较上年决算数 (default) or 较上年. */
  basis?: string;
  /** Whether to add the rate (增长/下降 x%); never added when the prior figure is 0. */
  withRate?: boolean;
}

/** “较上年决算数减少6.25万元，下降0.71%” · “较上年决算数增加0.36万元，增长81.82%” · “与上年持平”. */
export function changePhrase(current: number, prior: number, options: ChangeOptions = {}): string {
  const basis = options.basis ?? "较上年决算数";
  const delta = current - prior;
  if (delta === 0) return "与上年持平";
  const amount = formatWan(Math.abs(delta));
  if (amount === "0.00") return "与上年基本持平";
  const verb = delta > 0 ? "增加" : "减少";
  const rate = options.withRate === false ? null : percent(Math.abs(delta), Math.abs(prior));
  return `${basis}${verb}${amount}万元${rate === null ? "" : `，${delta > 0 ? "增长" : "下降"}${rate}%`}`;
}

/** Whether a year-over-year change needs a reason (N4): only a real change does. */
export const changeNeedsReason = (current: number, prior: number) => current !== prior;

/**
 * “完成年初预算的192.28%，决算数大于预算数” — or, without a budget, “年初未安排预算” (N5: no rate of a zero
 * budget).
 */
export function budgetPhrase(actual: number, budget: number): string {
  const rate = percent(actual, budget);
  if (rate === null) return actual === 0 ? "年初未安排预算，无支出" : "年初未安排预算";
  return `完成年初预算的${rate}%，${budgetComparison(actual, budget)}`;
}

export function budgetComparison(actual: number, budget: number): string {
  if (actual > budget) return "决算数大于预算数";
  if (actual < budget) return "决算数小于预算数";
  return "决算数与预算数持平";
}

export const budgetNeedsReason = (actual: number, budget: number) => actual !== budget;

/** “763.19万元”. */
export const wanText = (fen: number) => `${formatWan(fen)}万元`;
