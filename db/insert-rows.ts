import { getTableColumns } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./connection";

type Tx = Pick<Db, "insert">;

/** SQLite refuses a statement binding more than 32,766 variables; stay well below. */
const MAX_VARIABLES = 30_000;

/**
 * Inserts rows with as few statements as SQLite allows: one INSERT per chunk of rows, each chunk
 * binding at most MAX_VARIABLES (a row binds one variable per column). A row at a time re-prepared
 * the statement for every row — for a 100-line grid most of a save's time.
 */
export function insertRows<T extends SQLiteTable>(tx: Tx, table: T, rows: T["$inferInsert"][]): void {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / Object.keys(getTableColumns(table)).length));
  for (let i = 0; i < rows.length; i += perStatement)
    tx.insert(table)
      .values(rows.slice(i, i + perStatement))
      .run();
}
