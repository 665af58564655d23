import { formatYuan, parseMoney, type MoneyUnit } from "./money";

/**
 * Parsing a block copied from Excel (or WPS) into rows and cells: tab-separated cells, one row per
 * line. Excel quotes a cell that contains a tab, a newline or a quote ("a""b" → a"b); a trailing
 * newline is not an extra row. Cell contents are returned as they are — parsing amounts is the
 * field's job, so a bad cell is shown as bad, never dropped.
 */
export const MAX_PASTE_ROWS = 2_000;
export const MAX_PASTE_CHARS = 1_000_000;

export type PasteResult = { ok: true; rows: string[][] } | { ok: false; error: string };

export function parseClipboardGrid(text: string): PasteResult {
  if (text.length > MAX_PASTE_CHARS) return { ok: false, error: "粘贴的内容过大（超过100万个字符），未粘贴。" };
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quotedCell = false;
  const s = text.replace(/\r\n?/g, "\n");
  while (i < s.length) {
    const ch = s[i]!;
    if (cell === "" && !quotedCell && ch === '"') {
      // A quoted cell: read to the closing quote; "" inside is a quote.
      let j = i + 1;
      let value = "";
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += s[j];
        j += 1;
      }
      if (closed && (j >= s.length || s[j] === "\t" || s[j] === "\n")) {
        cell = value;
        quotedCell = true;
        i = j;
        continue;
      }
      // Not a well-formed quoted cell: take the quote literally.
    }
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      quotedCell = false;
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      if (rows.length > MAX_PASTE_ROWS) return { ok: false, error: `一次最多粘贴${MAX_PASTE_ROWS}行，未粘贴。` };
      row = [];
      cell = "";
      quotedCell = false;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== "" || row.length > 0 || quotedCell) {
    row.push(cell);
    rows.push(row);
  }
  if (rows.length > MAX_PASTE_ROWS) return { ok: false, error: `一次最多粘贴${MAX_PASTE_ROWS}行，未粘贴。` };
  return { ok: true, rows: rows.map((r) => r.map((c) => c.trim())) };
}

/** Whether pasted text is a block (several cells) rather than one value for one input. */
export const isBlock = (text: string) => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ""));

/** The grid a block is pasted into: its rows, its amount columns, where the paste landed. */
export interface PasteTarget {
  /** The grid's rows in display order: subject code (may be empty) and name. */
  rows: { code: string; name: string }[];
  /** The amount columns in display order. */
  columns: { field: string; label: string }[];
  /** The cell pasted into; `col` -1 when it is the code or name column. */
  anchor: { row: number; col: number };
  /** A subject code not yet in the grid that may be added as a row (a catalog subject): its name, else null. */
  addable?: (code: string) => string | null;
  /** The unit amounts are typed (and pasted) in. */
  unit: MoneyUnit;
  /** How many digits a row's subject code has (7 for a 功能分类 项), when the grid may have no rows yet. */
  codeLength?: number;
}

export type PastePlan =
  | { ok: false; error: string }
  | {
      ok: true;
      /** Amounts for rows already in the grid, by row position, as 元 text. */
      cells: { row: number; field: string; value: string }[];
      /** Subjects to add, with their amounts. */
      newRows: { code: string; name: string; values: Record<string, string> }[];
      matchedBy: "code" | "name" | "position";
      /** What the clerk should be told besides the count: skipped subtotal rows, cut columns … */
      notes: string[];
      rowCount: number;
    };

const SUBTOTAL = /合计|总计|小计/;
/** "2013101", "[2013101]行政运行", "2013101 行政运行" → code and name. */
const CODE_CELL = /^\[?(\d{3,7})\]?\s*(\D.*)?$/;
const normaliseName = (s: string) => s.replace(/[\s\u3000]/g, "");
/** Excel's accounting format copies a zero as "-". */
const isBlankAmount = (s: string) => /^[\s\-－—]*$/.test(s);

function amountText(raw: string, unit: MoneyUnit): { text: string } | { bad: true } {
  if (isBlankAmount(raw)) return { text: "" };
  const r = parseMoney(raw, { unit, allowNegative: true });
  if (r.ok) return { text: formatYuan(r.fen) };
  // Digits that only break a rule the field explains (a third decimal, a misplaced comma) go to the
  // field as typed; letters and words never do.
  return /^[\s+\-－—¥￥0-9０-９.,，．。]+$/.test(raw) ? { text: raw } : { bad: true };
}

/**
 * Where a block copied from Excel or 久其 goes. A leading subject-code column (optionally followed by a
 * name column, or with the name in the same cell) matches rows by code — adding subjects the grid
 * lacks and skipping 类/款 subtotal rows — instead of filling by position; a leading column of row
 * names matches by name; otherwise the block fills from the cell pasted into. Amounts start at the
 * amount column pasted into (the first one when pasted into the code or name column). A block that
 * would put text into an amount is refused whole, naming the cell.
 */
