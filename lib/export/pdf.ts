import "server-only";
import { chromium, type Browser, type Page } from "playwright-core";
import type { DisclosureDocument } from "../disclosure/model";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { PRINT_TEXT_WIDTH_PX } from "./disclosure-css";
import { documentPage } from "./html";
import { destinationPages } from "./pdf-destinations";
import { overlayPages } from "./pdf-overlay";
import { defaultRenderConcurrency, RenderQueue } from "./render-queue";

/**
 * The disclosure as an A4 PDF: the same HTML as the preview, printed by headless Chromium with the
 * Noto CJK fonts, so its text is real text (pdftotext extracts it). Page numbers in the footer, and in
 * the 目录: the document is printed once with the 目录's slots empty (they have a fixed width, so the
 * numbers change nothing); where each heading landed is read from that file
 * (lib/export/pdf-destinations.ts); then the front matter alone, laid out as it opens the document and
 * with nothing painted but the numbers, is printed and drawn over the document's first pages
 * (lib/export/pdf-overlay.ts). That print lays out two or three pages and draws a few digits, a small
 * part of the first; the first is where the time goes — laying out the tables, and drawing every CJK
 * glyph, which Chromium writes as a Type 3 font (outlines, not an embedded font: Noto CJK's outlines
 * are CFF, which Skia does not embed). When the pages cannot be read the 目录 stays without numbers.
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
  // Laid out as in print (print styles, the text block's width), so the document's width can be measured.
  const page = await (await b.newContext({ viewport: PRINT_VIEWPORT })).newPage();
  await page.emulateMedia({ media: "print" });
  return page;
}

/** The viewport of a page the document is measured in: as wide as the printed text block. */
export const PRINT_VIEWPORT = { width: Math.round(PRINT_TEXT_WIDTH_PX), height: 1000 };

export function renderPdf(doc: DisclosureDocument): Promise<Buffer> {
  return pdfRenderQueue.run(async () => {
    const page = await takePage();
    let reusable = false;
    try {
      await page.setContent(documentPage(doc, { paged: true }), { waitUntil: "load" });
      const width = await documentWidth(page);
      const printed = Buffer.from(await page.pdf(PDF_OPTIONS));
      const pdf = await withTocNumbers(page, doc, printed, width);
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
 * `printed` with its 目录's numbers drawn in, or as it is when they cannot be (see above). The numbers are
 * printed with the front matter alone, as wide as the document; if its pages do not come out as the
 * document's first pages — its links elsewhere, or the document's first part not on the page after —
 * they are printed again with the whole document laid out behind them, which always matches.
 */
async function withTocNumbers(page: Page, doc: DisclosureDocument, printed: Buffer, width: number): Promise<Buffer> {
  const pages = destinationPages(printed);
  if (!pages || pages.size === 0) return printed;
  const firstPart = Math.min(...pages.values());
  for (const frontMatterWidth of Number.isFinite(width) ? [width, undefined] : [undefined]) {
    const layout = { paged: true, tocPages: pages, numbersOnly: true, frontMatterWidth };
    await page.setContent(documentPage(doc, layout), { waitUntil: "load" });
    const drawn = overlayPages(printed, await page.pdf(NUMBERS_PDF_OPTIONS));
    if (drawn && (frontMatterWidth === undefined || drawn.pages + 1 === firstPart)) return drawn.pdf;
  }
  return printed;
}

/**
 * How wide the document loaded in `page` (a page with PRINT_VIEWPORT and print media) is, in CSS px:
 * the right edge of its widest box, or of its overflowing text when that reaches further. Run in the
 * page as source text, not as a function: the bundler may rename or wrap a function's code in helpers
 * that do not exist in the page.
 */
export async function documentWidth(page: Page): Promise<number> {
  return Number(
    await page.evaluate(`{
      let right = 0;
      for (const el of document.body.querySelectorAll("*")) right = Math.max(right, el.getBoundingClientRect().right);
      const scroll = document.documentElement.scrollWidth; // never less than the viewport: more means overflow
      scroll > document.documentElement.clientWidth && scroll > Math.ceil(right) ? scroll : right;
    }`),
  );
}

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

/**
 * The numbers' print: laid out as the document's (the same page options) but with an empty footer — the
 * document has its own.
 */
export const NUMBERS_PDF_OPTIONS = { ...PDF_OPTIONS, footerTemplate: "<span></span>" } as const;
