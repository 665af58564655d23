/**
 * The 说明 slots of a report: each place where the document prints a reason (主要原因) or a purpose
 * (主要用于) the clerk writes. They come from building the document with the report's template, so a
 * reason is asked for exactly where the template prints one and the printed figures call for it (a
 * change that shows, a budget difference that shows). A reason saved for a place that no longer needs
 * one is stale: the document does not print it, and the 说明 page offers to clear it. Pure.
 */
import { buildDisclosureWithSlots } from "./build";
import type { ReportData } from "./report-data";
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
      label: describeSlotKey(key, names),
      figure: "",
      state: "stale",
    });
  }
  return out;
}

const SUBJECTS: Record<string, string> = {
  total: "收入支出总计",
  fiscal: "财政拨款收入支出总计",
  generalBudget: "一般公共预算财政拨款支出",
  "basic.personnel": "人员经费",
  "basic.public": "公用经费",
  "threePublic.total": "“三公”经费合计",
  "threePublic.abroad": "因公出国（境）费",
  "threePublic.vehicle": "公务用车购置及运行维护费",
  "threePublic.vehicle_purchase": "公务用车购置费",
  "threePublic.vehicle_operation": "公务用车运行维护费",
  "threePublic.reception": "公务接待费",
  agencyOperatingCost: "机关运行经费",
  meetingCost: "会议费",
  trainingCost: "培训费",
  govFund: "政府性基金预算财政拨款支出",
  stateCapital: "国有资本经营预算财政拨款支出",
};
const KINDS: Record<string, string> = { yoy: "与上年相比的变化原因", budget: "预算差异原因", purpose: "主要用于" };

/**
 * A slot key in words, for people: "generalBudget.205.budget" → 一般公共预算财政拨款支出 · 教育支出 · 预算差异原因.
 * `names` gives subject names by code; an unknown key is returned as it is.
 */
export function describeSlotKey(key: string, names: Record<string, string> = {}): string {
  const parts = key.split(".");
  const kind = KINDS[parts[parts.length - 1]!];
  if (!kind) return key;
  const head = parts.slice(0, -1);
  const code = head.find((p) => /^\d{3,7}$/.test(p));
  const subject = SUBJECTS[head.filter((p) => p !== code).join(".")];
  if (!subject) return key;
  return [subject, code ? (names[code] ? `${code} ${names[code]}` : code) : null, kind].filter(Boolean).join(" · ");
}
