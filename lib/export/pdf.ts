import "server-only";
import { chromium } from "playwright-core";
import type { DisclosureDocument } from "../disclosure/model";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { documentPage } from "./html";

/**
 * The disclosure as an A4 PDF: the same HTML as the preview, printed by headless Chromium with the
 * Noto CJK fonts, so its text is real text (pdftotext extracts it). Page numbers in the footer.
 */
export async function renderPdf(doc: DisclosureDocument): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(documentPage(doc), { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:9px;color:#555;font-family:Noto Sans CJK SC,sans-serif">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>',
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
