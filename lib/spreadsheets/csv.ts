/** CSV text → rows of cell text. Pure. */

/**
 * The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks), numbered
 * as lines from 1. A byte-order mark is dropped.
 */
export interface CsvRow {
  row: number;
  cells: string[];
}

export function csvRows(text: string): CsvRow[] {
  const out: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      cells.push(cell);
      out.push({ row: rowStart, cells });
      cells = [];
      cell = "";
      line++;
      rowStart = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    out.push({ row: rowStart, cells });
  }
  return out;
}
