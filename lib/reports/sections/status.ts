/**
 * 未填写 / 已填写 per entry section: a section is filled once it has been saved, or when the report
 * already holds its data (a seeded or carried-forward report). Pure.
 */
import type { ReportData } from "../../disclosure/report-data";
import { type EntrySectionKey } from "../../domain";

const HAS_DATA: Record<EntrySectionKey, (d: ReportData) => boolean> = {
  profile: (d) => d.profile.duties.length > 0 || d.profile.staffing.length > 0,
  functionLines: (d) => d.functionLines.length > 0,
  economicLines: (d) => d.economicLines.length > 0,
  threePublic: (d) => Object.values(d.threePublic.amounts).some((a) => a.initialBudget || a.actual || a.priorYear),
  otherMatters: (d) =>
    d.otherMatters.agencyOperatingCost !== 0 ||
    d.otherMatters.procurementTotal !== 0 ||
    d.otherMatters.vehiclesTotal !== 0,
  funds: (d) => d.report.noGovFundActivity || d.report.noStateCapitalActivity,
  performance: (d) => d.projects.length > 0 || d.performance.departmentEvaluation !== "",
  explanations: (d) => Object.keys(d.explanations).length > 0,
  glossary: (d) => d.glossary.length > 0,
};

export function sectionFilled(key: EntrySectionKey, data: ReportData, saved: ReadonlySet<string>): boolean {
  return saved.has(key) || HAS_DATA[key](data);
}
