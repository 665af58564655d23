import "server-only";
import { openDatabase, type Db } from "./connection";

/**
 * The app's one database connection per process (kept on globalThis so that hot reload in
 * development does not open a second one). Opening it applies pending migrations.
 */
const globalForDb = globalThis as unknown as { __juesuanDb?: Db };

export function getDb(): Db {
  globalForDb.__juesuanDb ??= openDatabase();
  return globalForDb.__juesuanDb;
}

export type { Db };
