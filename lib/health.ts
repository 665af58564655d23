import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../db";

/** A real round trip to the database, for /api/health. Throws when the database does not answer. */
export function checkDatabase(): void {
  const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
  if (row?.ok !== 1) throw new Error("unexpected answer from the database");
}
