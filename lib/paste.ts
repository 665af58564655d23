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
