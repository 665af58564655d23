/**
 * `npm run bench`: the app at city scale. Builds the app when the build is missing or older than the
 * sources, makes (or reuses) the scale database — 1,000 departments × 5 years, stored under
 * bench/cache/ keyed by the generator's version — and runs `next start` on loopback on a copy of it.
 * Then, in one run on the same server: the baselines (/api/health, /login), the preview and the
 * 功能分类 page of an average report, the public page and list, the admin lists (first page and a
 * search), each with autocannon at 16 connections; a 100-row grid save, XLSX and PDF exports timed one
 * request at a time, 4 PDFs at once, and a published PDF after its first render. Prints req/s and
 * p50/p95/p99 with each case's ratio to /login, the first-load JS (gzip) of each page, the database size,
 * and writes bench/results.json.
 *
 *   npm run bench                                   the full run (~5 min once the database is cached)
 *   npm run bench -- --departments 100 --duration 3 a quick look
 *
 * `runBench({ smoke: true })` is the short version `npm test` runs (tests/reliability/bench-smoke.test.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { eq } from "drizzle-orm";
import { openDatabase } from "../../db/connection";
import * as t from "../../db/schema";
import { DEMO_PASSWORD } from "../../db/seed/demo-2020";
import { lineToInput } from "../../lib/reports/sections/function-lines";
import { moneyText } from "../../lib/reports/sections/money-text";
import type { FunctionLine } from "../../lib/disclosure/report-data";
import { actionIds, callAction, login } from "../reliability/http";
import { appDir, ensureBuild, startServer, tempDir } from "../reliability/server";
import { load, timed, type CaseResult, type LoadCase, type TimedResult } from "./measure";
import { pageViews, type PageViewResult } from "./page-views";
import {
  createScaleDatabase,
  readScaleWorld,
  SCALE_PASSWORD,
  SCALE_WORLD_VERSION,
  type ScaleWorld,
} from "./scale-world";

/** The issue's targets (issue 15), on a 2-core machine. */
export const TARGETS = {
  /** Preview of an average report: req/s ÷ /login's. */
  previewRatio: 0.5,
  previewP95Ms: 100,
  /** The public page: req/s ÷ /login's. */
  publicPageRatio: 0.9,
  listP95Ms: 100,
  gridSaveP50Ms: 100,
  xlsxMs: 500,
  reportPdfMs: 3000,
  publishedPdfMs: 50,
  firstLoadJsKb: 250,
};

export interface BenchOptions {
  departments?: number;
  /** Seconds per autocannon case. */
  duration?: number;
  connections?: number;
  /** The CI version: a small database, the baselines, the preview and the public page only. */
  smoke?: boolean;
  /** Build when the build is older than the sources (the default), or only when there is none. */
  build?: "if-stale" | "if-missing";
  log?: (line: string) => void;
}

