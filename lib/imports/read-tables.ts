/**
 * Finding a table on a sheet and reading its cells: the header row by its text (title rows, blank rows
 * and extra columns skipped; a merged group header above combined with the row below), the unit of
 * each amount column (万元 when its header or the sheet above the header says so, else 元), and cells
 * parsed exactly — amounts to integer 分 by their decimal text (lib/money), never through floating
 * point. Every problem names its sheet, row and column. Pure.
 */
import { parseMoney, type MoneyUnit } from "../money";
import { normaliseHeader, type ImportColumn, type TableLayout } from "./layouts";
import type { ReadCell, ReadRow, ReadSheet } from "../spreadsheets/read-workbook";

export interface ImportProblem {
  sheet: string;
  /** 1-based row as the spreadsheet shows it, or null for the whole sheet. */
  row: number | null;
  /** Column letter (A, B, …, AA), or null for the whole row. */
  column: string | null;
  message: string;
  /** A 功能分类 code the year's catalog lacks: the preview offers to add it. */
  unknownSubject?: { code: string; name: string };
}

/** “工作表“功能分类”第12行E列：…” — how a problem reads on the preview. */
export function describeProblem(p: ImportProblem): string {
  const where = `工作表“${p.sheet}”${p.row === null ? "" : `第${p.row}行`}${p.column === null ? "" : `${p.column}列`}`;
  return `${where}：${p.message}`;
}

/** 0-based column index → spreadsheet letters. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface LocatedTable {
  sheet: ReadSheet;
  layout: TableLayout;
  /** Index (in sheet.rows) of the header's last row. */
  headerIndex: number;
  /** Column index by the layout's column key (only the columns found). */
  columns: Map<string, number>;
  units: Map<string, MoneyUnit>;
  /** The column texts found, by key (for messages). */
  headers: Map<string, string>;
}

const text = (cells: ReadCell[] | undefined, c: number) => cells?.[c]?.text.trim() ?? "";

function matches(column: ImportColumn, candidate: string): boolean {
  if (candidate === "") return false;
  const names = [
    column.header,
    ...(column.aliases ?? []),
    ...(column.group ? [`${column.group}${column.header}`] : []),
  ];
  return names.some((n) => normaliseHeader(n) === candidate);
}

const WAN = /万元/;
const SHEET_WAN = /(单位|金额单位)[:：]?\s*万元|^万元$/;
const SHEET_YUAN = /(单位|金额单位)[:：]?\s*元|^元$/;

/**
 * The best header row of a layout on a sheet within its first 30 rows: the one where the required
 * columns and the most columns are found. null when a required column is missing everywhere.
 */
export function locateTable(sheet: ReadSheet, layout: TableLayout, from = 0): LocatedTable | null {
  let best: LocatedTable | null = null;
  let bestCount = 0;
  const limit = Math.min(sheet.rows.length, from + 30);
  for (let h = from; h < limit; h++) {
    const columns = new Map<string, number>();
    const headers = new Map<string, string>();
    const units = new Map<string, MoneyUnit>();
    const width = Math.max(...[0, 1, 2].map((k) => sheet.rows[h - k]?.cells.length ?? 0));
    for (let c = 0; c < width; c++) {
      const own = text(sheet.rows[h]?.cells, c);
      const up1 = h - 1 >= from ? text(sheet.rows[h - 1]?.cells, c) : "";
      const up2 = h - 2 >= from ? text(sheet.rows[h - 2]?.cells, c) : "";
      const combos = [
        ...(up2 && up1 && up2 !== up1 && up1 !== own ? [up2 + up1 + own] : []),
        ...(up1 && up1 !== own ? [up1 + own] : []),
        own,
      ];
      for (const combo of combos) {
        const n = normaliseHeader(combo);
        const column = layout.columns.find((col) => !columns.has(col.key) && matches(col, n));
        if (!column) continue;
        columns.set(column.key, c);
        headers.set(column.key, own || combo);
        if (WAN.test(own) || (up1 !== own && WAN.test(up1))) units.set(column.key, "wan");
        else if (/[（(]元[)）]/.test(combo)) units.set(column.key, "yuan");
        break;
      }
    }
    if (layout.columns.some((c) => c.required && !columns.has(c.key))) continue;
    if (columns.size > bestCount) {
      bestCount = columns.size;
      best = { sheet, layout, headerIndex: h, columns, units, headers };
    }
  }
  if (!best) return null;
  // The sheet's unit, stated above the header (“单位：万元”), for columns that do not state their own.
  let sheetUnit: MoneyUnit = "yuan";
  for (const row of sheet.rows.slice(from, best.headerIndex + 1)) {
    for (const cell of row.cells) {
      const t = cell.text.replace(/\s/g, "");
      if (SHEET_WAN.test(t)) sheetUnit = "wan";
      else if (SHEET_YUAN.test(t)) sheetUnit = "yuan";
    }
  }
  for (const col of layout.columns) {
    if (col.kind === "money" && best.columns.has(col.key) && !best.units.has(col.key))
      best.units.set(col.key, sheetUnit);
  }
  return best;
}

