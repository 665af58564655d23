import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../../db";
import { reports } from "../../db/schema";
import type { Action, Actor } from "../access";
import { buildDisclosure } from "../disclosure/build";
import type { DisclosureDocument } from "../disclosure/model";
import type { ReportData } from "../disclosure/report-data";
import { amountLimitProblems } from "../disclosure/limits";
import { ValidationError } from "../errors";
import { resolveTemplate } from "../templates/resolve";
import { memoDocument, memoSnapshot } from "./derived";
import { getReport, type ReportHeader } from "./get-report";
import { loadReportData } from "./load-report-data";

/**
 * The disclosure of a report as this user may see it: the frozen snapshot once the report is
 * published, otherwise built from its current data (buildReportDisclosure).
 */
export function getDisclosure(
  actor: Actor,
  reportId: number,
  action: Action = "report.view",
): { report: ReportHeader; document: DisclosureDocument } {
  const report = getReport(actor, reportId, action);
  if (report.snapshotSha256) {
    const document = memoSnapshot(
      report.snapshotSha256,
      () => getDb().select({ json: reports.snapshotJson }).from(reports).where(eq(reports.id, reportId)).get()?.json,
    );
    if (document) return { report, document };
  }
  return { report, document: buildReportDisclosure(loadReportData(actor, reportId)) };
}

/**
 * The disclosure built from a report's data with its template (the preview, the exports, publishing),
 * once per content of the data (lib/reports/derived.ts). Amounts beyond the limit of exact arithmetic
 * (stored before the limit existed) cannot be built into one: a ValidationError says which section to
 * correct.
 */
export function buildReportDisclosure(data: ReportData): DisclosureDocument {
  const template = resolveTemplate(data.report.templateId);
  // The limit check depends only on the data: a kept document passed it.
  return memoDocument(data, template, () => {
    const beyond = amountLimitProblems(data);
    if (beyond.length > 0) throw new ValidationError(`无法生成公开文本：${beyond[0]!.message}`);
    return buildDisclosure(data, template);
  });
}
