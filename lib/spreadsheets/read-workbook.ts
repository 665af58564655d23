/**
 * An uploaded spreadsheet → its sheets as rows of cells, for the catalog import (lib/catalogs) and the
 * report import (lib/imports). .xlsx through exceljs, or CSV in UTF-8 or GBK (what Excel on a Chinese
 * Windows saves); anything else is refused with a message a user can act on.
 *
 * - Size: at most `maxBytes`; the zip inside an .xlsx is checked before anything is inflated
 *   (zip-check.ts: declared sizes, ratio, and a capped inflation), so a zip bomb is refused.
 * - Formulas are never evaluated: a formula cell carries the value Excel saved with it (`formula: "cached"`),
 *   or none (`formula: "missing"`, empty text) — the caller says what that means for its column.
 * - Merged cells: every cell of a merged range carries the range's value (headers read as they look);
 *   all but the top-left one are marked `merged`, so data rows do not count a value twice.
 * - Numbers keep their exact decimal text: integers as digits; other values as JavaScript's shortest
 *   round-trip text, or — when that shows binary noise such as 0.30000000000000004 — at Excel's own
 *   15 significant digits (what Excel shows and what it would save as text). No arithmetic on them.
 */
import ExcelJS from "exceljs";
import { csvRows } from "./csv";
import { checkZip } from "./zip-check";

export interface ReadCell {
  text: string;
  /** The cell held a number (its text is `text`). */
  numeric: boolean;
  /** A formula cell: with Excel's saved value, or without one. */
  formula: "cached" | "missing" | null;
  /** Part of a merged range, not its top-left cell. */
  merged: boolean;
}

export interface ReadRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  cells: ReadCell[];
}

export interface ReadSheet {
  name: string;
  rows: ReadRow[];
}

export type WorkbookRead = { ok: true; kind: "xlsx" | "csv"; sheets: ReadSheet[] } | { ok: false; error: string };

export interface ReadLimits {
  maxBytes: number;
  /** Rows with content per sheet. */
  maxRowsPerSheet: number;
  /** Rows with content in all sheets together. */
  maxRowsTotal: number;
  /** What the error says when a sheet is too long. */
  tooManyRows: (sheet: string, max: number) => string;
  allowCsv: boolean;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const EMPTY: ReadCell = { text: "", numeric: false, formula: null, merged: false };

/** A number as exact decimal text (see the header). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const shortest = String(n);
  if (!/e/i.test(shortest) && shortest.replace(/^-?\d*\.?/, "").length <= 6) return shortest;
  const excel = n.toPrecision(15);
  if (/e/i.test(excel)) return shortest;
  return excel.includes(".") ? excel.replace(/0+$/, "").replace(/\.$/, "") : excel;
}

function cellOf(value: ExcelJS.CellValue, merged: boolean): ReadCell {
  const plain = (text: string, numeric = false): ReadCell => ({ text, numeric, formula: null, merged });
  if (value === null || value === undefined) return merged ? { ...EMPTY, merged } : EMPTY;
  if (typeof value === "string") return plain(value);
  if (typeof value === "number") return plain(numberText(value), true);
  if (typeof value === "boolean") return plain(value ? "TRUE" : "FALSE");
  if (value instanceof Date) return plain(value.toISOString().slice(0, 10));
  if (typeof value === "object") {
    if ("richText" in value) return plain(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null || (typeof result === "object" && !(result instanceof Date))) {
        // No saved value, or an error value such as #DIV/0!.
        return { text: "", numeric: false, formula: "missing", merged };
      }
      return { ...cellOf(result, merged), formula: "cached" };
    }
    if ("text" in value && typeof value.text === "string") return plain(value.text);
    if ("error" in value) return plain("");
  }
  return plain("");
}

async function xlsxSheets(bytes: Uint8Array, limits: ReadLimits): Promise<ReadSheet[] | string> {
  const zip = checkZip(bytes);
  if (zip) return zip;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return "文件无法作为 Excel（.xlsx）读取，可能已损坏。";
  }
  const sheets: ReadSheet[] = [];
  let total = 0;
  for (const sheet of workbook.worksheets) {
    const rows: ReadRow[] = [];
    let tooMany = false;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rows.length >= limits.maxRowsPerSheet || total >= limits.maxRowsTotal) {
        tooMany = true;
        return;
      }
      total++;
      const cells: ReadCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const merged = cell.isMerged && cell.master !== cell;
        cells[col - 1] = cellOf(merged ? cell.master.value : cell.value, merged);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? EMPTY) });
    });
    if (tooMany) return limits.tooManyRows(sheet.name, limits.maxRowsPerSheet);
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gbk", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

/** Reads an uploaded spreadsheet; `name` is the uploaded file's name (the CSV sheet is named after it). */
export async function readWorkbook(name: string, bytes: Uint8Array, limits: ReadLimits): Promise<WorkbookRead> {
  const notSheet = limits.allowCsv
    ? "文件不是 Excel（.xlsx）或 CSV 表格，无法读取。"
    : "文件不是 Excel（.xlsx）工作簿，无法读取。请上传 .xlsx 文件。";
  if (bytes.byteLength === 0) return { ok: false, error: "文件是空的。" };
  if (bytes.byteLength > limits.maxBytes) {
    return { ok: false, error: `文件超过${Math.round(limits.maxBytes / 1024 / 1024)} MB。` };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      error: `这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx${limits.allowCsv ? " 或 CSV" : ""} 后再导入。`,
    };
  }
  if (startsWith(bytes, XLSX_MAGIC)) {
    const sheets = await xlsxSheets(bytes, limits);
    return typeof sheets === "string" ? { ok: false, error: sheets } : { ok: true, kind: "xlsx", sheets };
  }
  if (!limits.allowCsv) return { ok: false, error: notSheet };
  const text = decodeText(bytes);
  if (text === null || /\.(xlsx?|pdf|docx?|zip)$/i.test(name)) return { ok: false, error: notSheet };
  const rows = csvRows(text);
  const sheetName = name.replace(/\.csv$/i, "") || "CSV";
  if (rows.length > Math.min(limits.maxRowsPerSheet, limits.maxRowsTotal)) {
    return { ok: false, error: limits.tooManyRows(sheetName, limits.maxRowsPerSheet) };
  }
  return {
    ok: true,
    kind: "csv",
    sheets: [
      {
        name: sheetName,
        rows: rows.map((r) => ({
          row: r.row,
          cells: r.cells.map((text) => ({ text, numeric: false, formula: null, merged: false })),
        })),
      },
    ],
  };
}
