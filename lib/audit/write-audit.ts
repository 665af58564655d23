import type { Db } from "../../db/connection";
import { insertRows } from "../../db/insert-rows";
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

/** Appends audit entries; call it inside the transaction that makes the change. */
export function writeAudit(tx: Tx, entries: AuditEntry | AuditEntry[], at: Date = new Date()): void {
  const list = Array.isArray(entries) ? entries : [entries];
  // As few INSERTs as SQLite's variable limit allows (a whole grid's changes can be thousands of rows).
  insertRows(
    tx,
    auditLog,
    list.map((e) => ({
      at,
      actorId: e.actorId,
      reportId: e.reportId ?? null,
      action: e.action,
      field: e.field ?? "",
      oldValue: e.oldValue ?? null,
      newValue: e.newValue ?? null,
    })),
  );
}
