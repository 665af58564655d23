/**
 * The 目录's page numbers, on a report of the benchmark's size (64 功能分类 lines, 8 projects, ~45 pages):
 * printed on their own and drawn over the document, they look exactly as if printed in it, and every
 * number in the 目录 is the page its heading lands on.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomReport } from "../../tests/support/random-report";
import { buildDisclosure } from "../disclosure/build";
import type { DisclosureDocument } from "../disclosure/model";
import { LANZHOU_2020 } from "../disclosure/templates";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { documentHtml, documentPage } from "./html";
import { PRINT_TEXT_WIDTH_PX } from "./disclosure-css";
import { closePdfBrowser, documentWidth, NUMBERS_PDF_OPTIONS, PDF_OPTIONS, PRINT_VIEWPORT, renderPdf } from "./pdf";
import { destinationPages } from "./pdf-destinations";
import { overlayPages } from "./pdf-overlay";

let doc: DisclosureDocument;
beforeAll(() => {
  doc = buildDisclosure(randomReport(64, { lines: 64, projects: 8 }), LANZHOU_2020);
});
afterAll(closePdfBrowser);

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The 目录's entries in order: the id each links to and the title it shows. */
const tocEntries = (d: DisclosureDocument) =>
  [...documentHtml(d, { paged: true }).matchAll(/<a href="#([^"]+)"><span class="dc-toc-text">([^<]*)<\/span>/g)].map(
    (m) => ({ id: unescape(m[1]!), title: unescape(m[2]!) }),
  );

/** Each page as pdftoppm draws it (grey, 40 dpi), by the SHA-256 of its pixels. */
function pageImages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-"));
  fs.writeFileSync(path.join(dir, "d.pdf"), pdf);
  execFileSync("pdftoppm", ["-r", "40", "-gray", path.join(dir, "d.pdf"), path.join(dir, "p")]);
  const images = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith("p"))
    .sort()
    .map((f) =>
      createHash("sha256")
        .update(fs.readFileSync(path.join(dir, f)))
        .digest("hex"),
    );
  fs.rmSync(dir, { recursive: true });
  return images;
}

/** Each page's text as pdftotext lays it out. */
function pdfPages(pdf: Buffer): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), "d.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f");
}

describe("the PDF's 目录", () => {
  it("draws the numbers over the document exactly as if they had been printed in it", async () => {
    const pdf = await renderPdf(doc);
    const pages = destinationPages(pdf)!;
    expect(pages.size).toBe(tocEntries(doc).length);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext({ viewport: PRINT_VIEWPORT })).newPage();
      await page.emulateMedia({ media: "print" });
      // What it should look like: one print with the numbers written into the 目录.
      await page.setContent(documentPage(doc, { paged: true, tocPages: pages }));
      const reference = Buffer.from(await page.pdf(PDF_OPTIONS));
      const expected = pageImages(reference);
      expect(expected.length).toBeGreaterThan(30);
      expect(pageImages(pdf)).toEqual(expected);

      // The document without numbers, and the numbers printed on their own…
      await page.setContent(documentPage(doc, { paged: true }));
      const width = await documentWidth(page);
      // (this document is wider than the page — a wide table — so Chromium scales it down to fit)
      expect(width).toBeGreaterThan(PRINT_TEXT_WIDTH_PX);
      const printed = Buffer.from(await page.pdf(PDF_OPTIONS));
      // …with the front matter alone, as wide as the document: the cover and the 目录, exactly as they
      // open the document, and over them only the numbers.
      await page.setContent(
        documentPage(doc, { paged: true, tocPages: pages, numbersOnly: true, frontMatterWidth: width }),
      );
      const front = Buffer.from(await page.pdf(NUMBERS_PDF_OPTIONS));
      const numbers = pdfPages(front).join("").replace(/\s+/g, " ").trim();
      expect(numbers).toBe(
        tocEntries(doc)
          .map((e) => pages.get(e.id))
          .join(" "),
      );
      const drawn = overlayPages(printed, front)!;
      expect(drawn.pages + 1).toBe(Math.min(...pages.values()));
      expect(pageImages(drawn.pdf)).toEqual(expected);
      // Not as wide: laid out narrower, the front matter's links are elsewhere, and it is refused.
      await page.setContent(
        documentPage(doc, { paged: true, tocPages: pages, numbersOnly: true, frontMatterWidth: 0 }),
      );
      expect(overlayPages(printed, Buffer.from(await page.pdf(NUMBERS_PDF_OPTIONS)))).toBeNull();
      // With the whole document laid out behind the numbers (what is printed then): the same.
      await page.setContent(documentPage(doc, { paged: true, tocPages: pages, numbersOnly: true }));
      const whole = overlayPages(printed, Buffer.from(await page.pdf(NUMBERS_PDF_OPTIONS)))!;
      expect(whole.pages).toBe(expected.length);
      expect(pageImages(whole.pdf)).toEqual(expected);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("prints the numbers with the front matter alone for a document as narrow as the page, too", async () => {
    const narrow = buildDisclosure(randomReport(5, { lines: 6, projects: 1 }), LANZHOU_2020);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext({ viewport: PRINT_VIEWPORT })).newPage();
      await page.emulateMedia({ media: "print" });
      await page.setContent(documentPage(narrow, { paged: true }));
      expect(await documentWidth(page)).toBeLessThan(PRINT_TEXT_WIDTH_PX);
    } finally {
      await browser.close();
    }
    const pdf = await renderPdf(narrow);
    const pages = destinationPages(pdf)!;
    // Drawn over the cover and the 目录 only — had it fallen back to the whole document, over every page.
    const drawn = pdf.toString("latin1").match(/\/JuesuanOverlay Do/g) ?? [];
    expect(drawn).toHaveLength(Math.min(...pages.values()) - 1);
    const toc = pdfPages(pdf)[1]!;
    for (const entry of tocEntries(narrow))
      expect(toc).toMatch(new RegExp(`${entry.title.slice(-4)}[ .]*${pages.get(entry.id)}\\s*$`, "m"));
  }, 60_000);

  it("gives every entry the page its heading is printed on", async () => {
    const pdf = await renderPdf(doc);
    const pages = pdfPages(pdf);
    const landed = destinationPages(pdf)!;
    const entries = tocEntries(doc);
    const total = pages.filter((p) => p.trim()).length;
    expect(total).toBeGreaterThan(30);
    pages.filter((p) => p.trim()).forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 / 共 ${total} 页`));

    // The 目录 runs from its title to the page before the first part; each entry's line ends with its page.
    const tocStart = pages.findIndex((p) => p.trim().startsWith("目录"));
    expect(tocStart).toBe(1);
    const numbered = pages
      .slice(tocStart, landed.get(entries[0]!.id)! - 1)
      .flatMap((p) => p.split("\n"))
      .map((line) => /^\s*(\S.*?)\s+(\d+)\s*$/.exec(line))
      .filter((m) => m !== null);
    expect(numbered.map((m) => m[1]!.replace(/\s+/g, ""))).toEqual(
      entries.map((e) => expect.stringMatching(`^${e.title.replace(/\s+/g, "").slice(0, 6)}`)),
    );
    entries.forEach((entry, i) => {
      const printed = Number(numbered[i]![2]);
      expect(printed, entry.title).toBe(landed.get(entry.id));
      // The heading is on that page (a table's entry: its number and its title).
      const text = pages[printed - 1]!.replace(/\s+/g, "");
      for (const part of entry.title.split(/\s+/)) expect(text, entry.title).toContain(part);
    });
  }, 60_000);
});
