import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../../db";
import { reports } from "../../db/schema";
import type { Action, Actor } from "../access";
import { buildDisclosure } from "../disclosure/build";
import type { DisclosureDocument } from "../disclosure/model";
import { resolveTemplate } from "../templates/resolve";
import { getReport, type ReportHeader } from "./get-report";
import { loadReportData } from "./load-report-data";

/**
 * The disclosure of a report as this user may see it: the frozen snapshot once the report is
 * published, otherwise built from its current data.
 */
export function getDisclosure(
  actor: Actor,
  reportId: number,
  action: Action = "report.view",
): { report: ReportHeader; document: DisclosureDocument } {
  const report = getReport(actor, reportId, action);
  if (report.snapshotSha256) {
    const row = getDb().select({ json: reports.snapshotJson }).from(reports).where(eq(reports.id, reportId)).get();
    if (row?.json) return { report, document: JSON.parse(row.json) as DisclosureDocument };
  }
  return { report, document: buildDisclosure(loadReportData(actor, reportId), resolveTemplate(report.templateId)) };
}
