/**
 * The 说明 slots of a report: each place where the document prints a reason (主要原因) or a purpose
 * (主要用于) the clerk writes. They come from building the document with the report's template, so a
 * reason is asked for exactly where the template prints one and the printed figures call for it (a
 * change that shows, a budget difference that shows). A reason saved for a place that no longer needs
 * one is stale: the document does not print it, and the 说明 page offers to clear it. Pure.
 */
import { buildDisclosureWithSlots } from "./build";
import type { ReportData } from "./report-data";
import { withinAmountLimits } from "./limits";
import { describeSlotKey } from "./slot-keys";
import type { DisclosureTemplate } from "./template";

export type SlotState = "needed" | "optional" | "stale";

export interface ExplanationSlot {
  /** Stable key, e.g. "total.yoy", "generalBudget.201.budget", "generalBudget.2013101.purpose". */
  key: string;
  role: "reason" | "purpose";
  /** The section of 第三部分 it belongs to, as titled in the document. */
  section: string;
  /** What the text explains. */
  label: string;
  /** The figures it explains, as the document prints them. */
  figure: string;
  /** needed: the text prints a reason here and has none without it; optional: a purpose; stale: saved, no longer printed. */
  state: SlotState;
}

export function explanationSlots(data: ReportData, template: DisclosureTemplate): ExplanationSlot[] {
  // Figures beyond exact arithmetic have no sentence to explain yet (the 审核 error says what to fix).
  if (!withinAmountLimits(data)) return [];
  const { slots } = buildDisclosureWithSlots(data, template);
  const out: ExplanationSlot[] = [];
  const seen = new Set<string>();
  for (const s of slots) {
    seen.add(s.slot);
    const saved = (data.explanations[s.slot] ?? "").trim() !== "";
    const state: SlotState | null = s.role === "purpose" ? "optional" : s.needed ? "needed" : saved ? "stale" : null;
    if (state) out.push({ key: s.slot, role: s.role, section: s.section, label: s.label, figure: s.figure, state });
  }
  // Saved for a place this template never prints (another template's slot, a subject since removed).
  const names = Object.fromEntries(Object.values(data.functionSubjects).map((x) => [x.code, x.name]));
  for (const [key, text] of Object.entries(data.explanations)) {
    if (seen.has(key) || !text.trim()) continue;
    out.push({
      key,
      role: "reason",
      section: "不再出现于公开文本",
      label: describeSlotKey(key, (code) => names[code]),
      figure: "",
      state: "stale",
    });
  }
  return out;
}
