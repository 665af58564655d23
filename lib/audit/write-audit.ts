import type { Db } from "../../db/connection";
import { auditLog } from "../../db/schema";

export interface AuditEntry {
  actorId: number | null;
  reportId?: number | null;
  action: string;
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
}

type Tx = Pick<Db, "insert">;

/**
 * Rows per INSERT. Each row binds 7 variables and SQLite refuses a statement with more than 32,766, so
 * one INSERT for a whole grid's changes (34 columns × 2,000 lines) would fail; 500 rows bind 3,500.
 */
const AUDIT_CHUNK_ROWS = 500;

/** Appends audit entries; call it inside the transaction that makes the change. */
export function writeAudit(tx: Tx, entries: AuditEntry | AuditEntry[], at: Date = new Date()): void {
  const list = Array.isArray(entries) ? entries : [entries];
  for (let start = 0; start < list.length; start += AUDIT_CHUNK_ROWS) {
    tx.insert(auditLog)
      .values(
        list.slice(start, start + AUDIT_CHUNK_ROWS).map((e) => ({
          at,
          actorId: e.actorId,
          reportId: e.reportId ?? null,
          action: e.action,
          field: e.field ?? "",
          oldValue: e.oldValue ?? null,
          newValue: e.newValue ?? null,
        })),
      )
      .run();
  }
}
