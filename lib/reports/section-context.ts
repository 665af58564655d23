import "server-only";
import { decide, type Actor } from "../access";
import { getReport, type ReportHeader } from "./get-report";

export interface SectionContext {
  report: ReportHeader;
  canEdit: boolean;
  readOnlyReason?: string;
}

/** The report an entry page shows and whether this user may edit it (scope and status included). */
export function getSectionContext(actor: Actor, reportId: number): SectionContext {
  const report = getReport(actor, reportId);
  const decision = decide(actor, "report.edit", { departmentId: report.departmentId, status: report.status });
  return { report, canEdit: decision.allowed, readOnlyReason: decision.allowed ? undefined : decision.reason };
}
