import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../../db";
import { auditLog, users } from "../../db/schema";
import type { Actor } from "../access";
import { contains, limitOffset, pageQueryOf, paged, zParam, type PageQuery, type Paged } from "../paging";
import { TABLE_LABELS } from "./describe-field";
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
  "report.import": "导入Excel",
  "catalog.addLocal": "添加科目（待管理员确认）",
};

/** The parts of a report an audit entry can be about, by the prefix of its field. */
export const AUDIT_PART_LABELS: Record<string, string> = { ...TABLE_LABELS, projects: "绩效自评" };

export interface AuditQuery extends PageQuery {
  /** One of AUDIT_ACTION_LABELS' keys, or "" for all. */
  action: string;
  /** One of AUDIT_PART_LABELS' keys, or "" for all. */
  part: string;
  /** Text in the field (e.g. a subject code) or in the old or new value. */
  q: string;
}

/** The audit page's query string, parsed: unknown filters are ignored, bad numbers give page 1. */
export function auditQueryOf(params: Record<string, unknown>): AuditQuery {
  const action = zParam(40).parse(params.action);
  const part = zParam(40).parse(params.part);
  return {
    ...pageQueryOf(params),
    action: action in AUDIT_ACTION_LABELS ? action : "",
    part: part in AUDIT_PART_LABELS ? part : "",
    q: zParam(100).parse(params.q),
  };
}

/** An entry about a part: its field is the part's name, or starts with it followed by [ or . */
function aboutPart(part: string): SQL {
  const escaped = part.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`(${auditLog.field} = ${part} OR ${auditLog.field} LIKE ${`${escaped}[%`} ESCAPE '\\' OR ${auditLog.field} LIKE ${`${escaped}.%`} ESCAPE '\\')`;
}

/**
 * One page of a report's changes and transitions, newest first, filtered in SQL. A report's log grows
 * with every save (a whole-grid save writes thousands of entries), so it is never read whole.
 */
export function listAudit(actor: Actor, reportId: number, query: AuditQuery = auditQueryOf({})): Paged<AuditRow> {
  getReport(actor, reportId, "report.audit");
  const db = getDb();
  const where = and(
    eq(auditLog.reportId, reportId),
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.part ? aboutPart(query.part) : undefined,
    query.q
      ? or(
          contains(auditLog.field, query.q),
          contains(auditLog.oldValue, query.q),
          contains(auditLog.newValue, query.q),
        )
      : undefined,
  );
  const { limit, offset } = limitOffset(query);
  const rows = db
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
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({ ...r, actorName: r.actorName ?? "系统" }));
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return paged(rows, total, query);
}