export interface BenchResult {
  at: string;
  commit: string;
  machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  world: Omit<ScaleWorld, "otherDrafts" | "regions">;
  databaseMb: number;
  generateSeconds: number | null;
  cases: CaseResult[];
  timed: TimedResult[];
  /** What one view in a browser costs the server, the page and all it makes the browser ask for. */
  pageViews: PageViewResult[];
  firstLoadJsKb: Record<string, number>;
  totalSeconds: number;
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Builds the app when there is no build, or a source file changed after it was made. */
function ensureFreshBuild(log: (line: string) => void) {
  const dir = appDir();
  const buildId = path.join(dir, ".next/BUILD_ID");
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(path.join(dir, s))));
  if (built > changed) return;
  log(built ? "源代码在上次构建后有改动，重新构建（next build）……" : "没有构建结果，先构建（next build）……");
  execFileSync("npx", ["next", "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** The cached scale database of `departments`, made when missing or of another generator version. */
async function scaleDatabase(departments: number, log: (line: string) => void) {
  const dir = path.join(appDir(), "bench/cache");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `scale-v${SCALE_WORLD_VERSION}-${departments}.db`);
  const stored = readScaleWorld(file);
  if (stored) return { file, world: stored, generateSeconds: null };
  // Older versions of the database are of no more use.
  for (const name of fs.readdirSync(dir))
    if (name.startsWith("scale-v") && !name.startsWith(`scale-v${SCALE_WORLD_VERSION}-`))
      fs.rmSync(path.join(dir, name), { force: true });
  log(`生成规模数据库：${departments} 个部门 × 5 年……`);
  const started = Date.now();
  const world = await createScaleDatabase(file, { departments, log });
  return { file, world, generateSeconds: Math.round((Date.now() - started) / 100) / 10 };
}

/** Gzip bytes of the JavaScript a page loads first (its <script src> chunks), in kB. */
function firstLoadJsKb(html: string): number {
  const chunks = new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"?]+\.js)[^"]*"/g)].map((m) => m[1]!));
  let bytes = 0;
  for (const chunk of chunks) {
    const file = path.join(appDir(), ".next", chunk.replace(/^\/_next\//, ""));
    if (fs.existsSync(file)) bytes += zlib.gzipSync(fs.readFileSync(file)).length;
  }
  return Math.round(bytes / 102.4) / 10;
}

const gitCommit = () => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: appDir(), encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

async function signIn(base: string, username: string, password: string): Promise<string> {
  const { cookie, code } = await login(base, username, password);
  if (!cookie) throw new Error(`${username} could not sign in (${code})`);
  return cookie;
}

/** GETs a page and checks it is the page (status and a text it must contain), returning its HTML. */
async function page(base: string, p: string, cookie: string | null, mustContain: string): Promise<string> {
  const response = await fetch(base + p, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(mustContain))
    throw new Error(`${p} answered ${response.status} without 「${mustContain}」: ${html.slice(0, 200)}`);
  return html;
}

async function download(base: string, p: string, cookie: string | null, type: string): Promise<boolean> {
  const response = await fetch(base + p, { headers: cookie ? { cookie } : {} });
  const body = await response.arrayBuffer();
  return response.status === 200 && (response.headers.get("content-type") ?? "").includes(type) && body.byteLength > 0;
}

export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const smoke = options.smoke ?? false;
  const departments = options.departments ?? (smoke ? 20 : 1000);
  const duration = options.duration ?? (smoke ? 4 : 8);
  const connections = options.connections ?? 16;
  const startedAt = Date.now();

  if ((options.build ?? "if-stale") === "if-stale") ensureFreshBuild(log);
  else ensureBuild();
  const { file, world, generateSeconds } = await scaleDatabase(departments, log);
  // A copy for this run: the saves change it, and the exports directory beside it starts empty.
  const dir = tempDir("bench");
  const database = path.join(dir, "scale.db");
  fs.copyFileSync(file, database, fs.constants.COPYFILE_FICLONE);
  const databaseMb = Math.round(fs.statSync(database).size / 2 ** 20);
  const loadAverageBefore = os.loadavg().map((n) => Math.round(n * 100) / 100);
  log(`数据库 ${databaseMb} MB：${world.reports} 份报告（已公开 ${world.publishedReports}），${world.users} 个用户`);

  const server = await startServer({ database, env: { PDF_RENDER_CONCURRENCY: "2" } });
  const base = server.url;
  try {
    const clerk = await signIn(base, world.average.clerk, SCALE_PASSWORD);
    const admin = await signIn(base, "admin", DEMO_PASSWORD);
    const avg = world.average.reportId;
    const pub = world.published;
    const publicPath = `/disclosures/${pub.departmentCode}/${pub.year}`;
    const pages: (LoadCase & { mustContain: string; cookie: string | null; smoke: boolean })[] = [
      { name: "/api/health", path: "/api/health", cookie: null, mustContain: "ok", smoke: true },
      { name: "/login", path: "/login", cookie: null, mustContain: "登录", smoke: true },
      {
        name: `预览（${world.average.lines} 行）`,
        path: `/reports/${avg}/preview`,
        cookie: clerk,
        mustContain: "部门决算",
        smoke: true,
      },
      {
        name: "功能分类页",
        path: `/reports/${avg}/function-lines`,
        cookie: clerk,
        mustContain: "功能分类",
        smoke: false,
      },
      { name: "公开页（已公开）", path: publicPath, cookie: null, mustContain: pub.departmentName, smoke: true },
      { name: "公开列表 第一页", path: "/disclosures", cookie: null, mustContain: "部门决算公开", smoke: false },
      {
        name: "公开列表 搜索",
        path: `/disclosures?q=${encodeURIComponent(pub.region)}&year=${pub.year}`,
        cookie: null,
        mustContain: pub.departmentName,
        smoke: false,
      },
      { name: "报告列表（管理员）第一页", path: "/reports", cookie: admin, mustContain: "报告", smoke: false },
      {
        name: "报告列表（管理员）搜索",
        path: `/reports?q=${encodeURIComponent(pub.departmentName)}`,
        cookie: admin,
        mustContain: pub.departmentName,
        smoke: false,
      },
      { name: "用户列表（管理员）", path: "/admin/users", cookie: admin, mustContain: "用户", smoke: false },
      { name: "部门列表（管理员）", path: "/admin/departments", cookie: admin, mustContain: "部门", smoke: false },
    ];
    const chosen = pages.filter((p) => !smoke || p.smoke);

    // Warm: each page answered correctly a few times (the first request of a route loads its code).
    const firstLoad: Record<string, number> = {};
    for (const p of chosen) {
      let html = "";
      for (let i = 0; i < 3; i++) html = await page(base, p.path, p.cookie, p.mustContain);
      if (p.path !== "/api/health") firstLoad[p.name] = firstLoadJsKb(html);
    }

    // Each case right after a short run of /login: its ratio is to that run, so a machine whose load
    // changes during the benchmark (another job on the same cores) moves both sides of the ratio.
    const cases: CaseResult[] = [];
    const loginCase = chosen.find((p) => p.path === "/login")!;
    for (const p of chosen) {
      const beside =
        p === loginCase || p.path === "/api/health"
          ? null
          : await load(base, loginCase, connections, Math.max(2, Math.round(duration / 2)));
      const result = await load(
        base,
        { ...p, headers: p.cookie ? { cookie: p.cookie } : undefined },
        connections,
        duration,
        server.nodeCpuMs,
      );
      if (beside) {
        result.loginBeside = beside.requestsPerSecond;
        result.ratioToLogin = Math.round((result.requestsPerSecond / beside.requestsPerSecond) * 1000) / 1000;
      }
      cases.push(result);
      log(
        `  ${p.name}: ${result.requestsPerSecond} 次/秒，p50 ${result.p50Ms} ms，p95 ${result.p95Ms} ms，CPU ${result.cpuMsPerRequest ?? "—"} ms/次${beside ? `（紧邻的 /login ${beside.requestsPerSecond} 次/秒）` : ""}`,
      );
    }
    const login = cases.find((c) => c.name === "/login")!;
    for (const c of cases) c.ratioToLogin ??= Math.round((c.requestsPerSecond / login.requestsPerSecond) * 1000) / 1000;
    if (login.cpuMsPerRequest)
      for (const c of cases)
        if (c.cpuMsPerRequest !== undefined)
          c.cpuRatioToLogin = Math.round((c.cpuMsPerRequest / login.cpuMsPerRequest) * 100) / 100;

    const views: PageViewResult[] = [];
    if (!smoke) {
      views.push(
        ...(await pageViews(
          base,
          [
            { name: "公开列表 第一页", path: "/disclosures", cookie: null },
            { name: "报告列表（管理员）第一页", path: "/reports", cookie: admin },
            { name: "报告概览", path: `/reports/${avg}`, cookie: clerk },
          ],
          server.nodeCpuMs,
        )),
      );
      for (const v of views)
        log(`  浏览一次 ${v.name}: ${v.requests} 个请求（预取 ${v.prefetches} 个），服务器 CPU ${v.cpuMs} ms`);
    }

    const timedResults: TimedResult[] = [];
    if (!smoke) timedResults.push(...(await timedCases(base, world, database, clerk, publicPath, log)));

    const result: BenchResult = {
      at: new Date().toISOString(),
      commit: gitCommit(),
      machine: {
        cpus: os.availableParallelism(),
        loadAverageBefore,
        loadAverageAfter: os.loadavg().map((n) => Math.round(n * 100) / 100),
      },
      world: {
        version: world.version,
        departments: world.departments,
        reports: world.reports,
        publishedReports: world.publishedReports,
        users: world.users,
        average: world.average,
        gridSave: world.gridSave,
        published: world.published,
      },
      databaseMb,
      generateSeconds,
      cases,
      timed: timedResults,
      pageViews: views,
      firstLoadJsKb: firstLoad,
      totalSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
    return result;
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The single-request cases: grid save, exports of drafts never exported before, 4 PDFs at once, a published PDF. */
async function timedCases(
  base: string,
  world: ScaleWorld,
  database: string,
  clerk: string,
  publicPath: string,
  log: (line: string) => void,
): Promise<TimedResult[]> {
  const out: TimedResult[] = [];
  const note = (r: TimedResult) => {
    out.push(r);
    log(`  ${r.name}: p50 ${r.p50Ms} ms，最长 ${r.maxMs} ms（${r.count} 次${r.errors ? `，${r.errors} 次出错` : ""}）`);
  };

  // The 100-row grid save, through the server action, each with the version the last one returned.
  const gridClerk = await signIn(base, world.gridSave.clerk, SCALE_PASSWORD);
  const saveId = actionIds()["saveFunctionLinesAction"];
  if (!saveId) throw new Error("saveFunctionLinesAction is not in the build");
  const db = openDatabase(database);
  const gridId = world.gridSave.reportId;
  const lines = db
    .select()
    .from(t.functionLines)
    .where(eq(t.functionLines.reportId, gridId))
    .orderBy(t.functionLines.sortOrder)
    .all() as unknown as FunctionLine[];
  const summary = db.select().from(t.reportSummaries).where(eq(t.reportSummaries.reportId, gridId)).get()!;
  db.$client.close();
  const form = {
    lines: lines.map(lineToInput),
    institutionFundUsed: moneyText(summary.institutionFundUsed),
    surplusDistribution: moneyText(summary.surplusDistribution),
    priorYearGrandTotal: moneyText(summary.priorYearGrandTotal),
    priorYearFiscalGrandTotal: moneyText(summary.priorYearFiscalGrandTotal),
  };
  let version = 0;
  const save = async (i: number) => {
    const changed = form.lines.map((l, j) => (j === 0 ? { ...l, incomeOther: `${i + 1}.00` } : l));
    const { result } = await callAction(
      base,
      `/reports/${gridId}/function-lines`,
      saveId,
      [{ reportId: gridId, version, ...form, lines: changed }],
      gridClerk,
    );
    const answer = result as { ok: boolean; data?: { version: number } } | undefined;
    if (!answer?.ok || !answer.data) return false;
    version = answer.data.version;
    return true;
  };
  await save(0); // the first save of the route loads its code
  note(await timed(`网格保存（${world.gridSave.lines} 行）`, 15, (i) => save(i + 1)));

  // Exports of drafts nobody exported before: each renders.
  const drafts = world.otherDrafts;
  const cookies = new Map<number, string>();
  const clerkOf = async (reportId: number) => {
    const username = readClerk(database, reportId);
    const cookie = cookies.get(reportId) ?? (await signIn(base, username, SCALE_PASSWORD));
    cookies.set(reportId, cookie);
    return cookie;
  };
  const xlsxType = "spreadsheetml";
  await download(base, `/reports/${world.average.reportId}/export/xlsx`, clerk, xlsxType); // warm the route
  const xlsxIds = drafts.slice(0, 5);
  for (const id of xlsxIds) await clerkOf(id);
  note(
    await timed("XLSX（未导出过的报告）", xlsxIds.length, async (i) =>
      download(base, `/reports/${xlsxIds[i]}/export/xlsx`, cookies.get(xlsxIds[i]!)!, xlsxType),
    ),
  );

  const pdfIds = drafts.slice(5, 8);
  for (const id of pdfIds) await clerkOf(id);
  await download(base, `/reports/${world.average.reportId}/export/pdf`, clerk, "pdf"); // starts Chromium
  note(
    await timed("PDF（未导出过的报告）", pdfIds.length, (i) =>
      download(base, `/reports/${pdfIds[i]}/export/pdf`, cookies.get(pdfIds[i]!)!, "pdf"),
    ),
  );

  const together = drafts.slice(8, 12);
  for (const id of together) await clerkOf(id);
  note(
    await timed("4 份 PDF 同时", 1, async () => {
      const ok = await Promise.all(
        together.map((id) => download(base, `/reports/${id}/export/pdf`, cookies.get(id)!, "pdf")),
      );
      return ok.every(Boolean);
    }),
  );

  note(await timed("已公开 PDF（首次）", 1, () => download(base, `${publicPath}/pdf`, null, "pdf")));
  note(await timed("已公开 PDF（之后）", 20, () => download(base, `${publicPath}/pdf`, null, "pdf")));
  note(await timed("已公开 XLSX（之后）", 20, () => download(base, `${publicPath}/xlsx`, null, xlsxType)));
  return out;
}

/** The username of the clerk of a report's department. */
function readClerk(database: string, reportId: number): string {
  const db = openDatabase(database);
  try {
    const row = db
      .select({ username: t.users.username })
      .from(t.reports)
      .innerJoin(t.users, eq(t.users.departmentId, t.reports.departmentId))
      .where(eq(t.reports.id, reportId))
      .all()
      .find((u) => u.username.endsWith("c"));
    if (!row) throw new Error(`no clerk for report ${reportId}`);
    return row.username;
  } finally {
    db.$client.close();
  }
}

/** The cases the smoke version holds: each case's name and the least ratio to /login it must reach (half its target). */
export const SMOKE_FLOORS = [
  { prefix: "预览", floor: TARGETS.previewRatio / 2 },
  { prefix: "公开页", floor: TARGETS.publicPageRatio / 2 },
];

/** Why a run fails the smoke floors ([] when it passes): a case missing, erring or below its floor. */
export function smokeFailures(r: BenchResult): string[] {
  return SMOKE_FLOORS.flatMap(({ prefix, floor }) => {
    const c = r.cases.find((x) => x.name.startsWith(prefix));
    if (!c) return [`${prefix}：没有测量结果`];
    if (c.errors > 0) return [`${c.name}：${c.errors} 个请求出错`];
    const ratio = c.ratioToLogin ?? 0;
    return ratio >= floor
      ? []
      : [`${c.name}：${Math.round(ratio * 100)}% 的 /login 次/秒，低于下限 ${Math.round(floor * 100)}%（目标的一半）`];
  });
}

const pad = (s: string, n: number) =>
  s + " ".repeat(Math.max(0, n - [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

export function printResult(r: BenchResult, print: (line: string) => void = console.log) {
  print("");
  print(
    `部门决算公开编制系统 性能基准 · ${r.at} · ${r.commit} · ${r.machine.cpus} 核，负载 ${r.machine.loadAverageBefore.join(" ")} → ${r.machine.loadAverageAfter.join(" ")}`,
  );
  print(
    `${r.world.departments} 个部门，${r.world.reports} 份报告（已公开 ${r.world.publishedReports}），${r.world.users} 个用户；数据库 ${r.databaseMb} MB`,
  );
  print("");
  print(
    `${pad("用例", 30)}${pad("次/秒", 10)}${pad("p50 ms", 10)}${pad("p95 ms", 10)}${pad("p99 ms", 10)}${pad("对 /login", 10)}${pad("CPU ms/次", 11)}${pad("CPU 对 /login", 14)}错误`,
  );
  for (const c of r.cases)
    print(
      `${pad(c.name, 30)}${pad(String(c.requestsPerSecond), 10)}${pad(String(c.p50Ms), 10)}${pad(String(c.p95Ms), 10)}${pad(String(c.p99Ms), 10)}${pad(`${Math.round((c.ratioToLogin ?? 0) * 100)}%`, 10)}${pad(String(c.cpuMsPerRequest ?? "—"), 11)}${pad(c.cpuRatioToLogin === undefined ? "—" : `${c.cpuRatioToLogin}×`, 14)}${c.errors}`,
    );
  print(
    "CPU ms/次：服务器（全部线程）每个应答用的 CPU 时间；不随负载生成器占去多少核而变。CPU 对 /login：同一次运行中与 /login 之比，最宜跨运行比较。",
  );
  if (r.timed.length > 0) {
    print("");
    print(`${pad("单次请求", 30)}${pad("次数", 8)}${pad("p50 ms", 10)}${pad("最长 ms", 10)}错误`);
    for (const x of r.timed)
      print(
        `${pad(x.name, 30)}${pad(String(x.count), 8)}${pad(String(x.p50Ms), 10)}${pad(String(x.maxMs), 10)}${x.errors}`,
      );
  }
  if (r.pageViews.length > 0) {
    print("");
    print(`${pad("浏览一次（浏览器，中位数）", 30)}${pad("请求", 8)}${pad("其中预取", 10)}服务器 CPU ms`);
    for (const v of r.pageViews)
      print(`${pad(v.name, 30)}${pad(String(v.requests), 8)}${pad(String(v.prefetches), 10)}${v.cpuMs}`);
  }
  print("");
  print("首次加载 JS（gzip）：");
  for (const [name, kb] of Object.entries(r.firstLoadJsKb)) print(`  ${pad(name, 30)}${kb} kB`);
  print(`\n用时 ${r.totalSeconds} 秒${r.generateSeconds !== null ? `（其中生成数据库 ${r.generateSeconds} 秒）` : ""}`);
}

function argument(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runBench({
    departments: argument("departments"),
    duration: argument("duration"),
    connections: argument("connections"),
    smoke: process.argv.includes("--smoke"),
  })
    .then((result) => {
      printResult(result);
      const out = path.join(appDir(), "bench/results.json");
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(result, null, 2));
      console.log(`结果已写入 ${path.relative(process.cwd(), out)}`);
      const failures = smokeFailures(result);
      for (const f of failures) console.error(`✖ ${f}`);
      process.exit(failures.length > 0 ? 1 : 0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
