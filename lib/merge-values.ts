/**
 * Three-way merge of a form's values: what the user's edit started from (`base`), what they have now
 * (`mine`) and what the server has now (`theirs`). Used when a colleague saved the same section first
 * and when a browser draft made on an older version is restored. Pure; no React.
 *
 * A field changed on one side only takes that side's value; a field changed on both sides to
 * different values is a conflict, left at `mine` until the user chooses. Arrays of rows are matched
 * by a key field where the form has one (功能分类 lines by subject code), else by position; a row one
 * side removed and the other changed is a conflict about the whole row.
 */

export type Values = Record<string, unknown>;
/** For each array's path (without indexes, e.g. "lines"), the field that identifies its rows. */
export type RowKeys = Record<string, string>;

export interface Conflict {
  /** Stable name, e.g. "lines[2013101].basicGeneralBudget" or "lines[2013101]" for a whole row. */
  key: string;
  /** Where it is in the merged values (react-hook-form path), e.g. "lines.3.basicGeneralBudget". */
  path: string;
  /** Where it is in `mine` and in `theirs` (absent on the side that has no such row). */
  minePath?: string;
  theirsPath?: string;
  /** A conflict about a row: one side removed it, the other changed it. */
  row?: { arrayPath: string; key: string };
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  merged: Values;
  conflicts: Conflict[];
  /** Fields where their change was taken (for "已合并对方的N处修改"). */
  takenFromTheirs: number;
}

const isObject = (v: unknown): v is Values => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const stripIndexes = (path: string) => path.replace(/\.\d+(?=\.|$)/g, "");
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function rowKeyOf(item: unknown, index: number, field: string | undefined): string {
  if (field && isObject(item)) return String(item[field] ?? `#${index}`);
  return String(index);
}

function keyed(rows: unknown[] | undefined, field: string | undefined): Map<string, unknown> {
  const map = new Map<string, unknown>();
  (rows ?? []).forEach((item, i) => map.set(rowKeyOf(item, i, field), item));
  return map;
}

export function mergeValues(base: Values, mine: Values, theirs: Values, rowKeys: RowKeys = {}): MergeResult {
  const conflicts: Conflict[] = [];
  let takenFromTheirs = 0;

  type Where = { key: string; path: string; minePath: string; theirsPath: string };
  const child = (w: Where, k: string | number): Where => ({
    key: join(w.key, k),
    path: join(w.path, k),
    minePath: join(w.minePath, k),
    theirsPath: join(w.theirsPath, k),
  });

  function leaf(b: unknown, m: unknown, t: unknown, w: Where): unknown {
    if (same(m, t)) return m;
    if (same(m, b)) {
      takenFromTheirs += 1;
      return t;
    }
    if (same(t, b)) return m;
    conflicts.push({ ...w, mine: m, theirs: t });
    return m;
  }

  function node(b: unknown, m: unknown, t: unknown, w: Where): unknown {
    if (Array.isArray(m) && Array.isArray(t)) return array(b as unknown[] | undefined, m, t, w);
    if (isObject(m) && isObject(t)) {
      const out: Values = {};
      const bo = isObject(b) ? b : {};
      for (const k of new Set([...Object.keys(m), ...Object.keys(t)])) out[k] = node(bo[k], m[k], t[k], child(w, k));
      return out;
    }
    return leaf(b, m, t, w);
  }

  function array(b: unknown[] | undefined, m: unknown[], t: unknown[], w: Where): unknown[] {
    const { key, path } = w;
    const field = rowKeys[stripIndexes(path)];
    const [bm, mm, tm] = [keyed(b, field), keyed(m, field), keyed(t, field)];
    const mineAt = new Map([...mm.keys()].map((k, i) => [k, join(w.minePath, i)]));
    const theirsAt = new Map([...tm.keys()].map((k, i) => [k, join(w.theirsPath, i)]));
    const out: unknown[] = [];
    const place = (value: unknown) => {
      out.push(value);
      return join(path, out.length - 1);
    };
    for (const [rk, mine] of mm) {
      const name = `${key}[${rk}]`;
      if (tm.has(rk)) {
        const at = join(path, out.length);
        out.push(
          node(bm.get(rk), mine, tm.get(rk), {
            key: name,
            path: at,
            minePath: mineAt.get(rk)!,
            theirsPath: theirsAt.get(rk)!,
          }),
        );
      } else if (!bm.has(rk)) {
        place(mine); // added by me
      } else if (same(mine, bm.get(rk))) {
        takenFromTheirs += 1; // removed by them, untouched by me
      } else {
        const at = place(mine);
        conflicts.push({
          key: name,
          path: at,
          minePath: mineAt.get(rk),
          row: { arrayPath: path, key: rk },
          mine,
          theirs: undefined,
        });
      }
    }
    for (const [rk, theirs] of tm) {
      if (mm.has(rk)) continue;
      const name = `${key}[${rk}]`;
      if (!bm.has(rk)) {
        place(theirs); // added by them
        takenFromTheirs += 1;
      } else if (!same(theirs, bm.get(rk))) {
        // Removed by me, changed by them: kept out until the user chooses.
        conflicts.push({
          key: name,
          path: join(path, out.length),
          theirsPath: theirsAt.get(rk),
          row: { arrayPath: path, key: rk },
          mine: undefined,
          theirs,
        });
      }
    }
    return out;
  }

  const merged = node(base, mine, theirs, { key: "", path: "", minePath: "", theirsPath: "" }) as Values;
  return { merged, conflicts, takenFromTheirs };
}

