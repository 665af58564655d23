import "server-only";
import ExcelJS from "exceljs";
import type { Cell, DisclosureDocument, Table } from "../disclosure/model";
import { formatWan } from "../money";

/** A text that a spreadsheet could take for a formula is written with a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const THIN = { style: "thin" as const, color: { argb: "FF333333" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes rows of cells with their spans onto a sheet from `startRow`; returns the next free row. */
function writeGrid(sheet: ExcelJS.Worksheet, rows: Cell[][], startRow: number, header: boolean): number {
  const taken = new Set<string>();
  rows.forEach((cells, r) => {
    let col = 1;
    for (const cell of cells) {
      while (taken.has(`${startRow + r}:${col}`)) col++;
      const row = startRow + r;
      const span = cell.colSpan ?? 1;
      const down = cell.rowSpan ?? 1;
      const target = sheet.getCell(row, col);
      if (cell.fen !== undefined) {
        // As printed: blank stays blank, a printed 0.00 is the number 0.
        target.value = cell.text === "" ? null : Number(formatWan(cell.fen));
        target.numFmt = "0.00";
        target.alignment = { horizontal: "right", vertical: "middle" };
      } else {
        target.value = neutralise(cell.text);
        target.alignment = {
          horizontal: header || cell.align === "center" ? "center" : "left",
          vertical: "middle",
          wrapText: true,
          indent: cell.indent ?? 0,
        };
      }
      if (header) target.font = { bold: true };
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < span; dc++) {
          taken.add(`${row + dr}:${col + dc}`);
          sheet.getCell(row + dr, col + dc).border = BORDER;
        }
      if (span > 1 || down > 1) sheet.mergeCells(row, col, row + down - 1, col + span - 1);
      col += span;
    }
  });
  return startRow + rows.length;
}

function addTableSheet(workbook: ExcelJS.Workbook, table: Table) {
  const sheet = workbook.addWorksheet(`${table.id} ${table.title}`.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: table.columns > 6 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const n = table.columns;
  if (table.number) {
    sheet.getCell(1, n).value = table.number;
    sheet.getCell(1, n).alignment = { horizontal: "right" };
  }
  sheet.mergeCells(2, 1, 2, n);
  sheet.getCell(2, 1).value = table.title;
  sheet.getCell(2, 1).font = { bold: true, size: 16 };
  sheet.getCell(2, 1).alignment = { horizontal: "center" };
  if (table.organisation) sheet.getCell(3, 1).value = neutralise(table.organisation);
  sheet.getCell(3, n).value = table.unit;
  sheet.getCell(3, n).alignment = { horizontal: "right" };
  const afterHeader = writeGrid(sheet, table.header, 4, true);
  const afterBody = writeGrid(
    sheet,
    table.rows.map((r) => r.cells),
    afterHeader,
    false,
  );
  table.notes.forEach((note, i) => {
    sheet.mergeCells(afterBody + i, 1, afterBody + i, n);
    sheet.getCell(afterBody + i, 1).value = neutralise(note);
    sheet.getCell(afterBody + i, 1).alignment = { wrapText: true };
  });
  sheet.views = [{ state: "frozen", ySplit: afterHeader - 1 }];
  for (let c = 1; c <= n; c++) {
    const isName = table.header.some((r) => r.some((h) => /项目|科目名称/.test(h.text))) && (c % 3 === 2 || c === 1);
    sheet.getColumn(c).width = isName ? 30 : 14;
  }
}

/** The nine tables, one sheet each, in the official layout (merged multi-level headers, 0.00). */
export async function renderXlsx(doc: DisclosureDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "部门决算公开编制系统";
  workbook.title = doc.title;
  for (const part of doc.parts) {
    for (const section of part.sections) {
      for (const block of section.blocks) if (block.kind === "table") addTableSheet(workbook, block.table);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
