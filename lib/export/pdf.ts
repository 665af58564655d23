import "server-only";
import { chromium, type Browser, type Page } from "playwright-core";
import type { DisclosureDocument } from "../disclosure/model";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { BLANK_STYLE_ID, documentPage } from "./html";
import { destinationPages } from "./pdf-destinations";
import { defaultRenderConcurrency, RenderQueue } from "./render-queue";

/**
 * The disclosure as an A4 PDF: the same HTML as the preview, printed by headless Chromium with the
 * Noto CJK fonts, so its text is real text (pdftotext extracts it). Page numbers in the footer, and in
 * the 目录, in two prints of one loaded page: first blank — laid out exactly as printed, nothing painted
 * (`blank` in lib/export/html.ts), a third of the cost of a real print — to learn where each heading
 * lands (lib/export/pdf-destinations.ts); then, the numbers written into the 目录's fixed-width slots
 * in the page, the real one, whose headings are checked to lie where the numbers say. When the pages
 * cannot be read, the 目录 stays without numbers.
 *
 * One Chromium per process, started on the first render and closed after a minute without one; at
 * most N renders at a time (lib/export/render-queue.ts), each in a page of its own that later renders
 * reuse (see takePage). Callers cache the result (lib/export/file-cache.ts): a PDF is rendered once per
 * document.
 */
const IDLE_CLOSE_MS = 60_000;

const g = globalThis as unknown as {
  __juesuanPdf?: {
    queue: RenderQueue;
    browser: Promise<Browser> | null;
    /** Pages not rendering now, each in a context of its own: at most one per render slot. */
    pages: Page[];
    idle: NodeJS.Timeout | null;
  };
};
const state = (g.__juesuanPdf ??= {
  queue: new RenderQueue({ concurrency: defaultRenderConcurrency(), maxQueued: 8, maxWaitMs: 30_000 }),
  browser: null,
  pages: [],
  idle: null,
});
state.pages ??= []; // a state made by an earlier version of this module (dev server reload)

const pdfRenderQueue = state.queue;

function browser(): Promise<Browser> {
  if (state.idle) clearTimeout(state.idle);
  state.idle = null;
  if (!state.browser) {
    const launched = chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    state.browser = launched;
    launched.then(
      (b) => b.on("disconnected", () => state.browser === launched && (state.browser = null)),
      () => state.browser === launched && (state.browser = null),
    );
  }
  return state.browser;
}

/** Closes the shared browser when no render has used it for a while. */
function closeWhenIdle() {
  if (state.idle) clearTimeout(state.idle);
  state.idle = setTimeout(() => {
    if (pdfRenderQueue.stats.running > 0) return;
    const closing = state.browser;
    state.browser = null;
    state.pages = [];
    void closing?.then((b) => b.close()).catch(() => undefined);
  }, IDLE_CLOSE_MS);
  state.idle.unref();
}

/**
 * A page to render in: a warm one left by an earlier render, else a new one in a new context. Opening
 * a context and its page costs ~0.3 s (a renderer process starts); reusing one is safe because what it
 * shows is only ever our own document — escaped text, no script, no cookie, nothing fetched — and each
 * render replaces the whole of it with `setContent`. A page whose render failed is closed, not reused.
 */
async function takePage(): Promise<Page> {
  const b = await browser();
  for (let page = state.pages.pop(); page; page = state.pages.pop())
    if (!page.isClosed() && page.context().browser() === b) return page;
  return (await b.newContext()).newPage();
}

export function renderPdf(doc: DisclosureDocument): Promise<Buffer> {
  return pdfRenderQueue.run(async () => {
    const page = await takePage();
    let reusable = false;
    try {
      // Where each heading lands, from a blank print: laid out as the real one, nothing painted.
      await page.setContent(documentPage(doc, { paged: true, blank: true }), { waitUntil: "load" });
      let pages = destinationPages(await page.pdf(BLANK_PDF_OPTIONS));
      let pdf: Buffer;
      // The 目录's numbers fill slots of fixed width, so they do not move anything: the pages printed
      // are the pages measured. Checked anyway on the printed file, and printed again if they were not.
      for (let attempt = 1; ; attempt++) {
        await page.evaluate(showWithTocPages(pages));
        pdf = Buffer.from(await page.pdf(PDF_OPTIONS));
        const printed = pages && destinationPages(pdf);
        if (!printed || samePages(printed, pages!) || attempt === 2) break;
        pages = printed;
      }
      reusable = true;
      return pdf;
    } finally {
      if (reusable && state.browser) state.pages.push(page);
      else
        await page
          .context()
          .close()
          .catch(() => undefined);
      closeWhenIdle();
    }
  });
}

/**
 * Shows the blank document and writes each 目录 entry's page into its slot (left empty when the page is
 * unknown). Run in the page as source text, not as a function: the bundler may rename or wrap a
 * function's code in helpers that do not exist in the page.
 */
function showWithTocPages(pages: ReadonlyMap<string, number> | null): string {
  return `{
    const pages = new Map(${JSON.stringify([...(pages ?? [])])});
    document.getElementById(${JSON.stringify(BLANK_STYLE_ID)})?.remove(); // gone already on a second attempt
    for (const link of document.querySelectorAll(".dc-toc-paged a")) {
      const page = pages.get(link.getAttribute("href").slice(1));
      link.querySelector(".dc-toc-page").textContent = page === undefined ? "" : String(page);
    }
  }`;
}

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/** Closes the shared browser now (tests; the server closes it when idle). */
export async function closePdfBrowser(): Promise<void> {
  if (state.idle) clearTimeout(state.idle);
  const closing = state.browser;
  state.browser = null;
  state.pages = [];
  await closing?.then((b) => b.close()).catch(() => undefined);
}

export const PDF_OPTIONS = {
  format: "A4",
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: "<span></span>",
  footerTemplate:
    '<div style="width:100%;text-align:center;font-size:9px;color:#555;font-family:Noto Sans CJK SC,sans-serif">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>',
} as const;

/** The blank print's: no footer to draw (it sits in the @page margin, so it moves nothing). */
export const BLANK_PDF_OPTIONS = { format: "A4", printBackground: true, preferCSSPageSize: true } as const;
