import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import { auditLog, users } from "../../db/schema";
import type { Actor } from "../access";
import { getReport } from "./get-report";

export interface AuditRow {
  id: number;
  at: Date;
  actorName: string;
  action: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "report.create": "创建",
  "report.update": "修改数据",
  "report.transition": "流转",
  "report.revise": "发起修订",
  "catalog.addLocal": "添加科目（待管理员确认）",
};

/** Every change and transition of a report, newest first. */
export function listAudit(actor: Actor, reportId: number): AuditRow[] {
  getReport(actor, reportId, "report.audit");
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.displayName,
      action: auditLog.action,
      field: auditLog.field,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.reportId, reportId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all()
    .map((r) => ({ ...r, actorName: r.actorName ?? "系统" }));
}
