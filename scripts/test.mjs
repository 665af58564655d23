// npm test: the quality gate (lint, format check, typecheck — one count each), every test — unit and
// integration (Vitest), then end-to-end (Playwright in Debian's Chromium against `next start` on a fresh
// database) — ending with the line `N passed, N failed`.
//   npm test                 everything
//   npm run test:unit        Vitest only (no build; the PDF tests launch Chromium)
//   npm run test:e2e         Playwright only
// After the end-to-end tests, on the same build: the reliability suite (tests/reliability — attacks over
// HTTP, growth, and the short versions of `npm run test:load`, `npm run test:crash` and `npm run bench`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDependencies, log, run, runForStatus } from "./lib.mjs";

const e2eOnly = process.argv.includes("--e2e-only");
const RESULTS = "test-results";
let passed = 0;
let failed = 0;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Lint, format check and typecheck: each counts as one test, and a failure fails `npm test`. */
async function qualityGate() {
  const checks = [
    ["ESLint（npm run lint）", "npx", ["eslint", "."]],
    ["格式检查（npm run format:check）", "npx", ["prettier", "--check", "."]],
    ["类型检查（npm run typecheck）", "npx", ["tsc", "--noEmit"]],
  ];
  for (const [label, command, args] of checks) {
    log(label);
    const code = await runForStatus(command, args);
    if (code === 0) passed += 1;
    else {
      console.error(`✖ ${label} 未通过`);
      failed += 1;
    }
  }
}

/** A Vitest run (with `args` choosing the config), counted from its JSON report. */
async function vitest(label, name, args = []) {
  log(label);
  const out = path.join(RESULTS, `${name}.json`);
  fs.rmSync(out, { force: true });
  const code = await runForStatus("npx", [
    "vitest",
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  const report = readJson(out);
  if (!report) {
    console.error("Vitest 没有写出结果文件，按一项失败计。");
    failed += 1;
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
}

const unitAndIntegration = () => vitest("单元测试与集成测试（Vitest）", "vitest-results");
/** Against the build the end-to-end tests made: each file starts its own `next start`. */
const reliability = () =>
  vitest("可靠性、安全与性能冒烟测试（攻击、增长、负载 10 秒、崩溃 5 次、性能约 40 秒）", "reliability-results", [
    "--config",
    "vitest.reliability.config.mts",
  ]);

async function endToEnd() {
  const dbPath = path.join(os.tmpdir(), `juesuan-e2e-${process.pid}-${Date.now()}.db`);
  log(`端到端测试：准备数据库 ${dbPath}`);
  run("npx", ["tsx", "scripts/setup-db.ts"], { env: { DATABASE_PATH: dbPath } });
  log("端到端测试：构建应用（next build）");
  run("npx", ["next", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  log("端到端测试（Playwright，Chromium）");
  const out = path.join(RESULTS, "e2e-results.json");
  fs.rmSync(out, { force: true });
  const code = await runForStatus("npx", ["playwright", "test"], { env: { E2E_DATABASE_PATH: dbPath } });
  const report = readJson(out);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbPath + suffix, { force: true });
  if (!report) {
    console.error("Playwright 没有写出结果文件，按一项失败计。");
    failed += 1;
    return;
  }
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
}

try {
  ensureDependencies();
  fs.mkdirSync(RESULTS, { recursive: true });
  if (!e2eOnly) {
    await qualityGate();
    await unitAndIntegration();
  }
  await endToEnd();
  if (!e2eOnly) await reliability();
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  failed += 1;
}
const summary = `${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(RESULTS, "summary.txt"), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
