import "server-only";
import ExcelJS from "exceljs";
import { assertCan, type Actor } from "../access";
import { catalogFor, catalogYear } from "../catalog";
import { neutralise } from "../export/xlsx";
import { CATALOG_KIND_LABELS, SUBJECT_LEVEL_LABELS, SUBJECT_SOURCE_LABELS, type CatalogKind } from "../domain";

/**
 * A year's catalog as an .xlsx: a title row, then 科目编码 | 科目名称 | 级次 | 来源 — the layout the import
 * reads back (the title row is skipped, the extra columns ignored). Codes are text, so Excel keeps them
 * as they are; names are neutralised against formula injection.
 */
export async function catalogWorkbook(
  actor: Actor,
  kind: CatalogKind,
  year: number,
): Promise<{ name: string; bytes: Buffer }> {
  assertCan(actor, "admin.catalogs");
  const inForce = catalogYear(kind, year);
  const subjects = catalogFor(kind, year);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${year}年${CATALOG_KIND_LABELS[kind]}`);
  sheet.columns = [{ width: 14 }, { width: 44 }, { width: 8 }, { width: 14 }];
  const title =
    inForce === year || inForce === null
      ? `${year}年${CATALOG_KIND_LABELS[kind]}科目表`
      : `${year}年${CATALOG_KIND_LABELS[kind]}科目表（沿用${inForce}年）`;
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, 4);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const header = sheet.addRow(["科目编码", "科目名称", "级次", "来源"]);
  header.font = { bold: true };
  for (const s of subjects) {
    const row = sheet.addRow([
      s.code,
      neutralise(s.name),
      SUBJECT_LEVEL_LABELS[s.level],
      s.unconfirmed ? `${SUBJECT_SOURCE_LABELS[s.source]}（待确认）` : SUBJECT_SOURCE_LABELS[s.source],
    ]);
    row.getCell(1).numFmt = "@";
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: `${year}年${CATALOG_KIND_LABELS[kind]}科目表.xlsx`, bytes };
}
