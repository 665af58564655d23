/**
 * The disclosure document as HTML: one renderer for the preview, the public page and the PDF, so
 * that what is printed is what was previewed. Pure string building; every text is escaped.
 */
import { chartSvg } from "../disclosure/charts";
import type { Block, Cell, DisclosureDocument, Table } from "../disclosure/model";
import { DISCLOSURE_CSS } from "./disclosure-css";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function cellHtml(tag: "th" | "td", c: Cell, frozen = ""): string {
  const attrs: string[] = [];
  if (c.colSpan && c.colSpan > 1) attrs.push(`colspan="${c.colSpan}"`);
  if (c.rowSpan && c.rowSpan > 1) attrs.push(`rowspan="${c.rowSpan}"`);
  const classes = [
    c.fen !== undefined ? "num" : "",
    c.align === "center" ? "center" : "",
    c.indent ? `i${c.indent}` : "",
    frozen,
  ].filter(Boolean);
  if (classes.length) attrs.push(`class="${classes.join(" ")}"`);
  if (tag === "th") attrs.push('scope="col"');
  return `<${tag}${attrs.length ? ` ${attrs.join(" ")}` : ""}>${esc(c.text)}</${tag}>`;
}

/** The first column each cell of a block of rows starts at, rows spans taken into account. */
function startColumns(rows: Cell[][]): number[][] {
  const taken: boolean[][] = rows.map(() => []);
  return rows.map((row, r) => {
    let col = 0;
    return row.map((cell) => {
      while (taken[r]![col]) col += 1;
      const start = col;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) if (taken[r + dr]) taken[r + dr]![start + dc] = true;
      col += cell.colSpan ?? 1;
      return start;
    });
  });
}

/**
 * The subject columns that stay in view while a wide table scrolls sideways on a small screen: the
 * leading text columns of the body (科目编码 and 科目名称, or 项目), at most two.
 */
function frozenColumns(t: Table): number {
  // A subject row (a 合计 row spans the subject columns with one cell).
  const row = t.rows.find((r) => (r.cells[0]?.colSpan ?? 1) === 1 && r.cells.some((c) => c.fen !== undefined));
  if (!row) return 0;
  let n = 0;
  while (n < Math.min(2, row.cells.length - 1) && row.cells[n]!.fen === undefined && (row.cells[n]!.colSpan ?? 1) === 1)
    n += 1;
  return n;
}

