/**
 * Opening the SQLite database: one connection per process, with the pragmas every connection
 * needs, and the committed migrations applied. The app uses the singleton in `db/index.ts`;
 * scripts and tests call `openDatabase` with their own path.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "./data/app.db";

/** Where the migrations live; resolved from the project root (the working directory of every command). */
const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers go on while one writer writes; FULL makes a committed transaction survive a
  // power cut (see docs/decisions/001-sqlite.md).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // 64 MiB of pages kept in memory instead of SQLite's default 2 MiB: at a city's 5,000 reports the
  // lists' indexes and the departments no longer fit in 2 MiB, and every page read again from the
  // file cost a system call (the reports list took 9–16 ms of SQL instead of 1–4 ms).
  sqlite.pragma("cache_size = -65536");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db as Db;
}
