/**
 * An uploaded catalog file → its rows of cell text: .xlsx through exceljs (the first sheet that has a
 * header row; formulas are never evaluated — a formula cell counts with the value Excel saved for it),
 * or CSV in UTF-8 or GBK (what Excel on a Chinese Windows saves). Anything else is refused with a
 * message the admin can act on.
 */
import ExcelJS from "exceljs";
import type { CatalogKind } from "../domain";
import { readCatalogRows, csvRows, type CatalogRead, type SheetRow } from "./catalog-rows";

export const MAX_CATALOG_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_CATALOG_ROWS = 20_000;

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: CellValue }).result;
      return result === undefined || typeof result === "object" ? "" : cellText(result);
    }
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return "";
  }
  return "";
}

async function xlsxSheets(bytes: Uint8Array): Promise<SheetRow[][] | string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return "文件无法作为 Excel（.xlsx）读取，可能已损坏。";
  }
  const sheets: SheetRow[][] = [];
  let count = 0;
  for (const sheet of workbook.worksheets) {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      count++;
      if (count > MAX_CATALOG_ROWS) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? "") });
    });
    sheets.push(rows);
  }
  if (count > MAX_CATALOG_ROWS) return `文件超过${MAX_CATALOG_ROWS}行，不像是一年的科目表。`;
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

/** Reads a catalog file of the given kind; `name` is the uploaded file's name. */
export async function readCatalogFile(kind: CatalogKind, name: string, bytes: Uint8Array): Promise<CatalogRead> {
  if (bytes.byteLength === 0) return { ok: false, errors: ["文件是空的。"] };
  if (bytes.byteLength > MAX_CATALOG_FILE_BYTES) return { ok: false, errors: ["文件超过5 MB。"] };
  if (startsWith(bytes, OLE_MAGIC)) {
    return { ok: false, errors: ["这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入。"] };
  }
  if (startsWith(bytes, XLSX_MAGIC)) {
    const sheets = await xlsxSheets(bytes);
    if (typeof sheets === "string") return { ok: false, errors: [sheets] };
    let first: CatalogRead | undefined;
    for (const rows of sheets) {
      const read = readCatalogRows(kind, rows);
      if (read.ok) return read;
      const noHeader = read.errors[0]?.startsWith("没有找到表头");
      if (!noHeader) return read;
      first ??= read;
    }
    return first ?? { ok: false, errors: ["工作簿中没有工作表。"] };
  }
  const text = decodeText(bytes);
  if (text === null || /\.(xlsx?|pdf|docx?|zip)$/i.test(name)) {
    return { ok: false, errors: ["文件不是 Excel（.xlsx）或 CSV 表格，无法读取。"] };
  }
  const rows = csvRows(text);
  if (rows.length > MAX_CATALOG_ROWS) {
    return { ok: false, errors: [`文件超过${MAX_CATALOG_ROWS}行，不像是一年的科目表。`] };
  }
  return readCatalogRows(kind, rows);
}
