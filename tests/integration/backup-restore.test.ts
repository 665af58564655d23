/**
 * `npm run backup` and `npm run restore` (db/backup.ts): a backup taken while another process writes
 * continuously is a consistent, intact snapshot; a restore brings exactly it back, keeps the replaced
 * database aside, is seen by a connection that had the database open, and refuses what is not a backup.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, checkBackupFile, restoreDatabase } from "../../db/backup";
import { openDatabase } from "../../db/connection";
import { prepareDatabase } from "../../db/setup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-backup-"));
const live = path.join(dir, "app.db");
const commentsIn = (file: string) =>
  (new Database(file, { readonly: true }).prepare("SELECT count(*) AS n FROM comments").get() as { n: number }).n;

beforeAll(async () => {
  const db = openDatabase(live);
  await prepareDatabase(db, { demo: true });
  db.$client.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Another process that adds a comment every few milliseconds until killed; prints each id committed. */
function writer() {
  const code = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(live)});
    db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
    const insert = db.prepare("INSERT INTO comments (report_id, author_id, body) VALUES (1, 1, ?) RETURNING id");
    setInterval(() => { for (let i = 0; i < 20; i++) process.stdout.write(insert.get("写入中" + Date.now()).id + "\\n"); }, 2);
  `;
  return spawn(process.execPath, ["-e", code], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
}

describe("backup", () => {
  it("taken while another process writes, is intact and a consistent snapshot", async () => {
    const child = writer();
    await new Promise((r) => child.stdout.once("data", r)); // it is writing
    const backups = [];
    for (let i = 0; i < 5; i++) {
      backups.push(await backupDatabase(live, path.join(dir, `busy-${i}.db`)));
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const counts = backups.map((b) => commentsIn(b.file));
    for (const b of backups) {
      expect(checkBackupFile(b.file)).toBeNull();
      // Consistent: the comments it holds are exactly the first n written (no gap, nothing half-written).
      const ids = new Database(b.file, { readonly: true }).prepare("SELECT id FROM comments ORDER BY id").all() as {
        id: number;
      }[];
      expect(ids.map((r) => r.id)).toEqual(ids.map((_, i) => ids[0]!.id + i));
    }
    expect(counts[counts.length - 1]).toBeGreaterThan(counts[0]!); // the writer went on meanwhile
    expect(counts[counts.length - 1]).toBeLessThanOrEqual(commentsIn(live));
  });
});

describe("restore", () => {
  it("brings the backup back exactly, keeps the replaced database, and an open connection sees it", async () => {
    const backup = await backupDatabase(live, path.join(dir, "before-more.db"));
    const atBackup = commentsIn(backup.file);
    const server = new Database(live); // as the app would hold it
    server.pragma("journal_mode = WAL");
    server.prepare("INSERT INTO comments (report_id, author_id, body) VALUES (1, 1, '备份之后')").run();
    expect(commentsIn(live)).toBe(atBackup + 1);

    const { safetyCopy } = await restoreDatabase(backup.file, live);
    expect(server.prepare("SELECT count(*) AS n FROM comments").get()).toEqual({ n: atBackup });
    expect(commentsIn(safetyCopy!)).toBe(atBackup + 1);
    expect(server.pragma("integrity_check", { simple: true })).toBe("ok");
    server.close();
  });

  it("refuses a file that is not a backup of this app, and changes nothing", async () => {
    const before = commentsIn(live);
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "not a database at all");
    await expect(restoreDatabase(junk, live)).rejects.toThrow(/不能恢复/);
    const foreign = path.join(dir, "foreign.db");
    new Database(foreign).exec("CREATE TABLE x (y)");
    await expect(restoreDatabase(foreign, live)).rejects.toThrow(/不是本系统的数据库/);
    await expect(restoreDatabase(path.join(dir, "missing.db"), live)).rejects.toThrow(/文件不存在/);
    expect(commentsIn(live)).toBe(before);
  });

  it("works from the command line: npm run backup, then npm run restore <file>", () => {
    const env = { ...process.env, DATABASE_PATH: live };
    const file = path.join(dir, "cli.db");
    const backup = spawnSync("npx", ["tsx", "scripts/backup.ts", file], { env, encoding: "utf8" });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/已备份.*校验通过/);
    const restore = spawnSync("npx", ["tsx", "scripts/restore.ts", file], { env, encoding: "utf8" });
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/已从.*恢复.*校验通过/);
  });
});
