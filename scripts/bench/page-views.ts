/**
 * What one page view costs the server as a reader's browser makes it: the page, then everything the
 * browser asks for after it — its scripts and styles, and any prefetch its links set off — scrolled
 * to the bottom and given time to go quiet. Counted in requests and in the server's CPU time (from
 * /proc, all its threads), per view. The load cases time one request per page and cannot see what a
 * page makes the browser ask for: before decision 021, each link of a list was prefetched as it came
 * into view, and one view of the public list cost the server ~40 times its page.
 */
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../lib/export/chromium";
import { percentile, settledCpuMs } from "./measure";

export interface PageViewCase {
  name: string;
  path: string;
  /** The session cookie ("name=value"), or null for a visitor. */
  cookie: string | null;
}

export interface PageViewResult {
  name: string;
  path: string;
  views: number;
  /** Requests the browser made for one view (the median over the views). */
  requests: number;
  /** Of those, prefetches (next-router-prefetch). */
  prefetches: number;
  /** The server's CPU ms for one view (the median over the views). */
  cpuMs: number;
}

/**
 * Each case viewed `views` times in a fresh tab of one browser (its cache kept, as a reader's is
 * after the first page): the first view of each case warms the cache and is not counted.
 */
export async function pageViews(
  base: string,
  cases: PageViewCase[],
  serverCpuMs: () => number,
  views = 5,
): Promise<PageViewResult[]> {
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const results: PageViewResult[] = [];
    for (const c of cases) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
      if (c.cookie) {
        const [name, ...value] = c.cookie.split("=");
        await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
      }
      const requests: number[] = [];
      const prefetches: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i <= views; i++) {
        const page = await context.newPage();
        let asked = 0;
        let prefetched = 0;
        page.on("request", (r) => {
          asked += 1;
          if (r.headers()["next-router-prefetch"]) prefetched += 1;
        });
        const before = await settledCpuMs(serverCpuMs, 200);
        await page.goto(base + c.path, { waitUntil: "networkidle" });
        await page.mouse.wheel(0, 20_000);
        await page.waitForLoadState("networkidle");
        const after = await settledCpuMs(serverCpuMs, 200);
        await page.close();
        if (i === 0) continue;
        requests.push(asked);
        prefetches.push(prefetched);
        cpu.push(after - before);
      }
      await context.close();
      const median = (xs: number[]) =>
        percentile(
          [...xs].sort((a, b) => a - b),
          50,
        );
      results.push({
        name: c.name,
        path: c.path,
        views,
        requests: median(requests),
        prefetches: median(prefetches),
        cpuMs: median(cpu),
      });
    }
    return results;
  } finally {
    await browser?.close();
  }
}
