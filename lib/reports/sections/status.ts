/**
 * 未填写 / 已填写 per entry section: a section is filled once it has been saved, or when the report
 * already holds this year's data for it (a seeded report) — never while facts carried from last year
 * are still to confirm in it (待确认), and never by what a rollover carried alone (上年决算数, 年初结转和结余,
 * projects without this year's results). Pure.
 */
import { CARRIED_LINE_FIELDS } from "../../disclosure/carry-forward";
import type { ReportData } from "../../disclosure/report-data";
import { CARRIED_GROUP_INFO, type EntrySectionKey } from "../../domain";

const CARRIED_FROM_LAST_YEAR = new Set<string>(CARRIED_LINE_FIELDS);

const HAS_DATA: Record<EntrySectionKey, (d: ReportData) => boolean> = {
  profile: (d) => d.profile.duties.length > 0 || d.profile.staffing.length > 0,
  functionLines: (d) =>
    d.functionLines.some((l) =>
      Object.entries(l).some(([k, v]) => k !== "subjectCode" && !CARRIED_FROM_LAST_YEAR.has(k) && v !== 0),
    ),
  economicLines: (d) => d.economicLines.some((e) => e.amount !== 0),
  threePublic: (d) => Object.values(d.threePublic.amounts).some((a) => a.initialBudget || a.actual),
  otherMatters: (d) =>
    d.otherMatters.agencyOperatingCost !== 0 ||
    d.otherMatters.procurementTotal !== 0 ||
    d.otherMatters.vehiclesTotal !== 0,
  funds: (d) => d.report.noGovFundActivity || d.report.noStateCapitalActivity,
  performance: (d) =>
    d.projects.some((p) => p.scoreHundredths !== null || p.executed !== 0) || d.performance.departmentEvaluation !== "",
  explanations: (d) => Object.keys(d.explanations).length > 0,
  glossary: (d) => d.glossary.length > 0,
};

export function sectionFilled(key: EntrySectionKey, data: ReportData, saved: ReadonlySet<string>): boolean {
  if (data.toConfirm.some((c) => CARRIED_GROUP_INFO[c.group].section === key)) return false;
  return saved.has(key) || HAS_DATA[key](data);
}
