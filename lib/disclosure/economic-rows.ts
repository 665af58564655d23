import type { Subject } from "./report-data";

/**
 * The rows of the 经济分类 entry form, by subject code: every 款 of the year's catalog in code order, then
 * the codes of saved lines the catalog lacks, in their order. The form (lib/reports/sections/
 * economic-lines.ts) lists them so, and a 审核 finding names a row by its position here. Pure.
 */
export function economicFormCodes(subjects: Record<string, Subject>, lineCodes: readonly string[]): string[] {
  const sections = Object.values(subjects)
    .filter((s) => s.level === "section")
    .map((s) => s.code)
    .sort();
  const known = new Set(sections);
  return [...sections, ...lineCodes.filter((c) => !known.has(c))];
}
