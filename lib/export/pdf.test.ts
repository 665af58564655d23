/**
 * The 目录's page numbers, on a report of the benchmark's size (64 功能分类 lines, 8 projects, ~45 pages):
 * the blank print that measures them lays the document out exactly as the real print, and every number
 * printed in the 目录 is the page its heading lands on.
 */
import { execFileSync } from "node:child_process";
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
import { BLANK_PDF_OPTIONS, closePdfBrowser, PDF_OPTIONS, renderPdf } from "./pdf";
import { destinationPages } from "./pdf-destinations";

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

/** Each page's text as pdftotext lays it out. */
function pdfPages(pdf: Buffer): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), "d.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f");
}

describe("the PDF's 目录", () => {
  it("is measured on a blank print that paginates exactly as the printed one", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent(documentPage(doc, { paged: true, blank: true }));
      const blank = Buffer.from(await page.pdf(BLANK_PDF_OPTIONS));
      await page.setContent(documentPage(doc, { paged: true }));
      const printed = Buffer.from(await page.pdf(PDF_OPTIONS));
      const measured = destinationPages(blank);
      expect(measured?.size).toBe(tocEntries(doc).length);
      expect(measured).toEqual(destinationPages(printed));
      // Blank: no text at all.
      expect(pdfPages(blank).join("").trim()).toBe("");
    } finally {
      await browser.close();
    }
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
