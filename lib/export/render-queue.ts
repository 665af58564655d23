/**
 * At most N renders at a time, the rest waiting in a bounded queue: a render that cannot start within
 * the wait, or finds the queue full, is refused with RenderBusyError (the route answers 503 with
 * Retry-After) — never an unbounded number of Chromium processes (ten anonymous PDF requests once
 * started 92 of them and took 3.7 GB).
 */
import os from "node:os";

export class RenderBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("文件生成繁忙，请稍后重试。");
    this.name = "RenderBusyError";
  }
}

export interface RenderQueueOptions {
  /** Renders at once. */
  concurrency: number;
  /** Renders waiting for a turn; one more is refused at once. */
  maxQueued: number;
  /** How long a render waits for its turn before it is refused. */
  maxWaitMs: number;
}

/**
 * N from the machine: PDF_RENDER_CONCURRENCY when set; otherwise 2, fewer on a machine with one CPU or
 * under 2 GB of memory (each Chromium render takes a few hundred MB).
 */
export function defaultRenderConcurrency(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.PDF_RENDER_CONCURRENCY);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 16);
  const byCpu = os.availableParallelism();
  const byMemory = Math.floor(os.totalmem() / 2 ** 30);
  return Math.max(1, Math.min(2, byCpu, byMemory));
}

export class RenderQueue {
  private running = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly options: RenderQueueOptions) {}

  get stats() {
    return { running: this.running, waiting: this.waiting.length, ...this.options };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.turn();
    try {
      return await task();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.start();
    }
  }

  private turn(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    const retryAfter = Math.max(1, Math.ceil(this.options.maxWaitMs / 1000));
    if (this.waiting.length >= this.options.maxQueued) return Promise.reject(new RenderBusyError(retryAfter));
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          this.running += 1;
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new RenderBusyError(retryAfter));
        }, this.options.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }
}
