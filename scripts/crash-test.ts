/**
 * `npm run test:crash`: a writer saving continuously through the app's data layer
 * (scripts/reliability/crash-writer.ts) is killed with SIGKILL at a random moment, 20 times. After each
 * kill the database must pass `PRAGMA integrity_check`, and every save the writer saw committed must be
 * there: its value in the audit log, its 功能分类 section at least at its version (one more when a save
 * committed just before the kill, unacknowledged — that is allowed, losing one is not).
 *
 *   npm run test:crash                  20 kills
 *   npm run test:crash -- --kills 5     the short version `npm test` runs (tests/reliability)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { formatYuan } from "../lib/money";
import { tempDir } from "./reliability/server";
import { prepareReliabilityDatabase } from "./reliability/world";

export interface CrashResult {
  kills: number;
  /** Saves the writers reported committed, over all runs. */
  acknowledged: number;
  /** Of those, missing from the database after a kill (must be 0). */
  missing: number;
  /** Runs after which integrity_check was not "ok" (must be 0). */
  integrityFailures: number;
  /** Saves committed but killed before they were reported (allowed). */
  committedUnacknowledged: number;
  integrity: string[];
}

interface Ack {
  version: number;
  value: number;
}

/** Runs the writer until it has acknowledged a save, then kills it after a random 0–400 ms. */
function runAndKill(database: string, reportId: number, username: string, first: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "scripts/reliability/crash-writer.ts",
        String(reportId),
        username,
        String(first),
      ],
      { env: { ...process.env, DATABASE_PATH: database }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    let armed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (!armed && out.includes("\n")) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * 400));
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", (_code, signal) => {
      clearTimeout(guard);
      if (signal !== "SIGKILL") return reject(new Error(`the writer stopped by itself:\n${err}`));
      // Only whole lines count: a line cut by the kill was not yet reported.
      const acks = out
        .split("\n")
        .slice(0, -1)
        .map((line) => /^ACK (\d+) (\d+)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ version: Number(m[1]), value: Number(m[2]) }));
      resolve(acks);
    });
  });
}

export async function runCrashTest(options: { kills?: number } = {}): Promise<CrashResult> {
  const kills = options.kills ?? 20;
  const dir = tempDir("crash");
  const database = path.join(dir, "crash.db");
  const world = await prepareReliabilityDatabase(database, { clerks: 1, reportsPerClerk: 1 });
  const [{ username, reports }] = world.clerks as [(typeof world.clerks)[number]];
  const reportId = reports[0]!;
  const result: CrashResult = {
    kills: 0,
    acknowledged: 0,
    missing: 0,
    integrityFailures: 0,
    committedUnacknowledged: 0,
    integrity: [],
  };
  const allAcked: Ack[] = [];
  let next = 1;
  try {
    for (let k = 0; k < kills; k++) {
      const acks = await runAndKill(database, reportId, username, next);
      result.kills += 1;
      allAcked.push(...acks);
      next = (acks[acks.length - 1]?.value ?? next) + 1_000; // the next run's values never repeat this one's
      // What a restarted app would find: a fresh connection, recovering the WAL.
      const db = new Database(database);
      const integrity = String(db.pragma("integrity_check", { simple: true }));
      result.integrity.push(integrity);
      if (integrity !== "ok") result.integrityFailures += 1;
      // The writer saves the 功能分类 section: its version is the one the acknowledgements name.
      const version =
        (
          db
            .prepare("SELECT version FROM section_saves WHERE report_id = ? AND section = 'functionLines'")
            .get(reportId) as { version: number } | undefined
        )?.version ?? 0;
      const audited = new Set(
        (
          db
            .prepare(
              "SELECT new_value FROM audit_log WHERE report_id = ? AND field LIKE 'function_lines[%].incomeOther'",
            )
            .all(reportId) as { new_value: string }[]
        ).map((r) => r.new_value),
      );
      db.close();
      const lastAcked = allAcked[allAcked.length - 1]?.version ?? 0;
      if (version < lastAcked) result.missing += lastAcked - version;
      result.committedUnacknowledged += Math.max(0, version - lastAcked);
      // Continue from what is stored: an unacknowledged commit is real.
      if (version > lastAcked) allAcked.push({ version, value: -1 });
      result.missing += acks.filter((a) => !audited.has(formatYuan(a.value * 100))).length;
    }
    result.acknowledged = allAcked.filter((a) => a.value >= 0).length;
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const i = process.argv.indexOf("--kills");
  const kills = i >= 0 ? Number(process.argv[i + 1]) : 20;
  console.log(`崩溃测试：连续保存的写入进程将被 SIGKILL ${kills} 次……`);
  runCrashTest({ kills })
    .then((r) => {
      const { integrity, ...summary } = r;
      console.log(JSON.stringify({ ...summary, integrity: [...new Set(integrity)] }, null, 2));
      const ok = r.missing === 0 && r.integrityFailures === 0 && r.acknowledged > 0;
      console.log(
        ok
          ? `✔ ${r.kills} 次强制终止后数据库完好（integrity_check ok），${r.acknowledged} 次已确认的保存全部在库。`
          : `✖ ${r.missing} 次已确认的保存丢失，${r.integrityFailures} 次完整性检查失败。`,
      );
      process.exit(ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
