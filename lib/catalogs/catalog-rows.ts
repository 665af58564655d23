/**
 * Reading an official catalog file's table: the rows of a sheet (or CSV) as cell texts → the subjects,
 * or the reasons it cannot be read, each naming its row as the spreadsheet shows it. The header row is
 * found wherever it is (the real files open with merged title rows); blank rows are skipped; columns
 * other than 科目编码 and 科目名称 are ignored; 类/款/项 follow from the code's length. Pure.
 */
import { CATALOG_CODE_LENGTHS, type CatalogKind, type SubjectLevel } from "../domain";

export interface CatalogEntry {
  code: string;
  name: string;
  level: SubjectLevel;
  parentCode: string | null;
}

/** One row of the file: its row number (1-based, as the spreadsheet shows it) and its cells' text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export type CatalogRead = { ok: true; entries: CatalogEntry[] } | { ok: false; errors: string[] };

const CODE_HEADERS = ["科目编码", "科目代码", "编码", "代码", "code"];
const NAME_HEADERS = ["科目名称", "名称", "name"];
/** How many problems are listed at most (the rest are counted). */
const MAX_ERRORS = 20;

const LEVEL_BY_LENGTH: Record<number, SubjectLevel> = { 3: "class", 5: "section", 7: "item" };
export const LEVEL_WORDS: Record<SubjectLevel, string> = { class: "类", section: "款", item: "项" };

const clean = (text: string) => text.replace(/[\s\u3000]+/g, " ").trim();
const headerCell = (text: string) => clean(text).replace(/\s/g, "").toLowerCase();

/** The level of a code of this catalog (by its length), or null. */
export function levelOfCode(kind: CatalogKind, code: string): SubjectLevel | null {
  return CATALOG_CODE_LENGTHS[kind].includes(code.length) ? (LEVEL_BY_LENGTH[code.length] ?? null) : null;
}

/** The code one level up (款 of a 项, 类 of a 款), or null for a 类. */
export function parentOfCode(code: string): string | null {
  return code.length > 3 ? code.slice(0, code.length - 2) : null;
}

function findHeader(rows: SheetRow[]): { index: number; code: number; name: number } | null {
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells.map(headerCell);
    const code = cells.findIndex((c) => CODE_HEADERS.includes(c));
    const name = cells.findIndex((c) => NAME_HEADERS.includes(c));
    if (code >= 0 && name >= 0 && code !== name) return { index: i, code, name };
  }
  return null;
}

export function readCatalogRows(kind: CatalogKind, rows: SheetRow[]): CatalogRead {
  const header = findHeader(rows);
  if (!header) {
    return { ok: false, errors: ["没有找到表头：文件中应有“科目编码”和“科目名称”两列（标题行、空行可以保留）。"] };
  }
  const lengths = CATALOG_CODE_LENGTHS[kind].join("、");
  const errors: string[] = [];
  const entries: (CatalogEntry & { row: number })[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of rows.slice(header.index + 1)) {
    const rawCode = clean(cells[header.code] ?? "");
    const name = clean(cells[header.name] ?? "");
    if (rawCode === "" && name === "") continue; // a blank line, or one with only other columns
    const code = rawCode.replace(/\s/g, "");
    if (code === "") {
      errors.push(`第${row}行：有科目名称“${name}”但没有科目编码。`);
      continue;
    }
    if (!/^\d+$/.test(code)) {
      errors.push(`第${row}行：科目编码“${rawCode}”不是数字。`);
      continue;
    }
    const level = levelOfCode(kind, code);
    if (!level) {
      errors.push(`第${row}行：科目编码${code}是${code.length}位，应为${lengths}位数字。`);
      continue;
    }
    if (name === "") {
      errors.push(`第${row}行：科目编码${code}没有科目名称。`);
      continue;
    }
    if (name.length > 60) {
      errors.push(`第${row}行：科目名称超过60个字。`);
      continue;
    }
    const seen = firstRow.get(code);
    if (seen !== undefined) {
      errors.push(`第${row}行：科目编码${code}与第${seen}行重复。`);
      continue;
    }
    firstRow.set(code, row);
    entries.push({ row, code, name, level, parentCode: parentOfCode(code) });
  }
  for (const e of entries) {
    if (e.parentCode && !firstRow.has(e.parentCode)) {
      const parentLevel = LEVEL_WORDS[LEVEL_BY_LENGTH[e.parentCode.length]!];
      errors.push(
        `第${e.row}行：${LEVEL_WORDS[e.level]}${e.code}“${e.name}”的${parentLevel}${e.parentCode}不在文件中。`,
      );
    }
  }
  if (errors.length > 0) {
    errors.sort((a, b) => rowOf(a) - rowOf(b));
    return {
      ok: false,
      errors:
        errors.length > MAX_ERRORS
          ? [...errors.slice(0, MAX_ERRORS), `另有${errors.length - MAX_ERRORS}处问题未列出。`]
          : errors,
    };
  }
  if (entries.length === 0) return { ok: false, errors: ["表头下没有任何科目。"] };
  return {
    ok: true,
    entries: entries.map(({ row: _row, ...e }) => e).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

const rowOf = (message: string) => Number(/^第(\d+)行/.exec(message)?.[1] ?? 0);

export { csvRows } from "../spreadsheets/csv";