/** The value at a react-hook-form path ("lines.3.basicGeneralBudget"). */
function getPath(values: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v === null || v === undefined ? undefined : (v as Values)[k]), values);
}

function setPath(values: Values, path: string, value: unknown): Values {
  const [head, ...rest] = path.split(".");
  const copy: Values | unknown[] = Array.isArray(values) ? [...(values as unknown[])] : { ...values };
  const current = (copy as Values)[head!];
  (copy as Values)[head!] = rest.length === 0 ? value : setPath((current ?? {}) as Values, rest.join("."), value);
  return copy as Values;
}

/**
 * The merged values with each conflict settled as chosen ("mine" or "theirs"). A row conflict settled
 * for the side without the row removes it; one settled for the side with it keeps that side's row.
 */
export function resolveConflicts(
  merged: Values,
  conflicts: Conflict[],
  choice: (conflict: Conflict) => "mine" | "theirs",
  rowKeys: RowKeys = {},
): Values {
  let out = merged;
  const removals: { arrayPath: string; key: string }[] = [];
  const additions: { arrayPath: string; value: unknown }[] = [];
  for (const c of conflicts) {
    const value = choice(c) === "mine" ? c.mine : c.theirs;
    if (c.row) {
      const present = getPath(out, c.path) !== undefined && c.mine !== undefined;
      if (value === undefined && present) removals.push(c.row);
      else if (value !== undefined && !present) additions.push({ arrayPath: c.row.arrayPath, value });
      else if (value !== undefined) out = setPath(out, c.path, value);
    } else out = setPath(out, c.path, value);
  }
  for (const { arrayPath, value } of additions) {
    out = setPath(out, arrayPath, [...((getPath(out, arrayPath) as unknown[]) ?? []), value]);
  }
  for (const { arrayPath, key } of removals) {
    const field = rowKeys[stripIndexes(arrayPath)];
    const rows = (getPath(out, arrayPath) as unknown[]) ?? [];
    out = setPath(
      out,
      arrayPath,
      rows.filter((r, i) => rowKeyOf(r, i, field) !== key),
    );
  }
  return out;
}

/** The rows of `base` that `values` no longer has (by key), for "删除了…" in a save summary. */
export function removedRows(base: Values, values: Values, arrayPath: string, keyField: string): Values[] {
  const now = new Set(((getPath(values, arrayPath) as Values[]) ?? []).map((r) => String(r[keyField])));
  return ((getPath(base, arrayPath) as Values[]) ?? []).filter((r) => !now.has(String(r[keyField])));
}
