/** At most N renders at a time, a bounded queue behind them, and a clear refusal beyond it. */
import { describe, expect, it } from "vitest";
import { defaultRenderConcurrency, RenderBusyError, RenderQueue } from "../../lib/export/render-queue";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("RenderQueue", () => {
  it("runs at most `concurrency` tasks at once, the others in turn", async () => {
    const queue = new RenderQueue({ concurrency: 2, maxQueued: 10, maxWaitMs: 5_000 });
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        queue.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await sleep(10);
          running -= 1;
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(2);
    expect(queue.stats).toMatchObject({ running: 0, waiting: 0 });
  });

  it("refuses at once when the queue is full, with a time to retry", async () => {
    const queue = new RenderQueue({ concurrency: 1, maxQueued: 2, maxWaitMs: 5_000 });
    const settled = await Promise.allSettled(Array.from({ length: 5 }, () => queue.run(() => sleep(20))));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "rejected"]);
    const reason = (settled[3] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(RenderBusyError);
    expect(reason.retryAfterSeconds).toBe(5);
  });

  it("refuses a task that waited too long, and a failing task frees its place", async () => {
    const queue = new RenderQueue({ concurrency: 1, maxQueued: 5, maxWaitMs: 30 });
    const slow = queue.run(() => sleep(100));
    await expect(queue.run(async () => "late")).rejects.toBeInstanceOf(RenderBusyError);
    await slow;
    await expect(queue.run(() => Promise.reject(new Error("chromium crashed")))).rejects.toThrow("chromium crashed");
    expect(await queue.run(async () => "next")).toBe("next");
  });

  it("N comes from the machine (2 by default, fewer on a small one) or PDF_RENDER_CONCURRENCY", () => {
    expect(defaultRenderConcurrency({ PDF_RENDER_CONCURRENCY: "3" })).toBe(3);
    expect(defaultRenderConcurrency({ PDF_RENDER_CONCURRENCY: "0" })).toBeLessThanOrEqual(2);
    expect(defaultRenderConcurrency({})).toBeGreaterThanOrEqual(1);
    expect(defaultRenderConcurrency({})).toBeLessThanOrEqual(2);
  });
});
