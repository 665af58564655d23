/**
 * A section kind: what the builder computes for one kind of section, and the placeholders it offers a
 * template's patterns (with a Chinese description each, shown to the admin who edits the template).
 */
import type { CarriedGroup } from "../../domain";
import type { KeyFigures } from "../derive";
import type { Table } from "../model";
import type { ReportData } from "../report-data";
import type { SlotKey } from "../slot-keys";
import type { DisclosureTemplate, SectionSpec } from "../template";
import { change, changed, changeRate, printed, rate, wan, type ClerkText, type Values } from "../values";

export interface SectionContext {
  data: ReportData;
  template: DisclosureTemplate;
  k: KeyFigures;
  /** department, short, year, priorYear: offered to every pattern. */
  common: Values;
  /** The document's tables, built before the text (the table list and empty-table statements need them). */
  tables: Table[];
}

export interface SectionKindDef {
  /** What the kind is, for the admin. */
  label: string;
  /**
   * The facts carried from last year that the section tells (docs/decisions/016): while the clerk has
   * not confirmed them, the section prints a 待确认 note instead of them — the whole section, or only
   * the placeholders named in `only` when it tells this year's figures too.
   */
  facts?: { group: CarriedGroup; only?: readonly string[] };
  /** Placeholders of the section's patterns (beyond the common ones); `a.b` for a value of group `a`. */
  placeholders: Record<string, string>;
  /** Lists the section offers (to `paragraphs`/`list` blocks and to sentences), with their items' placeholders. */
  lists?: Record<string, Record<string, string>>;
  /**
   * The values; `empty` when the section has nothing to tell (its `none` statement is printed instead);
   * `sums`, the totals the section states with their parts — when a template prints the parts (one of
   * `uses` appears in its patterns) and they do not add up as printed, the section gets the 尾差 note.
   */
  values: (ctx: SectionContext, spec: SectionSpec) => { values: Values; empty?: boolean; sums?: StatedSum[] };
}

/** A total a section states and the parts it lists, in 分; `uses` are the placeholders that print the parts. */
export interface StatedSum {
  total: number;
  parts: number[];
  uses: string[];
}

export const COMMON_PLACEHOLDERS: Record<string, string> = {
  department: "部门名称",
  short: "部门简称（未设简称时为全称）",
  year: "决算年度，如 2024",
  priorYear: "上一年度，如 2023",
};

/** Placeholders every list item offers besides its own. */
export const ITEM_PLACEHOLDERS: Record<string, string> = {
  n: "序号（阿拉伯数字：1、2、3…）",
  cn: "序号（中文数字：一、二、三…）",
};

/** The clerk's reason for a slot; `needed` when the printed figures call for it. */
export function reasonFor(
  ctx: SectionContext,
  slot: SlotKey,
  label: string,
  figure: string,
  needed: boolean,
): ClerkText {
  return { kind: "clerkText", role: "reason", slot, label, figure, text: ctx.data.explanations[slot] ?? "", needed };
}

/** The 主要用于 text of a subject. */
export function purposeFor(ctx: SectionContext, slot: SlotKey, label: string): ClerkText {
  return {
    kind: "clerkText",
    role: "purpose",
    slot,
    label,
    figure: "",
    text: ctx.data.explanations[slot] ?? "",
    needed: true,
  };
}

/** How the 说明 page shows the figures a year-over-year reason explains. */
export function yoyFigure(current: number, prior: number): string {
  const delta = printed(current) - printed(prior);
  const r = changeRate(current, prior);
  const verb = delta > 0 ? "增加" : "减少";
  return changed(current, prior)
    ? `${wan(current)}，较上年决算数${verb}${wan(Math.abs(delta))}${r ? `，${delta > 0 ? "增长" : "下降"}${r}` : ""}`
    : `${wan(current)}，与上年持平`;
}

/** How the 说明 page shows the figures a budget-difference reason explains. */
export function budgetFigure(actual: number, budget: number, basis = "年初预算"): string {
  const r = rate(actual, budget);
  return `${basis}${wan(budget)}，支出决算${wan(actual)}，${r ? `完成${basis}的${r}` : `${basis}未安排`}`;
}

/** A year-over-year comparison with its reason slot. */
export function yoy(ctx: SectionContext, slot: SlotKey, label: string, current: number, prior: number) {
  return {
    change: change(current, prior),
    reason: reasonFor(ctx, slot, `${label}：与上年相比的变化`, yoyFigure(current, prior), changed(current, prior)),
  };
}