export function tableHtml(t: Table): string {
  const frozen = frozenColumns(t);
  const mark = (start: number, c: Cell) => (start + (c.colSpan ?? 1) <= frozen ? `dc-f${start}` : "");
  const headStarts = startColumns(t.header);
  const head = t.header
    .map((r, i) => `<tr>${r.map((c, j) => cellHtml("th", c, mark(headStarts[i]![j]!, c))).join("")}</tr>`)
    .join("");
  const bodyStarts = startColumns(t.rows.map((r) => r.cells));
  const body = t.rows
    .map(
      (r, i) =>
        `<tr class="${r.kind}">${r.cells.map((c, j) => cellHtml("td", c, mark(bodyStarts[i]![j]!, c))).join("")}</tr>`,
    )
    .join("");
  const notes = t.notes.map((n) => `<p class="dc-note">${esc(n)}</p>`).join("");
  const titled = t.title !== "";
  const meta = t.organisation || t.unit;
  return (
    `<figure class="dc-table${titled ? "" : " dc-inline-table"}"${titled ? ` aria-labelledby="table-${t.id}-title"` : ""}>` +
    (t.number ? `<div class="dc-table-number">${esc(t.number)}</div>` : "") +
    (titled ? `<div class="dc-table-title" id="table-${t.id}-title">${esc(t.title)}</div>` : "") +
    (meta ? `<div class="dc-table-meta"><span>${esc(t.organisation)}</span><span>${esc(t.unit)}</span></div>` : "") +
    // Its own scroll box (reachable by keyboard), so a wide table never widens the page.
    `<div class="dc-scroll" role="region" tabindex="0" aria-label="${esc(titled ? t.title : "表格")}（表格可左右滚动）">` +
    `<table class="dc-freeze${frozen}"><thead>${head}</thead><tbody>${body}</tbody></table></div>${notes}</figure>`
  );
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `<div class="dc-heading">${esc(b.text)}</div>`;
    case "paragraph":
      return `<p>${esc(b.text)}</p>`;
    case "note":
      return `<p class="dc-note">${esc(b.text)}</p>`;
    case "list":
      return `<ul class="dc-list">${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "table":
      return tableHtml(b.table);
    case "chart":
      return `<figure class="dc-chart" id="${esc(b.chart.id)}">${chartSvg(b.chart)}</figure>`;
  }
}

/**
 * How the document is laid out for print: `paged` gives the 目录 a page-number column of fixed width,
 * each entry's `.dc-toc-page` slot, filled from `tocPages` (entry id → page) or left empty — the numbers
 * never change the layout.
 *
 * `numbersOnly` paints nothing but the 目录's numbers (and keeps its links, whose places a reader of the
 * PDF can compare with the document's). With `frontMatterWidth` — the width the whole document takes in
 * print, from which Chromium decides how far to scale its pages down — it lays out only the cover and the
 * 目录, made as wide, so they paginate and scale as they do at the head of the whole document. Printed
 * over the document's first pages, that gives them their 目录 numbers (lib/export/pdf.ts).
 */
export interface PrintLayout {
  paged?: boolean;
  tocPages?: ReadonlyMap<string, number>;
  numbersOnly?: boolean;
  frontMatterWidth?: number;
}

/** The document body: cover title, table of contents, and the parts. */
export function documentHtml(doc: DisclosureDocument, print: PrintLayout = {}): string {
  const entry = (id: string, title: string) =>
    print.paged
      ? `<a href="#${esc(id)}"><span class="dc-toc-text">${esc(title)}</span><span class="dc-toc-fill"></span><span class="dc-toc-page">${print.tocPages?.get(id) ?? ""}</span></a>`
      : `<a href="#${esc(id)}">${esc(title)}</a>`;
  const toc = doc.parts
    .map((p) => {
      const entries = p.sections
        .map((s) => {
          const table = s.blocks.find((b) => b.kind === "table");
          const title =
            s.title ||
            (table?.kind === "table" ? [table.table.number, table.table.title].filter(Boolean).join(" ") : "");
          return title ? `<li>${entry(s.id, title)}</li>` : "";
        })
        .join("");
      return `<li>${entry(p.id, p.title)}${entries ? `<ol>${entries}</ol>` : ""}</li>`;
    })
    .join("");
  const front = print.numbersOnly && print.frontMatterWidth !== undefined;
  const parts = (front ? [] : doc.parts)
    .map(
      (p) =>
        `<section class="dc-part" id="${esc(p.id)}"><h2 class="dc-part-title">${esc(p.title)}</h2>` +
        p.sections
          .map(
            (s) =>
              `<section id="${esc(s.id)}">${s.title ? `<h3 class="dc-section-title">${esc(s.title)}</h3>` : ""}${s.blocks.map(blockHtml).join("")}</section>`,
          )
          .join("") +
        `</section>`,
    )
    .join("");
  // The front matter alone still links to every heading (empty targets, which change no layout), so its
  // links are printed where the whole document's are.
  const targets = front
    ? doc.parts
        .flatMap((p) => [p.id, ...p.sections.map((s) => s.id)])
        .map((id) => `<span id="${esc(id)}"></span>`)
        .join("")
    : "";
  const cover = (doc.cover?.length ? doc.cover : [doc.title])
    .map((l) => `<span class="dc-cover-line">${esc(l)}</span>`)
    .join("");
  return `${front ? `<div class="dc-print-width"></div>` : ""}<article class="dc"><h1 class="dc-cover" aria-label="${esc(doc.title)}">${cover}</h1><nav class="dc-toc${print.paged ? " dc-toc-paged" : ""}" aria-label="目录"><h2>目录${targets}</h2><ol>${toc}</ol></nav>${parts}</article>`;
}

/** A whole HTML page (for the PDF renderer). */
export function documentPage(doc: DisclosureDocument, print: PrintLayout = {}): string {
  const only = print.numbersOnly
    ? `<style>.dc, .dc * { visibility: hidden; } .dc .dc-toc-paged a, .dc .dc-toc-page { visibility: visible; }` +
      (print.frontMatterWidth === undefined
        ? ""
        : ` .dc-print-width { position: absolute; left: 0; top: 0; height: 1px; width: ${print.frontMatterWidth}px; }`) +
      `</style>`
    : "";
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${DISCLOSURE_CSS}</style>${only}</head><body>${documentHtml(doc, print)}</body></html>`;
}
