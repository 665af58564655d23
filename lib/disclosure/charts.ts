/**
 * Charts of the disclosure — what none of the incumbent tools give: the composition of spending
 * (基本/项目, and by 功能分类 类) and the year-over-year change by 类. The model is data; `chartSvg`
 * renders it as a self-contained SVG string (no script, Noto CJK font), for the preview and the PDF.
 */
import { formatWan } from "../money";
import { generalBudgetByClass, keyFigures, type KeyFigures } from "./derive";
import type { Chart, ChartDatum } from "./model";
import type { ReportData } from "./report-data";
import { printed, shares } from "./values";

/**
 * The parts of a composition chart: only parts that print as more than 0.00万元 (a bar cannot show a
 * negative share), each with its printed share, the shares adding up to exactly 100.00%.
 */
function composition(parts: { label: string; fen: number }[]): ChartDatum[] {
  const shown = parts.filter((d) => printed(d.fen) > 0);
  const s = shares(shown.map((d) => d.fen));
  return shown.map((d, i) => ({ ...d, share: s[i] ?? "0.00%" }));
}

export function buildCharts(data: ReportData, k: KeyFigures = keyFigures(data)): Chart[] {
  const classes = generalBudgetByClass(data);
  const name = (code: string) => data.functionSubjects[code]?.name ?? code;
  const charts: Chart[] = [];
  const spending = composition([
    { label: "基本支出", fen: k.basicTotal },
    { label: "项目支出", fen: k.projectTotal },
    { label: "其他支出", fen: k.expenseTotal - k.basicTotal - k.projectTotal },
  ]);
  if (spending.length > 0) {
    charts.push({
      type: "share",
      id: "chart-basic-project",
      title: `${data.report.year}年度支出构成（基本支出与项目支出）`,
      data: spending,
    });
  }
  const byClass = composition(classes.map((c) => ({ label: name(c.code), fen: c.actual })));
  if (byClass.length > 0) {
    charts.push({
      type: "share",
      id: "chart-by-class",
      title: `${data.report.year}年度一般公共预算财政拨款支出构成（按功能分类类级科目）`,
      data: byClass,
    });
  }
  if (classes.length > 0) {
    charts.push({
      type: "bars",
      id: "chart-yoy",
      title: `一般公共预算财政拨款支出：${data.report.year}年与${data.report.year - 1}年对比（万元）`,
      series: [`${data.report.year - 1}年决算`, `${data.report.year}年决算`],
      categories: classes.map((c) => ({ label: name(c.code), values: [c.prior, c.actual] })),
    });
  }
  return charts;
}

const COLORS = ["#1f5fae", "#e08a1e", "#2f9e6a", "#b23a48", "#6b5ca5", "#3a8fb7", "#8c6d31", "#5f6b7a"];
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const FONT = `font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"`;

export function chartSvg(chart: Chart): string {
  return chart.type === "share" ? shareSvg(chart) : barsSvg(chart);
}

/** A horizontal 100% bar with a legend: readable in black-and-white print, no angles to misjudge. */
function shareSvg(chart: Extract<Chart, { type: "share" }>): string {
  const width = 640;
  const total = chart.data.reduce((s, d) => s + d.fen, 0);
  const barY = 40;
  let x = 0;
  const segments = chart.data.map((d, i) => {
    const w = total <= 0 ? 0 : (Math.max(0, d.fen) / total) * width;
    const rect = `<rect x="${x.toFixed(2)}" y="${barY}" width="${w.toFixed(2)}" height="28" fill="${COLORS[i % COLORS.length]}"/>`;
    x += w;
    return rect;
  });
  const legend = chart.data.map((d, i) => {
    const y = 96 + i * 22;
    return `<rect x="0" y="${y - 11}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/><text x="18" y="${y}" font-size="13" ${FONT}>${esc(d.label)}：${formatWan(d.fen)}万元（${d.share}）</text>`;
  });
  const height = 96 + chart.data.length * 22;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(chart.title)}"><title>${esc(chart.title)}</title><text x="0" y="18" font-size="15" font-weight="bold" ${FONT}>${esc(chart.title)}</text>${segments.join("")}${legend.join("")}</svg>`;
}

function barsSvg(chart: Extract<Chart, { type: "bars" }>): string {
  const width = 640;
  const labelWidth = 170;
  const plot = width - labelWidth - 90;
  // A bar shows a non-negative amount; a negative one (a refund exceeding spending) is a zero-length
  // bar labelled with its figure.
  const max = Math.max(1, ...chart.categories.flatMap((c) => c.values));
  const rowHeight = 16 * chart.series.length + 14;
  const top = 56;
  const rows = chart.categories.map((c, i) => {
    const y = top + i * rowHeight;
    const bars = c.values.map((v, j) => {
      const w = (Math.max(0, v) / max) * plot;
      const by = y + j * 16;
      return `<rect x="${labelWidth}" y="${by}" width="${w.toFixed(2)}" height="13" fill="${COLORS[j % COLORS.length]}"/><text x="${(labelWidth + w + 4).toFixed(2)}" y="${by + 11}" font-size="11" ${FONT}>${formatWan(v)}</text>`;
    });
    return `<text x="${labelWidth - 6}" y="${y + 12}" font-size="12" text-anchor="end" ${FONT}>${esc(c.label)}</text>${bars.join("")}`;
  });
  const legend = chart.series
    .map(
      (s, j) =>
        `<rect x="${labelWidth + j * 140}" y="28" width="12" height="12" fill="${COLORS[j % COLORS.length]}"/><text x="${labelWidth + j * 140 + 18}" y="39" font-size="12" ${FONT}>${esc(s)}</text>`,
    )
    .join("");
  const height = top + chart.categories.length * rowHeight + 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(chart.title)}"><title>${esc(chart.title)}</title><text x="0" y="18" font-size="15" font-weight="bold" ${FONT}>${esc(chart.title)}</text>${legend}${rows.join("")}</svg>`;
}
