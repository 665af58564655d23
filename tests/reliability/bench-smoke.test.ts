/**
 * The short version of `npm run bench` (scripts/bench/bench.ts): a small scale database (20
 * departments × 5 years), the preview of an average report and a published public page each measured
 * with autocannon right after /login on the same server. Fails when either falls below half its target
 * ratio to /login (preview ≥ 50%, public page ≥ 90%: floors 25% and 45%) — a change that makes either
 * page several times more expensive, such as building the document on every request again.
 */
import { describe, expect, it } from "vitest";
import { printResult, runBench, smokeFailures } from "../../scripts/bench/bench";

describe("performance smoke", () => {
  it(
    "the preview and the public page keep at least half their target ratio to /login",
    { timeout: 240_000 },
    async () => {
      const result = await runBench({ smoke: true, build: "if-missing", log: () => undefined });
      printResult(result);
      expect(result.cases.every((c) => c.errors === 0)).toBe(true);
      // Each case says what an answer cost the server in CPU time (read from /proc, so on Linux).
      if (process.platform === "linux")
        for (const c of result.cases) expect(c.cpuMsPerRequest, c.name).toBeGreaterThan(0);
      expect(smokeFailures(result)).toEqual([]);
    },
  );
});
