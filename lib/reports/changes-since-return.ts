import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { getDb } from "../../db";
import { auditLog, users } from "../../db/schema";
import type { Actor } from "../access";
import { subjectNames } from "../catalog";
import { describeField } from "./describe-field";
import { getReport } from "./get-report";

export interface ChangeSinceReturn {
  label: string;
  oldValue: string;
  newValue: string;
  by: string;
  at: Date;
}

/**
 * What changed since the report was last returned (退回): for the supervisor who reviews it again.
 * Each field once, from its value at the return to its value now; a field changed and changed back
 * is left out. Null when the report was never returned.
 */
export function changesSinceReturn(actor: Actor, reportId: number): ChangeSinceReturn[] | null {
  const report = getReport(actor, reportId);
  if (!report.returnedAt) return null;
  const rows = getDb()
    .select({
      at: auditLog.at,
      field: auditLog.field,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
      by: users.displayName,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(eq(auditLog.reportId, reportId), eq(auditLog.action, "report.update"), gte(auditLog.at, report.returnedAt)),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  const byField = new Map<string, { first: string | null; last: string | null; by: string; at: Date }>();
  for (const r of rows) {
    const seen = byField.get(r.field);
    byField.set(r.field, { first: seen ? seen.first : r.oldValue, last: r.newValue, by: r.by ?? "系统", at: r.at });
  }
  const names = subjectNames(report.year);
  return [...byField.entries()]
    .filter(([, c]) => (c.first ?? "") !== (c.last ?? ""))
    .map(([field, c]) => ({
      label: describeField(field, (code) => names.get(code)),
      oldValue: c.first ?? "",
      newValue: c.last ?? "",
      by: c.by,
      at: c.at,
    }));
}