export function planPaste(block: string[][], target: PasteTarget): PastePlan {
  const rows = block.filter((r) => r.some((c) => c.trim() !== ""));
  const fullLength = target.codeLength ?? target.rows.find((r) => r.code)?.code.length ?? 0;
  const byCode = new Map(target.rows.map((r, i) => [r.code, i]));
  const byName = new Map(target.rows.map((r, i) => [normaliseName(r.name), i]));
  const startCol = Math.max(target.anchor.col, 0);

  const codeOf = (cell: string) => {
    const m = CODE_CELL.exec(cell.trim());
    return m ? { code: m[1]!, name: (m[2] ?? "").trim() } : null;
  };
  const known = (code: string) => byCode.has(code) || (target.addable?.(code) ?? null) !== null;
  const firstCells = rows.map((r) => r[0] ?? "");
  const codeColumn =
    fullLength > 0 &&
    firstCells.some((c) => {
      const k = codeOf(c);
      return k !== null && k.code.length === fullLength && known(k.code);
    }) &&
    firstCells.every((c) => {
      const k = codeOf(c);
      // 类/款 rows (shorter codes) are subtotals; an unknown full code is refused with its name below.
      return SUBTOTAL.test(c.trim()) || (k !== null && k.code.length <= fullLength);
    });
  const nameColumnFirst =
    !codeColumn && firstCells.every((c) => byName.has(normaliseName(c)) || SUBTOTAL.test(c.trim()));

  const notes: string[] = [];
  type Mapped = { source: number; row: number | null; code: string; name: string; amounts: string[] };
  const mapped: Mapped[] = [];
  if (codeColumn) {
    // A column of words after the code (the names) is not amounts; a name in the code's cell is read there.
    const nameColumn =
      rows.some((r) => !codeOf(r[0] ?? "")?.name && (r[1] ?? "") !== "") &&
      rows.every((r) => codeOf(r[0] ?? "")?.name || (r[1] ?? "") === "" || "bad" in amountText(r[1]!, target.unit));
    let subtotals = 0;
    rows.forEach((r, source) => {
      const k = codeOf(r[0] ?? "");
      if (!k || k.code.length < fullLength) {
        subtotals += 1;
        return;
      }
      const row = byCode.get(k.code) ?? null;
      const name = row !== null ? target.rows[row]!.name : (target.addable?.(k.code) ?? k.name);
      mapped.push({ source, row, code: k.code, name, amounts: r.slice(!k.name && nameColumn ? 2 : 1) });
    });
    if (subtotals > 0) notes.push(`已跳过类、款或合计行${subtotals}行（由系统汇总）。`);
    const unknown = mapped.find((m) => m.row === null && (target.addable?.(m.code) ?? null) === null);
    if (unknown)
      return { ok: false, error: `第${unknown.source + 1}行的科目编码${unknown.code}不在本表的科目表中，未粘贴。` };
  } else if (nameColumnFirst) {
    rows.forEach((r, source) => {
      const row = byName.get(normaliseName(r[0] ?? ""));
      if (row === undefined) return;
      mapped.push({ source, row, code: target.rows[row]!.code, name: target.rows[row]!.name, amounts: r.slice(1) });
    });
    const skipped = rows.length - mapped.length;
    if (skipped > 0) notes.push(`已跳过合计行${skipped}行。`);
  } else {
    let below = 0;
    rows.forEach((r, source) => {
      const row = target.anchor.row + source;
      if (row >= target.rows.length) below += 1;
      else mapped.push({ source, row, code: target.rows[row]!.code, name: target.rows[row]!.name, amounts: r });
    });
    if (below > 0) notes.push(`表格下方没有更多行，多出的${below}行未粘贴。`);
  }

  const cells: { row: number; field: string; value: string }[] = [];
  const newRows: { code: string; name: string; values: Record<string, string> }[] = [];
  let cut = 0;
  for (const m of mapped) {
    const values: Record<string, string> = {};
    for (const [i, raw] of m.amounts.entries()) {
      const column = target.columns[startCol + i];
      if (!column) {
        if (raw.trim() !== "") cut = Math.max(cut, m.amounts.length - i);
        continue;
      }
      const amount = amountText(raw, target.unit);
      if ("bad" in amount) {
        const name = `${m.code} ${m.name}`.trim();
        return {
          ok: false,
          error: `粘贴内容第${m.source + 1}行第${i + 1 + (codeColumn || nameColumnFirst ? 1 : 0)}格“${raw}”不是金额（将填入“${name} · ${column.label}”），未粘贴。`,
        };
      }
      values[column.field] = amount.text;
    }
    if (m.row !== null) {
      for (const [field, value] of Object.entries(values)) cells.push({ row: m.row, field, value });
    } else newRows.push({ code: m.code, name: m.name, values });
  }
  if (cut > 0) notes.push(`右侧没有更多列，每行多出的${cut}列未粘贴。`);
  return {
    ok: true,
    cells,
    newRows,
    matchedBy: codeColumn ? "code" : nameColumnFirst ? "name" : "position",
    notes,
    rowCount: mapped.length,
  };
}
