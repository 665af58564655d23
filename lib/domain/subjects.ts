/** Levels of the 政府收支分类科目: 类 (3 digits), 款 (5), 项 (7). */
export const SUBJECT_LEVELS = ["class", "section", "item"] as const;
export type SubjectLevel = (typeof SUBJECT_LEVELS)[number];

export const SUBJECT_LEVEL_LABELS: Record<SubjectLevel, string> = { class: "类", section: "款", item: "项" };

/** The level of a 功能分类 code by its length; null for any other length. */
export function functionLevelOfCode(code: string): SubjectLevel | null {
  return code.length === 3 ? "class" : code.length === 5 ? "section" : code.length === 7 ? "item" : null;
}
