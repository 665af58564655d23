/**
 * The stylesheet of the disclosure document — on screen (preview, public page) and in print/PDF.
 * Plain CSS, not Tailwind, so that the PDF renderer can inline exactly what the preview uses.
 * A4; every part and every table starts on a new page; table headers repeat; rows are not cut.
 */
/** The printed page: A4, with these margins (mm). */
const PAGE_MM = { width: 210, top: 16, side: 14, bottom: 18 };

/**
 * The width of the printed page's text block in CSS px (96 to the inch): the width the document is laid
 * out at in print — unless something in it is wider, when Chromium lays it out wider and scales the
 * pages down to fit.
 */
export const PRINT_TEXT_WIDTH_PX = ((PAGE_MM.width - 2 * PAGE_MM.side) * 96) / 25.4;

export const DISCLOSURE_CSS = `
.dc { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Songti SC", serif; color: #111; line-height: 1.9; font-size: 15px; max-width: 960px; margin: 0 auto; background: #fff; padding: 32px 40px; }
.dc h1 { font-size: 26px; text-align: center; margin: 24px 0 32px; font-weight: 700; }
.dc h1 .dc-cover-line { display: block; text-wrap: balance; }
.dc-inline-table { margin: 12px 0; }
.dc-toc { border: 1px solid #ddd; padding: 12px 24px; margin-bottom: 24px; }
.dc-toc h2 { font-size: 17px; margin: 0 0 6px; }
.dc-toc ol { list-style: none; margin: 0; padding: 0; }
.dc-toc ol ol { padding-left: 2em; }
.dc-toc a { color: #1f3f74; text-decoration: none; }
.dc-toc a:hover { text-decoration: underline; }
.dc-toc-paged a { display: flex; align-items: baseline; gap: 6px; }
.dc-toc-paged .dc-toc-fill { flex: 1; border-bottom: 1px dotted #888; min-width: 2em; }
.dc-toc-paged .dc-toc-page { width: 2.5em; text-align: right; font-variant-numeric: tabular-nums; }
.dc-part-title { font-size: 21px; text-align: center; margin: 36px 0 18px; font-weight: 700; }
.dc-section-title { font-size: 17px; margin: 20px 0 8px; font-weight: 700; }
.dc-heading { font-size: 15px; font-weight: 700; margin: 12px 0 4px; }
.dc p { text-indent: 2em; margin: 6px 0; text-align: justify; }
.dc ul.dc-list { list-style: none; padding: 0; margin: 6px 0; }
.dc ul.dc-list li { text-indent: 2em; }
.dc-table { margin: 24px 0; }
.dc-table-number { text-align: right; font-size: 13px; }
.dc-table-title { text-align: center; font-size: 18px; font-weight: 700; margin: 4px 0 8px; }
.dc-table-meta { display: flex; justify-content: space-between; font-size: 13px; margin-bottom: 4px; }
.dc-table table { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 1.4; font-family: "Noto Sans CJK SC", sans-serif; }
.dc-table th, .dc-table td { border: 1px solid #333; padding: 3px 5px; }
.dc-table th { background: #f3f3f3; font-weight: 600; text-align: center; }
.dc-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.dc-table td.center { text-align: center; }
.dc-table tr.total td { font-weight: 700; }
.dc-table tr.class td { font-weight: 600; }
.dc-table td.i1 { padding-left: 1.5em; }
.dc-table td.i2 { padding-left: 3em; }
.dc-table .dc-note { text-indent: 0; font-size: 12px; margin: 4px 0; }
.dc-chart { margin: 16px 0; text-align: center; }
.dc-scroll { max-width: 100%; overflow-x: auto; }
.dc-scroll:focus-visible { outline: 2px solid #1f5fae; outline-offset: 2px; }
.dc-table td.dc-f0 { white-space: nowrap; }
.dc-freeze1 .dc-f0 { min-width: 10em; }
.dc-freeze1 td.dc-f0 { white-space: normal; }
.dc-freeze2 .dc-f1 { min-width: 9em; }
/* On screen the subject stays in view while the amounts scroll: the only text column, or the name
   after the code (the code scrolls away under it). */
@media screen {
  .dc-freeze1 .dc-f0, .dc-freeze2 .dc-f1 { position: sticky; left: 0; z-index: 1; background-clip: padding-box; }
  .dc-freeze1 td.dc-f0, .dc-freeze2 td.dc-f1 { background: #fff; }
}
@media screen and (max-width: 640px) {
  .dc { padding: 16px 12px; font-size: 14px; }
  .dc h1 { font-size: 20px; }
  .dc-table-meta { flex-wrap: wrap; gap: 4px 12px; }
  .dc-table th, .dc-table td.num { min-width: 4em; }
}
.dc-chart svg { max-width: 100%; height: auto; }
@page { size: A4; margin: ${PAGE_MM.top}mm ${PAGE_MM.side}mm ${PAGE_MM.bottom}mm; }
@media print {
  .dc { max-width: none; padding: 0; font-size: 12pt; }
  .dc h1.dc-cover { break-after: page; margin-top: 70mm; font-size: 24pt; line-height: 1.6; }
  .dc-toc { break-after: page; border: none; padding: 0; }
  .dc-toc h2 { text-align: center; font-size: 18pt; margin-bottom: 12pt; }
  .dc-toc li { font-size: 11pt; line-height: 1.5; }
  .dc-part { break-before: page; }
  .dc-table { break-before: page; }
  .dc-table.dc-inline-table { break-before: auto; }
  .dc-table thead { display: table-header-group; }
  .dc-table tr, .dc p, .dc-chart { break-inside: avoid; }
  .dc-section-title, .dc-heading, .dc-part-title { break-after: avoid; }
  .dc-toc a { color: inherit; }
  .dc-scroll { overflow: visible; }
}
`;
