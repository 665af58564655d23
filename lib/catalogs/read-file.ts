/**
 * An uploaded catalog file → its subjects, through the shared spreadsheet reader
 * (lib/spreadsheets/read-workbook.ts: .xlsx or CSV in UTF-8/GBK, formulas never evaluated, zip bombs
 * refused): the first sheet that has a header row is read. Anything else is refused with a message the
 * admin can act on.
 */
import type { CatalogKind } from "../domain";
import { readWorkbook } from "../spreadsheets/read-workbook";
import { readCatalogRows, type CatalogRead } from "./catalog-rows";

export const MAX_CATALOG_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_CATALOG_ROWS = 20_000;

/** Reads a catalog file of the given kind; `name` is the uploaded file's name. */
export async function readCatalogFile(kind: CatalogKind, name: string, bytes: Uint8Array): Promise<CatalogRead> {
  const read = await readWorkbook(name, bytes, {
    maxBytes: MAX_CATALOG_FILE_BYTES,
    maxRowsPerSheet: MAX_CATALOG_ROWS,
    maxRowsTotal: MAX_CATALOG_ROWS,
    tooManyRows: () => `文件超过${MAX_CATALOG_ROWS}行，不像是一年的科目表。`,
    allowCsv: true,
  });
  if (!read.ok) return { ok: false, errors: [read.error] };
  let first: CatalogRead | undefined;
  for (const sheet of read.sheets) {
    const rows = sheet.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => c.text) }));
    const result = readCatalogRows(kind, rows);
    if (result.ok) return result;
    const noHeader = result.errors[0]?.startsWith("没有找到表头");
    if (!noHeader) return result;
    first ??= result;
  }
  return first ?? { ok: false, errors: ["工作簿中没有工作表。"] };
}
