// Helpers shared by the two commands of the README (`npm run demo`, `npm test`).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";

export function log(message) {
  console.log(`\n▶ ${message}`);
}

/** Runs a command, inheriting the terminal; throws when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} 失败（退出码 ${result.status ?? result.signal}）`);
  }
}

/** Runs a command and resolves with its exit code (for test runners, whose failure is a result). */
export function runForStatus(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  const stale = !fs.existsSync(marker) || fs.statSync("package-lock.json").mtimeMs > fs.statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  log("安装依赖（npm ci）");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Reads KEY=VALUE lines of .env.local. */
export function readEnvLocal() {
  if (!fs.existsSync(".env.local")) return {};
  return Object.fromEntries(
    fs
      .readFileSync(".env.local", "utf8")
      .split(/\r?\n/)
      .map((line) => /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line))
      .filter(Boolean)
      .map((m) => [m[1], m[2].replace(/^["']|["']$/g, "")]),
  );
}

/** Generates AUTH_SECRET into .env.local when neither the environment nor the file has one. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET || readEnvLocal().AUTH_SECRET) return;
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.appendFileSync(".env.local", `${fs.existsSync(".env.local") ? "\n" : ""}AUTH_SECRET=${secret}\n`, { mode: 0o600 });
  log("已生成 AUTH_SECRET 并写入 .env.local");
}
