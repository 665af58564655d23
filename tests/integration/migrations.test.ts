/**
 * An installation upgrades in place: a database migrated by an earlier release must receive every
 * later migration. Drizzle applies a migration only when its journal time (`when`) is later than that
 * of the last one the database recorded, so a migration dated before its predecessor is skipped
 * silently on every existing database (and applied on fresh ones, where no test would notice).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";

const FOLDER = path.resolve("db/migrations");
type Journal = { entries: { idx: number; tag: string; when: number }[] };
const journal = JSON.parse(fs.readFileSync(path.join(FOLDER, "meta/_journal.json"), "utf8")) as Journal;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-migrations-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder as an earlier release had it: the first `count` migrations. */
function release(count: number): string {
  const folder = path.join(dir, `release-${count}`);
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const e of entries) fs.copyFileSync(path.join(FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  fs.writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  return folder;
}

function migrated(file: string, folder: string) {
  const sqlite = new Database(file);
  sqlite.pragma("foreign_keys = ON");
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

const objects = (sqlite: Database.Database) =>
  (
    sqlite.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
      type: string;
      name: string;
    }[]
  ).map((o) => `${o.type} ${o.name}`);

describe("migrations", () => {
  it("are dated in the order they run", () => {
    const dates = journal.entries.map((e) => e.when);
    for (let i = 1; i < dates.length; i++)
      expect(dates[i], `${journal.entries[i]!.tag} is dated before ${journal.entries[i - 1]!.tag}`).toBeGreaterThan(
        dates[i - 1]!,
      );
  });

  it("bring a database of every earlier release to the same schema as a fresh one", () => {
    const fresh = migrated(path.join(dir, "fresh.db"), FOLDER);
    const expected = objects(fresh);
    fresh.close();
    for (let count = 1; count < journal.entries.length; count++) {
      const file = path.join(dir, `upgraded-${count}.db`);
      migrated(file, release(count)).close();
      const upgraded = migrated(file, FOLDER);
      const applied = (upgraded.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
      expect(applied, `from the release with ${count} migrations`).toBe(journal.entries.length);
      expect(objects(upgraded), `from the release with ${count} migrations`).toEqual(expected);
      upgraded.close();
    }
  });
});
