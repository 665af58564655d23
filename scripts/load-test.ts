/**
 * `npm run test:load`: autocannon against the built app (`next start` on loopback, a database of its
 * own): 50 connections for 60 s, each alternating a preview page and a save of the 功能分类 grid by one
 * of several clerks (each save through the real server action, with the version it last saw). Passes
 * when no request failed — no socket error, timeout, non-2xx answer or refused save — and every save
 * the server acknowledged is in the database afterwards: each report's final version is its last
 * acknowledged one, and the audit log holds every acknowledged value.
 *
 *   npm run test:load                         60 s, 50 connections (needs `next build` first)
 *   npm run test:load -- --duration 10        the short version `npm test` runs (tests/reliability)
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { demoContent } from "../db/seed/demo-2020";
import type { FUNCTION_MONEY_FIELDS } from "../lib/disclosure/report-data";
import { formatYuan } from "../lib/money";
import { lineToInput } from "../lib/reports/sections/function-lines";
import { moneyText } from "../lib/reports/sections/money-text";
import { actionBody, actionHeaders, actionIds, actionResult, callAction, login } from "./reliability/http";
import { ensureBuild, startServer, tempDir } from "./reliability/server";
import { prepareReliabilityDatabase, WORLD_PASSWORD } from "./reliability/world";

export interface LoadResult {
  durationSeconds: number;
  connections: number;
  requests: number;
  previews: number;
  /** Saves the server acknowledged ({ ok: true } with the new version). */
  savesAcknowledged: number;
  /** Socket errors, timeouts, non-2xx answers and refused saves. */
  errors: number;
  errorSamples: string[];
  /** Acknowledged saves missing from the database afterwards (must be 0). */
  savesMissing: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requestsPerSecond: number;
}

/** The amount the load changes: 其他收入 of the first line, a new value per save. */
const FIELD = "incomeOther" satisfies (typeof FUNCTION_MONEY_FIELDS)[number];

/** The version of a report's 功能分类 section as stored (0 before its first save). */
function functionLinesVersion(database: string | Database.Database, reportId: number): number {
  const db = typeof database === "string" ? new Database(database, { readonly: true }) : database;
  try {
    const row = db
      .prepare("SELECT version FROM section_saves WHERE report_id = ? AND section = 'functionLines'")
      .get(reportId) as { version: number } | undefined;
    return row?.version ?? 0;
  } finally {
    if (db !== database) db.close();
  }
}

