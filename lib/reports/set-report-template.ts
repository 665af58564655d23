import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../../db";
import { reports } from "../../db/schema";
import type { Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { canonicalTemplateId } from "../disclosure/templates";
import { ConflictError, ValidationError } from "../errors";
import { resolveTemplate } from "../templates/resolve";
import { getReport } from "./get-report";

/**
 * 更换公开模板: a clerk of the department or an admin changes the template of a draft. Only the layout
 * changes — no figure, text or reason is touched (a reason the new layout does not print is kept and
 * listed as 已不需要 on the 说明 page).
 */
export function setReportTemplate(actor: Actor, reportId: number, baseVersion: number, templateId: string) {
  const report = getReport(actor, reportId, "report.template");
  let template;
  try {
    template = resolveTemplate(templateId);
  } catch {
    throw new ValidationError(`公开模板“${templateId}”不存在`, "templateId");
  }
  if (canonicalTemplateId(report.templateId) === template.id) return { version: report.version };
  return getDb().transaction((tx) => {
    const moved = tx
      .update(reports)
      .set({
        templateId: template.id,
        version: sql`${reports.version} + 1`,
        updatedAt: new Date(),
        updatedById: actor.id,
      })
      .where(and(eq(reports.id, reportId), eq(reports.version, baseVersion), eq(reports.status, "draft")))
      .returning({ version: reports.version })
      .get();
    if (!moved) throw new ConflictError("报告已被他人修改或已不是草稿，请刷新页面后再更换模板。");
    writeAudit(tx, {
      actorId: actor.id,
      reportId,
      action: "report.update",
      field: "reports.templateId",
      oldValue: report.templateId,
      newValue: `${template.id}（${template.name}）`,
    });
    return { version: moved.version };
  });
}
