/**
 * The one list of 说明 slots: what a reason (主要原因) or purpose (主要用于) can be about, and of which
 * kind. Sections build their slot keys with `slotKey` — so a key the 说明 page cannot name does not
 * type-check — and the 说明 page and the audit log name a key with `describeSlotKey`. Pure.
 */

/** What a slot is about, and how people call it. */
export const SLOT_SUBJECTS = {
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
} as const;
export type SlotSubject = keyof typeof SLOT_SUBJECTS;

/** Which text: the reason for a change from last year, for a budget difference, or a purpose. */
export const SLOT_KINDS = { yoy: "与上年相比的变化原因", budget: "预算差异原因", purpose: "主要用于" } as const;
export type SlotKind = keyof typeof SLOT_KINDS;

/** e.g. "total.yoy", "generalBudget.2013101.purpose", "govFund.2290402.budget". */
export type SlotKey = `${SlotSubject}.${SlotKind}` | `${SlotSubject}.${string}.${SlotKind}`;

/** The key of a slot: its subject, the 科目 code when it is about one 类 or 项, and its kind. */
export function slotKey(subject: SlotSubject, kind: SlotKind, code?: string): SlotKey {
  return code ? `${subject}.${code}.${kind}` : `${subject}.${kind}`;
}

/**
 * A slot key in words, for people: "generalBudget.205.budget" → 一般公共预算财政拨款支出 · 教育支出 ·
 * 预算差异原因; a 项 keeps its code ("2013101 行政运行"). `nameOf` gives 科目 names by code; an unknown
 * key is returned as it is.
 */
export function describeSlotKey(key: string, nameOf: (code: string) => string | undefined = () => undefined): string {
  const parts = key.split(".");
  const kind = SLOT_KINDS[parts[parts.length - 1] as SlotKind];
  if (!kind) return key;
  const head = parts.slice(0, -1);
  const code = head.find((p) => /^\d{3,7}$/.test(p));
  const subject = SLOT_SUBJECTS[head.filter((p) => p !== code).join(".") as SlotSubject];
  if (!subject) return key;
  const name = code && nameOf(code);
  const about = code ? (name ? (code.length === 7 ? `${code} ${name}` : name) : code) : null;
  return [subject, about, kind].filter(Boolean).join(" · ");
}