export async function runLoadTest(
  options: { durationSeconds?: number; connections?: number; clerks?: number } = {},
): Promise<LoadResult> {
  const durationSeconds = options.durationSeconds ?? 60;
  const connections = options.connections ?? 50;
  const clerkCount = options.clerks ?? 5;
  const dir = tempDir("load");
  const database = path.join(dir, "load.db");
  // One report per connection, so two connections never save the same report at once.
  const world = await prepareReliabilityDatabase(database, {
    clerks: clerkCount,
    reportsPerClerk: Math.ceil(connections / clerkCount),
  });
  const server = await startServer({ database });
  try {
    const cookies = new Map<number, string>();
    for (const clerk of world.clerks) {
      const { cookie } = await login(server.url, clerk.username, WORLD_PASSWORD);
      if (!cookie) throw new Error(`${clerk.username} could not sign in`);
      for (const id of clerk.reports) cookies.set(id, cookie);
    }
    const saveId = actionIds()["saveFunctionLinesAction"];
    if (!saveId) throw new Error("saveFunctionLinesAction is not in the build (run next build)");

    const content = demoContent();
    const form = {
      lines: content.functionLines.map(lineToInput),
      institutionFundUsed: moneyText(content.summary.institutionFundUsed),
      surplusDistribution: moneyText(content.summary.surplusDistribution),
      priorYearGrandTotal: moneyText(content.summary.priorYearGrandTotal),
      priorYearFiscalGrandTotal: moneyText(content.summary.priorYearFiscalGrandTotal),
    };
    const firstCode = form.lines[0]!.subjectCode;

    // Reports free to save, with the version of their 功能分类 section each was last acknowledged at
    // (the lock is per section); a save leases one.
    const free = [...cookies.keys()].map((id) => ({ id, version: functionLinesVersion(database, id) }));
    // A running server is warm: one preview and one save first, so the run does not measure the first
    // compilation of each page.
    const warm = free[0]!;
    await (
      await fetch(`${server.url}/reports/${warm.id}/preview`, { headers: { cookie: cookies.get(warm.id)! } })
    ).text();
    const first = await callAction(
      server.url,
      `/reports/${warm.id}/function-lines`,
      saveId,
      [{ reportId: warm.id, version: warm.version, ...form }],
      cookies.get(warm.id)!,
    );
    const warmed = first.result as { ok: boolean; data?: { version: number }; error?: string } | undefined;
    if (!warmed?.ok || !warmed.data) throw new Error(`the first save was refused: ${warmed?.error ?? first.status}`);
    warm.version = warmed.data.version;
    const acknowledged = new Map<number, { version: number; values: string[] }>();
    let counter = 0;
    let previews = 0;
    let savesAcknowledged = 0;
    let refused = 0;
    const errorSamples: string[] = [];
    const note = (message: string) => {
      refused += 1;
      if (errorSamples.length < 5) errorSamples.push(message);
    };
    const reportIds = [...cookies.keys()];

    type Context = { report?: { id: number; version: number }; value?: number };
    const result = await autocannon({
      url: server.url,
      connections,
      duration: durationSeconds,
      timeout: 30,
      requests: [
        {
          method: "GET",
          setupRequest: (request: autocannon.Request) => {
            const id = reportIds[counter++ % reportIds.length]!;
            return { ...request, path: `/reports/${id}/preview`, headers: { cookie: cookies.get(id)! } };
          },
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.includes("部门决算")) previews += 1;
            else note(`preview answered ${status}`);
          },
        },
        {
          method: "POST",
          setupRequest: (request: autocannon.Request, context: Context) => {
            const report = free.shift();
            if (!report) throw new Error("no free report: more saves in flight than reports");
            const value = ++counter;
            context.report = report;
            context.value = value;
            const lines = form.lines.map((l, i) => (i === 0 ? { ...l, [FIELD]: `${value}.00` } : l));
            return {
              ...request,
              path: `/reports/${report.id}/function-lines`,
              headers: actionHeaders(saveId, cookies.get(report.id)!),
              body: actionBody([{ reportId: report.id, version: report.version, ...form, lines }]),
            };
          },
          onResponse: (status: number, body: string, context: Context) => {
            const report = context.report!;
            const answer = actionResult(body) as
              { ok: boolean; data?: { version: number }; error?: string } | undefined;
            if (status === 200 && answer?.ok && answer.data) {
              savesAcknowledged += 1;
              report.version = answer.data.version;
              const entry = acknowledged.get(report.id) ?? { version: 0, values: [] };
              entry.version = report.version;
              entry.values.push(formatYuan(context.value! * 100));
              acknowledged.set(report.id, entry);
            } else note(`save of report ${report.id} answered ${status}: ${answer?.error ?? body.slice(0, 120)}`);
            free.push(report);
          },
        },
      ],
    } as autocannon.Options);

    // Every acknowledged save is there: the version (or a later one — a save may have been in flight
    // when the run ended, done but never acknowledged), and each value in the audit log.
    await new Promise((r) => setTimeout(r, 2000));
    const db = new Database(database, { readonly: true });
    let savesMissing = 0;
    const field = `function_lines[${firstCode}].${FIELD}`;
    for (const [id, { version, values }] of acknowledged) {
      if (functionLinesVersion(db, id) < version) savesMissing += 1;
      const audited = new Set(
        (
          db.prepare("SELECT new_value FROM audit_log WHERE report_id = ? AND field = ?").all(id, field) as {
            new_value: string;
          }[]
        ).map((r) => r.new_value),
      );
      savesMissing += values.filter((v) => !audited.has(v)).length;
    }
    db.close();

    const errors = result.errors + result.timeouts + result.non2xx + refused;
    if (result.errors + result.timeouts > 0 && errorSamples.length < 5)
      errorSamples.push(`${result.errors} socket errors, ${result.timeouts} timeouts`);
    return {
      durationSeconds,
      connections,
      requests: result.requests.total,
      previews,
      savesAcknowledged,
      errors,
      errorSamples,
      savesMissing,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      requestsPerSecond: result.requests.average,
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const durationSeconds = Number(argument("duration") ?? 60);
  const connections = Number(argument("connections") ?? 50);
  ensureBuild();
  console.log(`负载测试：${connections} 个连接，${durationSeconds} 秒，预览与保存交替……`);
  runLoadTest({ durationSeconds, connections })
    .then((r) => {
      console.log(JSON.stringify(r, null, 2));
      const ok = r.errors === 0 && r.savesMissing === 0 && r.savesAcknowledged > 0;
      console.log(
        ok
          ? `✔ ${r.requests} 个请求、${r.savesAcknowledged} 次保存全部成功，保存全部在库。`
          : `✖ ${r.errors} 个错误，${r.savesMissing} 次已确认的保存不在库中。`,
      );
      process.exit(ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
