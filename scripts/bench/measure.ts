/**
 * The benchmark's two ways of measuring: autocannon at N connections for a few seconds (throughput and
 * latency under load), and single requests timed one after another (exports, saves). Latency
 * percentiles are computed from every response's own time (autocannon's histogram has no p95).
 */
import autocannon from "autocannon";

export interface CaseResult {
  name: string;
  /** What was asked: method and path. */
  request: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and answers other than the expected status. */
  errors: number;
  /** Bytes of one answer (headers and body), as received. */
  responseBytes: number;
  /** requestsPerSecond ÷ that of /login measured just before it (or in the same run, for the baselines). */
  ratioToLogin?: number;
  /** The req/s of the /login run just before this case. */
  loginBeside?: number;
  /**
   * The server's CPU time (all its threads) per answer, in ms: what a request costs, whatever else
   * runs on the machine, where req/s also depends on what the load generator leaves of the cores.
   */
  cpuMsPerRequest?: number;
  /** cpuMsPerRequest ÷ that of /login in the same run: the steadiest comparison between runs. */
  cpuRatioToLogin?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface LoadCase {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** The status every answer must have (200 unless said). */
  status?: number;
}

/**
 * The server's CPU time once it has finished what it was still working on — when it stops rising by
 * more than a clock tick in `intervalMs` (at most 30 intervals): autocannon stops at the deadline with
 * up to one request per connection still being answered, a browser's page goes on asking after load.
 */
export async function settledCpuMs(read: () => number, intervalMs = 100): Promise<number> {
  let last = read();
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const now = read();
    if (!(now - last > 10)) return now;
    last = now;
  }
  return last;
}

/**
 * `connections` connections asking `c.path` for `durationSeconds`; every answer must have the expected
 * status. `serverCpuMs`, when given, reads the server's CPU time so far: `cpuMsPerRequest` is the CPU
 * the server used from an idle start until idle again, divided by the requests sent.
 */
export async function load(
  base: string,
  c: LoadCase,
  connections: number,
  durationSeconds: number,
  serverCpuMs?: () => number,
): Promise<CaseResult> {
  const expected = c.status ?? 200;
  const cpuBefore = serverCpuMs ? await settledCpuMs(serverCpuMs) : NaN;
  const times: number[] = [];
  let wrong = 0;
  let responseBytes = 0;
  const { result, sent } = await new Promise<{ result: CaseResult; sent: number }>((resolve, reject) => {
    const tracker = autocannon(
      {
        url: base + c.path,
        method: c.method ?? "GET",
        headers: c.headers,
        body: c.body,
        connections,
        duration: durationSeconds,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const summary: CaseResult = {
          name: c.name,
          request: `${c.method ?? "GET"} ${c.path}`,
          connections,
          requests: times.length,
          requestsPerSecond: round1(times.length / durationSeconds),
          p50Ms: round1(percentile(times, 50)),
          p95Ms: round1(percentile(times, 95)),
          p99Ms: round1(percentile(times, 99)),
          errors: wrong + result.errors + result.timeouts,
          responseBytes,
        };
        resolve({ result: summary, sent: result.requests.sent });
      },
    );
    tracker.on("response", (_client: unknown, status: number, bytes: number, ms: number) => {
      times.push(ms);
      if (status !== expected) wrong += 1;
      else responseBytes = bytes;
    });
  });
  if (!serverCpuMs || sent === 0) return result;
  const cpuMs = (await settledCpuMs(serverCpuMs)) - cpuBefore;
  return Number.isFinite(cpuMs) ? { ...result, cpuMsPerRequest: round1(cpuMs / sent) } : result;
}

export interface TimedResult {
  name: string;
  count: number;
  p50Ms: number;
  maxMs: number;
  timesMs: number[];
  errors: number;
}

/** Runs `once` `count` times one after another, timing each; `once` resolves false for a wrong answer. */
export async function timed(name: string, count: number, once: (i: number) => Promise<boolean>): Promise<TimedResult> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const ok = await once(i);
    times.push(round1(performance.now() - started));
    if (!ok) errors += 1;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { name, count, p50Ms: percentile(sorted, 50), maxMs: sorted.at(-1) ?? NaN, timesMs: times, errors };
}
