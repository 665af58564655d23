/**
 * Backup and restore of the SQLite database with SQLite's online backup API (better-sqlite3's
 * `backup`), not by copying files: the copy is a consistent snapshot even while the app is serving and
 * writing (in WAL mode the backup reads one snapshot; writers go on), and a restore goes through
 * SQLite's locks, so a connection that has the database open sees the restored content.
 * `npm run backup` / `npm run restore` (scripts/backup.ts, scripts/restore.ts); docs/security.md.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** The tables a database of this app has: a file without them is not a backup of it. */
const REQUIRED_TABLES = ["reports", "users", "audit_log", "__drizzle_migrations"];

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

/** What is wrong with a database file as a backup of this app, or null when it is sound. */
export function checkBackupFile(file: string): string | null {
  if (!fs.existsSync(file)) return `文件不存在：${file}`;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return `文件已损坏（integrity_check：${String(integrity)}）`;
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((r) => (r as { name: string }).name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) return `不是本系统的数据库（缺少表：${missing.join("、")}）`;
    return null;
  } catch (error) {
    return `不是有效的 SQLite 数据库：${(error as Error).message}`;
  } finally {
    db?.close();
  }
}

/** Copies the database at `source` into `destination` (a new file), safe while the app is writing. */
export async function backupDatabase(source: string, destination: string): Promise<{ file: string; bytes: number }> {
  if (fs.existsSync(destination)) throw new Error(`备份文件已存在：${destination}`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(destination);
  } finally {
    db.close();
  }
  const problem = checkBackupFile(destination);
  if (problem) throw new Error(`备份未通过校验：${problem}`);
  return { file: destination, bytes: fs.statSync(destination).size };
}

/** Where `npm run backup` puts a backup by default: `<database dir>/backups/<name>-<time>.db`. */
export function defaultBackupPath(database: string, date = new Date()): string {
  const dir = path.join(path.dirname(path.resolve(database)), "backups");
  return path.join(dir, `${path.basename(database, path.extname(database))}-${stamp(date)}.db`);
}

/**
 * Replaces the content of `target` with the backup `file`, after checking the backup and keeping the
 * current content as `<target>.before-restore-<time>.db`. Returns that safety copy's path.
 */
export async function restoreDatabase(file: string, target: string): Promise<{ safetyCopy: string | null }> {
  const problem = checkBackupFile(file);
  if (problem) throw new Error(`不能恢复：${problem}`);
  let safetyCopy: string | null = null;
  if (fs.existsSync(target)) {
    safetyCopy = `${target}.before-restore-${stamp()}.db`;
    await backupDatabase(target, safetyCopy);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  }
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const after = checkBackupFile(target);
  if (after) throw new Error(`恢复后校验失败：${after}（原数据库已另存为 ${safetyCopy}）`);
  return { safetyCopy };
}
