/**
 * The limit on how large a report's amounts may add up to (MAX_SECTION_TOTAL_FEN, lib/money.ts): each
 * entry section's amounts, by absolute value, sum to at most 10 万亿元, so every figure the disclosure
 * derives stays an exact integer. A single amount is capped at 1000 亿元 by the forms; this catches
 * what many amounts do together — 274 lines at the single cap once took a total past
 * Number.MAX_SAFE_INTEGER, and every page of the report failed.
 *
 * Saves are refused beyond it (the schemas of the grids, then lib/reports/sections/save-section.ts for
 * whatever adds up across saves). Data stored before the limit existed is still shown: the 审核 rules
 * report one error naming the section, and no disclosure is built from it.
 */
import { ENTRY_SECTIONS, type EntrySectionKey } from "../domain";
import { MAX_SECTION_TOTAL_FEN } from "../money";
import { FUNCTION_MONEY_FIELDS, type ReportData } from "./report-data";

/** Σ|amount| of a list of amounts. A Number sum: inexact only far beyond the limit it is compared with. */
export function amountTotal(amounts: Iterable<number>): number {
  let total = 0;
  for (const a of amounts) total += Math.abs(a);
  return total;
}

/** The amounts of each section that holds any. */
const SECTION_AMOUNTS: { section: EntrySectionKey; amounts: (d: ReportData) => Iterable<number> }[] = [
  {
    section: "functionLines",
    amounts: function* (d) {
      for (const line of d.functionLines) for (const f of FUNCTION_MONEY_FIELDS) yield line[f];
      yield* Object.values(d.summary);
    },
  },
  {
    section: "economicLines",
    amounts: function* (d) {
      for (const line of d.economicLines) yield* [line.amount, line.priorYearAmount];
    },
  },
  {
    section: "threePublic",
    amounts: function* (d) {
      for (const a of Object.values(d.threePublic.amounts)) yield* [a.initialBudget, a.actual, a.priorYear];
    },
  },
  {
    section: "otherMatters",
    amounts: function* (d) {
      for (const v of Object.values(d.otherMatters)) if (typeof v === "number") yield v;
    },
  },
  {
    section: "performance",
    amounts: function* (d) {
      for (const p of d.projects) yield* [p.initialBudget, p.budget, p.executed];
    },
  },
];

/** The entry sections that hold amounts. */
export const AMOUNT_SECTIONS: ReadonlySet<EntrySectionKey> = new Set(SECTION_AMOUNTS.map((s) => s.section));

/** 10^15 分 as the message prints it. */
const LIMIT_TEXT = `${MAX_SECTION_TOTAL_FEN / 10 ** 14}万亿元`;

/** The message for a section whose amounts add up to `total` 分. */
export function amountLimitMessage(section: EntrySectionKey, total: number): string {
  const title = ENTRY_SECTIONS.find((s) => s.key === section)!.title;
  const yi = Math.floor(total / 10 ** 10).toLocaleString("en-US");
  return `“${title}”的金额合计（按绝对值）约${yi}亿元，超过${LIMIT_TEXT}的上限，无法准确计算各项合计。多半是金额单位或位数填错了（金额以元填写），请在该页修改。`;
}

export interface AmountLimitProblem {
  section: EntrySectionKey;
  total: number;
  message: string;
}

/** The sections of a report whose amounts add up beyond the limit (none for every real report). */
export function amountLimitProblems(data: ReportData): AmountLimitProblem[] {
  return SECTION_AMOUNTS.flatMap(({ section, amounts }) => {
    const total = amountTotal(amounts(data));
    return total > MAX_SECTION_TOTAL_FEN ? [{ section, total, message: amountLimitMessage(section, total) }] : [];
  });
}

export function withinAmountLimits(data: ReportData): boolean {
  return amountLimitProblems(data).length === 0;
}
