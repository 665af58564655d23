import "server-only";
import { chromium } from "playwright-core";
import type { DisclosureDocument } from "../disclosure/model";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { documentPage, type PrintLayout } from "./html";
import { destinationPages } from "./pdf-destinations";

/**
 * The disclosure as an A4 PDF: the same HTML as the preview, printed by headless Chromium with the
 * Noto CJK fonts, so its text is real text (pdftotext extracts it). Page numbers in the footer, and in
 * the 目录: printed once to learn where each heading lands (lib/export/pdf-destinations.ts), then again
 * with the numbers; when the pages cannot be read, the 目录 stays without numbers.
 */
export async function renderPdf(doc: DisclosureDocument): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const print = async (layout: PrintLayout) => {
      await page.setContent(documentPage(doc, layout), { waitUntil: "load" });
      return Buffer.from(await page.pdf(PDF_OPTIONS));
    };
    const first = await print({ paged: true });
    const pages = destinationPages(first);
    if (!pages || pages.size === 0) return first;
    return await print({ paged: true, tocPages: pages });
  } finally {
    await browser.close();
  }
}

const PDF_OPTIONS = {
  format: "A4",
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: "<span></span>",
  footerTemplate:
    '<div style="width:100%;text-align:center;font-size:9px;color:#555;font-family:Noto Sans CJK SC,sans-serif">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>',
} as const;
