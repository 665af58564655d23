/**
 * A production server of the built app (`next start`, after `next build`) on a port of its own and a
 * database of its own, for the load, growth and attack tests. Ports are taken from 3200–3299 (first
 * free one; RELIABILITY_PORTS="from-to" overrides), so several runs on one machine do not collide.
 * RELIABILITY_APP_DIR runs another checkout's build instead of this one (to watch a test fail on the
 * code before a fix).
 */

/** The directory of the app under test (its .next and node_modules). */
export const appDir = () => path.resolve(process.env.RELIABILITY_APP_DIR ?? ".");
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface Server {
  url: string;
  port: number;
  pid: number;
  /** Everything the server printed, line by line. */
  logs: string[];
  /** Resident memory of the server's Node.js processes (Chromium excluded), in MB. */
  nodeRssMb(): number;
  /** The Chromium processes the server has started, now. */
  chromiumProcesses(): number;
  /** CPU ms the server's Node.js processes (not Chromium) have used so far; NaN without /proc. */
  nodeCpuMs(): number;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const [from, to] = (process.env.RELIABILITY_PORTS ?? "3200-3299").split("-").map(Number) as [number, number];
  for (let port = from; port <= to; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${from}–${to}`);
}

/**
 * The server's process and all its descendants, as `ps` lists them (Chromium is started in a process
 * group of its own, so the tree is followed by parent id).
 */
function processes(root: number): { pid: number; rssKb: number; command: string }[] {
  let rows: { pid: number; ppid: number; rssKb: number; command: string }[];
  try {
    rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss=,args="], { encoding: "utf8" })
      .split("\n")
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), command: m[4]! }));
  } catch {
    return [];
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows)
      if (!tree.has(row.pid) && tree.has(row.ppid)) {
        tree.add(row.pid);
        grew = true;
      }
  }
  return rows.filter((r) => tree.has(r.pid));
}

const isChromium = (command: string) => /chrom/i.test(command.split(" ")[0] ?? "");

/** CPU time (user and system, all threads) a process has used, in ms; NaN where /proc is not there. */
function cpuMsOf(pid: number): number {
  try {
    // Fields after the command's last closing parenthesis (the command may hold one: "next-server (v16…"):
    // utime and stime are the 12th and 13th, in ticks.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

export async function startServer(options: {
  database: string;
  env?: Record<string, string>;
  /** Resolve once it exited instead of waiting for it to serve (for servers expected to refuse to start). */
  expectExit?: boolean;
}): Promise<Server & { exitCode: Promise<number | null> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(appDir(), "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: appDir(),
      detached: true, // its own process group: stop() ends Chromium with it
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_PATH: options.database,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        ...options.env,
      },
    },
  );
  for (const stream of [child.stdout!, child.stderr!])
    stream.on("data", (chunk: Buffer) => logs.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
  const exitCode = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const pid = child.pid!;
  const server = {
    url,
    port,
    pid,
    logs,
    exitCode,
    nodeRssMb: () =>
      processes(pid)
        .filter((p) => !isChromium(p.command))
        .reduce((sum, p) => sum + p.rssKb, 0) / 1024,
    chromiumProcesses: () => processes(pid).filter((p) => isChromium(p.command)).length,
    nodeCpuMs: () =>
      processes(pid)
        .filter((p) => !isChromium(p.command))
        .reduce((sum, p) => sum + cpuMsOf(p.pid), 0),
    async stop() {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        return;
      }
      const exited = await Promise.race([
        exitCode.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]);
      if (!exited) {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    },
  };
  if (options.expectExit) return server;
  const deadline = Date.now() + 60_000;
  let exited = false;
  void exitCode.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop();
  throw new Error(`the server did not start:\n${logs.join("\n")}`);
}

/** A temporary directory for a run's database (removed by the caller). */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", `juesuan-${prefix}-`));
}

/** Builds the app when there is no build yet (`next start` needs one). */
export function ensureBuild(): void {
  if (fs.existsSync(path.join(appDir(), ".next/BUILD_ID"))) return;
  console.log("没有找到构建结果，先运行 next build……");
  execFileSync("npx", ["next", "build"], {
    cwd: appDir(),
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
