import "server-only";
import { getDb } from "../../db";
import { decide, type Actor } from "../access";
import { getReport, type ReportHeader } from "./get-report";
import { sectionVersion, type SectionLock } from "./sections/save-section";

export interface SectionContext {
  report: ReportHeader;
  canEdit: boolean;
  readOnlyReason?: string;
  /** The version of the section as loaded: the base of the user's edit and of a browser draft. */
  version: number;
}

/**
 * The report an entry page shows, whether this user may edit it (scope and status included), and the
 * current version of the section the page edits.
 */
export function getSectionContext(actor: Actor, reportId: number, section: SectionLock): SectionContext {
  const report = getReport(actor, reportId);
  const decision = decide(actor, "report.edit", { departmentId: report.departmentId, status: report.status });
  return {
    report,
    canEdit: decision.allowed,
    readOnlyReason: decision.allowed ? undefined : decision.reason,
    version: sectionVersion(getDb(), reportId, section),
  };
}