/** The rows below a located table's header (until the end of the sheet, or `until`). */
export const bodyRows = (t: LocatedTable, until?: number): ReadRow[] => t.sheet.rows.slice(t.headerIndex + 1, until);

export interface CellRef {
  sheet: string;
  row: number;
  column: string;
}

export const cellRef = (t: LocatedTable, row: ReadRow, key: string): CellRef => ({
  sheet: t.sheet.name,
  row: row.row,
  column: columnLetter(t.columns.get(key) ?? 0),
});

/** A cell of a data row (empty for a cell that merely repeats a merged range above or beside it). */
export function cellAt(t: LocatedTable, row: ReadRow, key: string): ReadCell | null {
  const index = t.columns.get(key);
  if (index === undefined) return null;
  const cell = row.cells[index];
  if (!cell || cell.merged) return { text: "", numeric: false, formula: cell?.formula ?? null, merged: true };
  return cell;
}

const DASHES = /^[-－—–‐]+$/;

/**
 * An amount cell → 分, or a problem. Empty (and a lone dash, as printed tables show a zero) is 0 —
 * reported as `empty` so that totals compare only the figures written. A formula without a saved value
 * is an error: the app never computes formulas.
 */
export function readMoneyCell(
  t: LocatedTable,
  row: ReadRow,
  key: string,
  problems: ImportProblem[],
  options: { allowNegative?: boolean } = {},
): { fen: number; empty: boolean } | null {
  const cell = cellAt(t, row, key);
  if (!cell) return null;
  const ref = cellRef(t, row, key);
  if (cell.formula === "missing") {
    problems.push({
      ...ref,
      message: "公式没有保存的计算结果（本系统不计算公式）：请在 Excel 中打开、保存后再导入，或把公式改为数值。",
    });
    return null;
  }
  const raw = cell.text.trim();
  if (raw === "" || DASHES.test(raw)) return { fen: 0, empty: true };
  const unit = t.units.get(key) ?? "yuan";
  const r = parseMoney(raw, { unit, allowNegative: options.allowNegative });
  if (!r.ok) {
    const label = t.headers.get(key) ?? key;
    problems.push({
      ...ref,
      message: `“${label}”的“${raw}”不是有效金额：${r.error}${unit === "wan" ? "（本列按万元读取）" : ""}。`,
    });
    return null;
  }
  return { fen: r.fen, empty: false };
}

/** A whole-number cell (counts) or null with a problem. */
export function readCountCell(t: LocatedTable, row: ReadRow, key: string, problems: ImportProblem[]): number | null {
  const cell = cellAt(t, row, key);
  if (!cell) return null;
  const raw = cell.text.trim().replace(/,/g, "");
  if (raw === "" || DASHES.test(raw)) return 0;
  if (!/^\d{1,8}$/.test(raw)) {
    problems.push({ ...cellRef(t, row, key), message: `“${raw}”不是不小于0的整数。` });
    return null;
  }
  return Number(raw);
}

/** A score or weight (0–100, up to two decimals) as text as the forms take it, or null with a problem. */
export function readPointsCell(t: LocatedTable, row: ReadRow, key: string, problems: ImportProblem[]): string | null {
  const cell = cellAt(t, row, key);
  if (!cell) return null;
  const raw = cell.text.trim();
  if (raw === "") return "";
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(raw);
  if (!m || Number(m[1]) > 100 || (Number(m[1]) === 100 && Number(m[2] ?? 0) > 0)) {
    problems.push({ ...cellRef(t, row, key), message: `“${raw}”不是0到100之间、最多两位小数的分数。` });
    return null;
  }
  // As the forms show a stored score: no trailing zeros (95.50 → 95.5).
  return raw.includes(".") ? raw.replace(/0+$/, "").replace(/\.$/, "") : raw;
}

export const textAt = (t: LocatedTable, row: ReadRow, key: string) => cellAt(t, row, key)?.text.trim() ?? "";

/** Whether a row is blank in every column of the table. */
export const blankRow = (t: LocatedTable, row: ReadRow) =>
  [...t.columns.values()].every((i) => (row.cells[i]?.text.trim() ?? "") === "");

/** 合计 / 总计 / 小计 (with or without spaces, as a whole cell) in any of the given cells. */
export function totalWord(texts: string[]): "total" | "subtotal" | null {
  for (const t of texts) {
    const s = t.replace(/[\s\u3000]/g, "");
    if (/^(本年)?(支出|收入)?(合计|总计)$|^[“"]?三公[”"]?经费合计$/.test(s)) return "total";
    if (/^小计$/.test(s)) return "subtotal";
  }
  return null;
}
