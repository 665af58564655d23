import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openDatabase, type Db } from "../../db/connection";
import { prepareDatabase } from "../../db/setup";

/**
 * A fresh SQLite file for one test file: migrated, catalogs loaded, demo seeded (unless asked
 * not to). DATABASE_PATH points at it, so the app's `getDb()` opens the same file. Removed after
 * the file's tests.
 */
export async function useTempDatabase(options: { demo?: boolean } = {}): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-test-"));
  const file = path.join(dir, "test.db");
  process.env.DATABASE_PATH = file;
  const db = openDatabase(file);
  await prepareDatabase(db, { demo: options.demo ?? true });
  afterAll(() => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}
