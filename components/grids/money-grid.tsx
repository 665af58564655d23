"use client";

import { type ColumnDef, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import {
  type ClipboardEvent,
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type Ref,
  useCallback,
  useImperativeHandle,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { get, type FieldValues, type Path, type UseFormReturn, useFormState, useWatch } from "react-hook-form";
import { fenToInput, formatYuan, parseMoney, type MoneyUnit } from "@/lib/money";
import { isBlock, parseClipboardGrid, planPaste } from "@/lib/paste";
import type { EditHistory } from "./edit-history";
import { SERVER_ROWS } from "./server-rows";

export interface GridColumn {
  field: string;
  /** The upper header (spans the columns that share it). */
  group: string;
  header: string;
}

export interface GridRow {
  /** Index of the row in the form's array. */
  index: number;
  code: string;
  name: string;
  detail?: string;
}

/** A named run of columns (the 收入支出 table's 本年收入, 本年支出 …): a top header and a shortcut button. */
export interface ColumnSet {
  key: string;
  title: string;
  fields: string[];
}

type Cell = { r: number; c: number };
type Editing = Cell & { text: string; /** started by typing: arrows leave the cell */ typed: boolean };

/*
 * The frozen columns and header rows are placed by classes, never by a style attribute: the
 * Content-Security-Policy (decision 012) allows no inline style, so a `style={{ left: 80 }}` in the
 * server's HTML is dropped by the browser and the name column and the header rows stop sticking.
 * Tailwind sees only whole class names, hence the lists.
 */
const CODE_WIDTH = 80; // px, the frozen code column (w-20); the name column is frozen next to it (left-20)
/** Each header row but the last is 32 px high (h-8); a row's `top` is the height of the rows above it. */
const HEADER_TOP = ["top-0", "top-8", "top-16", "top-24", "top-32"] as const;
/**
 * Keeps the active cell clear of the frozen header (its rows above the last, and ~44 px for the last)
 * and of the frozen columns when the grid scrolls to it; by the number of header rows.
 */
const SCROLL_PADDING_TOP = ["scroll-pt-[44px]", "scroll-pt-[76px]", "scroll-pt-[108px]", "scroll-pt-[140px]"];
const atMost = <T,>(list: readonly T[], i: number): T => list[Math.min(i, list.length - 1)]!;

const noSubscription = () => () => {};
/** False on the server and while the page hydrates, true from the render right after. */
const useLive = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/** What a cell shows for the 元 text the form holds: the same, or 万元 in 万元 mode. */
function shown(raw: string, unit: MoneyUnit): string {
  if (unit === "yuan" || raw.trim() === "") return raw;
  const r = parseMoney(raw);
  return r.ok ? fenToInput(r.fen, "wan") : raw;
}

/** The 元 text the form keeps for what was typed: reformatted when it is an amount, else as typed. */
export function storedAmount(text: string, unit: MoneyUnit): string {
  if (text.trim() === "") return "";
  const r = parseMoney(text, { unit, allowNegative: true });
  return r.ok ? formatYuan(r.fen) : text.trim();
}

/** A plain number for Excel (no separators), in the unit shown. */
function copied(raw: string, unit: MoneyUnit): string {
  const r = parseMoney(raw);
  if (!r.ok || raw.trim() === "") return raw;
  return unit === "wan" ? fenToInput(r.fen, "wan") : fenToInput(r.fen, "yuan");
}

/**
 * A spreadsheet over a react-hook-form array of amounts (`<arrayName>.<index>.<field>`), in 元 text.
 * Built by hand on @tanstack/react-table's column model (see docs/decisions/011-entry-grid.md):
 * every column in one grid, the code and name columns frozen and the headers sticky inside the grid's
 * own scroll box. Arrows move, Enter moves down and Tab right (Shift reverses), F2 or typing edits,
 * Esc cancels, Delete clears the selection, Ctrl+Z undoes; Shift+arrows, drag or a click on a row's
 * subject select a range, which Ctrl+C copies for Excel. A pasted block is placed by `planPaste`:
 * by subject code or name when it carries them, else from the active cell. Amounts are reformatted
 * when a cell is left; in 万元 mode they are shown and typed in 万元 and kept in 元.
 */
export interface MoneyGridHandle {
  /** Pastes a block as if into the grid's subject column (the 添加科目 box takes blocks this way). */
  paste: (text: string) => void;
}

export function MoneyGrid<F extends FieldValues>({
  ref,
  id,
  caption,
  form,
  arrayName,
  rows,
  columns,
  sets,
  readOnly = false,
  unit = "yuan",
  history,
  addable,
  codeLength,
  onAddRows,
  beforePaste,
  onMessage,
  onSelectRows,
}: {
  ref?: Ref<MoneyGridHandle>;
  id: string;
  caption: string;
  form: UseFormReturn<F, unknown, unknown>;
  arrayName: string;
  rows: GridRow[];
  columns: GridColumn[];
  sets?: ColumnSet[];
  readOnly?: boolean;
  unit?: MoneyUnit;
  history: EditHistory;
  /** A subject not in the grid that a paste may add: its name, else null. */
  addable?: (code: string) => string | null;
  /**
   * Waited for before a paste is placed (the catalog `addable` looks in, still loading); resolves with
   * a message when the paste cannot be placed, else null.
   */
  beforePaste?: () => Promise<string | null>;
  /** Digits of a row's subject code, so a paste into an empty grid still recognises codes. */
  codeLength?: number;
  /** Adds pasted subjects with their amounts; returns how to take them out again (undo). */
  onAddRows?: (rows: { code: string; values: Record<string, string> }[]) => () => void;
  onMessage: (message: { kind: "error" | "success"; text: string } | undefined) => void;
  /** The rows the selection spans (positions in `rows`), for actions on whole rows. */
  onSelectRows?: (positions: number[]) => void;
}) {
  const live = useLive();
  const values = (useWatch({ control: form.control, name: arrayName as Path<F> }) ?? []) as Record<string, string>[];
  const { errors } = useFormState({ control: form.control, name: arrayName as Path<F> });
  const [active, setActive] = useState<Cell>({ r: 0, c: 0 });
  const [anchor, setAnchor] = useState<Cell>({ r: 0, c: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const wantFocus = useRef(false);
  const programmaticFocus = useRef(false);
  const lastRow = rows.length - 1;
  const lastCol = columns.length - 1;

  const path = (r: number, c: number) => `${arrayName}.${rows[r]!.index}.${columns[c]!.field}` as Path<F>;
  const raw = (r: number, c: number) => values[rows[r]!.index]?.[columns[c]!.field] ?? "";
  // Most renders have no error at all (the server's always): then no cell's path is looked up.
  const anyError = get(errors, arrayName) !== undefined;
  const errorAt = (r: number, c: number) =>
    anyError ? (get(errors, path(r, c)) as { message?: string } | undefined)?.message : undefined;
  const label = (r: number, c: number) =>
    `${rows[r]!.code ? `${rows[r]!.code} ` : ""}${rows[r]!.name} · ${columns[c]!.group}·${columns[c]!.header}`;

  // Rows can go (a removed subject): keep the cursor inside the grid.
  const clamp = useCallback(
    (cell: Cell): Cell => ({ r: Math.max(0, Math.min(cell.r, lastRow)), c: Math.max(0, Math.min(cell.c, lastCol)) }),
    [lastRow, lastCol],
  );
  const cursor = clamp(active);
  const selection = {
    r0: Math.min(anchor.r, cursor.r),
    r1: Math.max(anchor.r, cursor.r),
    c0: Math.min(anchor.c, cursor.c),
    c1: Math.max(anchor.c, cursor.c),
  };

  useEffect(() => {
    if (!onSelectRows || rows.length === 0) return;
    const r0 = Math.min(anchor.r, active.r);
    const r1 = Math.min(Math.max(anchor.r, active.r), lastRow);
    onSelectRows(Array.from({ length: r1 - r0 + 1 }, (_, i) => r0 + i));
  }, [anchor.r, active.r, lastRow, onSelectRows, rows.length]);

  const cellElement = (cell: Cell) =>
    tableRef.current?.querySelector<HTMLElement>(`td[data-r="${cell.r}"][data-c="${cell.c}"]`) ?? null;

  // Keyboard and pointer moves bring the active cell into view and give it focus.
  useLayoutEffect(() => {
    if (!wantFocus.current || editing) return;
    wantFocus.current = false;
    const el = cellElement(cursor);
    programmaticFocus.current = true; // the cell's focus handler must not take it for a click
    el?.focus({ preventScroll: true });
    programmaticFocus.current = false;
    el?.scrollIntoView({ block: "nearest", inline: "nearest" });
  });

  const move = (to: Cell, extend = false) => {
    const next = clamp(to);
    wantFocus.current = true;
    setActive(next);
    if (!extend) setAnchor(next);
  };

  const setCells = (changes: { r: number; c: number; value: string }[]) => {
    const before = changes.map(({ r, c }) => ({ path: path(r, c), value: raw(r, c) }));
    const real = changes.filter((ch, i) => ch.value !== before[i]!.value);
    if (real.length === 0) return;
    for (const { r, c, value } of real) form.setValue(path(r, c), value as never, { shouldDirty: true });
    void form.trigger(arrayName as Path<F>);
    history.push({
      undo: () => {
        for (const b of before) form.setValue(b.path, b.value as never, { shouldDirty: true });
        void form.trigger(arrayName as Path<F>);
      },
    });
  };

  // The editor may be left twice (Enter, then the blur of its removal): commit it once.
  const editingRef = useRef<Editing | null>(null);
  editingRef.current = editing;
  const commit = (edit: Editing) => {
    if (editingRef.current !== edit) return;
    editingRef.current = null;
    setEditing(null);
    setCells([{ r: edit.r, c: edit.c, value: storedAmount(edit.text, unit) }]);
  };

  const startEdit = (cell: Cell, text: string | null) => {
    if (readOnly || rows.length === 0) return;
    setEditing({ ...cell, text: text ?? shown(raw(cell.r, cell.c), unit), typed: text !== null });
  };

  const clearSelection = () => {
    const changes = [];
    for (let r = selection.r0; r <= selection.r1; r++)
      for (let c = selection.c0; c <= selection.c1; c++) changes.push({ r, c, value: "" });
    setCells(changes);
  };

  const selectionText = () => {
    const wholeRows = selection.c0 === 0 && selection.c1 === lastCol;
    const lines = [];
    for (let r = selection.r0; r <= selection.r1; r++) {
      const cells = [];
      if (wholeRows) cells.push(rows[r]!.code, rows[r]!.name);
      for (let c = selection.c0; c <= selection.c1; c++) cells.push(copied(raw(r, c), unit));
      lines.push(cells.join("\t"));
    }
    return `${lines.join("\r\n")}\r\n`;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || rows.length === 0) return; // the editor handles its own keys
    const ctrl = event.ctrlKey || event.metaKey;
    const { r, c } = cursor;
    const key = event.key;
    const go = (to: Cell, extend = false) => {
      event.preventDefault();
      move(to, extend);
    };
    if (ctrl && key.toLowerCase() === "z") {
      event.preventDefault();
      if (!readOnly && history.undo()) onMessage({ kind: "success", text: "已撤销上一步修改。" });
      return;
    }
    if (ctrl && key.toLowerCase() === "a") {
      event.preventDefault();
      setAnchor({ r: 0, c: 0 });
      setActive({ r: lastRow, c: lastCol });
      return;
    }
    switch (key) {
      case "ArrowDown":
        return go({ r: ctrl ? lastRow : r + 1, c }, event.shiftKey);
      case "ArrowUp":
        return go({ r: ctrl ? 0 : r - 1, c }, event.shiftKey);
      case "ArrowRight":
        return go({ r, c: ctrl ? lastCol : c + 1 }, event.shiftKey);
      case "ArrowLeft":
        return go({ r, c: ctrl ? 0 : c - 1 }, event.shiftKey);
      case "Home":
        return go(ctrl ? { r: 0, c: 0 } : { r, c: 0 }, event.shiftKey);
      case "End":
        return go(ctrl ? { r: lastRow, c: lastCol } : { r, c: lastCol }, event.shiftKey);
      case "PageDown":
        return go({ r: r + 15, c }, event.shiftKey);
      case "PageUp":
        return go({ r: r - 15, c }, event.shiftKey);
      case "Enter":
        return go({ r: event.shiftKey ? r - 1 : r + 1, c });
      case "Tab": {
        // Right, then on to the next row; from the last cell (or back from the first) Tab leaves the grid.
        const next = event.shiftKey
          ? c > 0
            ? { r, c: c - 1 }
            : { r: r - 1, c: lastCol }
          : c < lastCol
            ? { r, c: c + 1 }
            : { r: r + 1, c: 0 };
        if (next.r < 0 || next.r > lastRow) return;
        return go(next);
      }
      case "F2":
        event.preventDefault();
        return startEdit(cursor, null);
      case "Delete":
      case "Backspace":
        event.preventDefault();
        if (!readOnly) clearSelection();
        return;
      case "Escape":
        setAnchor(cursor);
        return;
      case " ":
        if (event.shiftKey) {
          event.preventDefault();
          setAnchor({ r, c: 0 });
          setActive({ r, c: lastCol });
          return;
        }
    }
    if (key.length === 1 && !ctrl && !event.altKey) {
      event.preventDefault();
      startEdit(cursor, key);
    }
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    const { r, c } = editing;
    const leave = (to: Cell) => {
      event.preventDefault();
      event.stopPropagation();
      commit(editing);
      move(to);
    };
    switch (event.key) {
      case "Enter":
        return leave({ r: event.shiftKey ? r - 1 : r + 1, c });
      case "Tab":
        return leave(
          event.shiftKey
            ? c > 0
              ? { r, c: c - 1 }
              : { r: r - 1, c: lastCol }
            : c < lastCol
              ? { r, c: c + 1 }
              : { r: r + 1, c: 0 },
        );
      case "ArrowDown":
        return leave({ r: r + 1, c });
      case "ArrowUp":
        return leave({ r: r - 1, c });
      case "ArrowRight":
        if (editing.typed) return leave({ r, c: c + 1 });
        break;
      case "ArrowLeft":
        if (editing.typed) return leave({ r, c: c - 1 });
        break;
      case "Escape":
        event.preventDefault();
        event.stopPropagation();
        setEditing(null);
        wantFocus.current = true;
        setActive({ r, c });
        return;
    }
    event.stopPropagation();
  };

  const onCopy = (event: ClipboardEvent<HTMLTableElement>) => {
    if (editing || rows.length === 0) return;
    event.preventDefault();
    event.clipboardData.setData("text/plain", selectionText());
    const n = (selection.r1 - selection.r0 + 1) * (selection.c1 - selection.c0 + 1);
    onMessage({ kind: "success", text: `已复制${n}个单元格，可粘贴到 Excel。` });
  };

  const onCut = (event: ClipboardEvent<HTMLTableElement>) => {
    onCopy(event);
    if (!readOnly && !editing) clearSelection();
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (editing && !isBlock(text)) return; // one value into the cell being edited
    event.preventDefault();
    if (readOnly) return;
    if (editing) setEditing(null);
    pasteWhenReady(text, { row: cursor.r, col: cursor.c });
  };

  // A paste that has to wait (beforePaste) is placed by the handler of the grid as it is then — rows
  // added or removed meanwhile count — and one at a time.
  const pasteRef = useRef<typeof pasteText | null>(null);
  const pasteWaiting = useRef(false);
  useLayoutEffect(() => {
    pasteRef.current = pasteText;
  });
  const pasteWhenReady = (text: string, at: { row: number; col: number }) => {
    if (!beforePaste) return pasteText(text, at);
    if (pasteWaiting.current) return onMessage({ kind: "error", text: "上一次粘贴尚未完成，请稍候再粘贴。" });
    pasteWaiting.current = true;
    void beforePaste()
      .catch(() => "未能粘贴，请稍后重试。")
      .then((problem) => {
        pasteWaiting.current = false;
        if (problem) onMessage({ kind: "error", text: problem });
        else pasteRef.current?.(text, at);
      });
  };

  /** Places a pasted block (see planPaste); `col` -1 when it was pasted beside the grid's subjects. */
  const pasteText = (text: string, at: { row: number; col: number }) => {
    const parsed = parseClipboardGrid(text);
    if (!parsed.ok) return onMessage({ kind: "error", text: parsed.error });
    const plan = planPaste(parsed.rows, {
      rows: rows.map((r) => ({ code: r.code, name: r.name })),
      columns: columns.map((c) => ({ field: c.field, label: `${c.group}·${c.header}` })),
      anchor: at,
      addable: onAddRows ? addable : undefined,
      unit,
      codeLength,
    });
    if (!plan.ok) return onMessage({ kind: "error", text: plan.error });
    const colOf = new Map(columns.map((c, i) => [c.field, i]));
    const changes = plan.cells.map((x) => ({ r: x.row, c: colOf.get(x.field)!, value: x.value }));
    const before = changes.map(({ r, c }) => ({ path: path(r, c), value: raw(r, c) }));
    for (const { r, c, value } of changes) form.setValue(path(r, c), value as never, { shouldDirty: true });
    const removeAdded = plan.newRows.length > 0 && onAddRows ? onAddRows(plan.newRows) : null;
    void form.trigger(arrayName as Path<F>);
    history.push({
      undo: () => {
        removeAdded?.();
        for (const b of before) form.setValue(b.path, b.value as never, { shouldDirty: true });
        void form.trigger(arrayName as Path<F>);
      },
    });
    const how = { code: "按科目编码", name: "按科目名称", position: "从当前单元格起" }[plan.matchedBy];
    const added =
      plan.newRows.length > 0 ? `，新增科目${plan.newRows.map((r) => `${r.code} ${r.name}`).join("、")}` : "";
    onMessage({
      kind: "success",
      text: `已${how}粘贴${plan.rowCount}行${added}。${plan.notes.join("")}（Ctrl+Z 可撤销）`,
    });
  };

  const tapped = useRef<Cell | null>(null);
  const onCellPointerDown = (event: PointerEvent<HTMLElement>, cell: Cell) => {
    if (event.button !== 0) return;
    if (editing && (editing.r !== cell.r || editing.c !== cell.c)) commit(editing);
    // No keyboard to type into a focused cell on a phone: a tap edits (on click, once focus has settled).
    tapped.current = event.pointerType === "touch" ? cell : null;
    dragging.current = event.pointerType !== "touch";
    move(cell, event.shiftKey);
  };
  const onCellClick = (cell: Cell) => {
    if (tapped.current?.r === cell.r && tapped.current.c === cell.c) startEdit(cell, null);
    tapped.current = null;
  };

  const onRowHeaderPointerDown = (event: PointerEvent<HTMLElement>, r: number) => {
    if (event.button !== 0) return;
    if (editing) commit(editing);
    wantFocus.current = true;
    if (!event.shiftKey) setAnchor({ r, c: 0 });
    else setAnchor((a) => ({ r: a.r, c: 0 }));
    setActive({ r, c: lastCol });
    dragging.current = true;
  };

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener("pointerup", up);
    return () => window.removeEventListener("pointerup", up);
  }, []);

  const onCellPointerEnter = (cell: Cell) => {
    if (!dragging.current) return;
    setActive(clamp(cell));
  };

  /** A column-set shortcut: its first column scrolled to the frozen columns' edge, its cell active. */
  const showSet = (set: ColumnSet) => {
    const c = columns.findIndex((col) => col.field === set.fields[0]);
    if (c < 0) return;
    const el = cellElement({ r: cursor.r, c });
    const box = boxRef.current;
    if (el && box) {
      const offset = el.getBoundingClientRect().left - box.getBoundingClientRect().left;
      box.scrollTo({ left: box.scrollLeft + offset - frozenWidth(box) });
    }
    move({ r: cursor.r, c });
  };

  // The column model: sets → groups → columns, for the multi-level sticky headers.
  const tableColumns = ((): ColumnDef<GridRow>[] => {
    const byGroup = (cols: GridColumn[]) => {
      const groups: { name: string; cols: GridColumn[] }[] = [];
      for (const col of cols) {
        const last = groups[groups.length - 1];
        if (last && last.name === col.group) last.cols.push(col);
        else groups.push({ name: col.group, cols: [col] });
      }
      return groups.map((g, i) => ({
        id: `${g.cols[0]!.field}-group-${i}`,
        header: g.name,
        columns: g.cols.map((col) => ({ id: col.field, header: col.header })),
      }));
    };
    const frozen: ColumnDef<GridRow>[] = [
      { id: "code", header: "编码" },
      { id: "name", header: "科目名称" },
    ];
    if (!sets) return [...frozen, ...byGroup(columns)];
    return [
      ...frozen,
      ...sets.map((s) => ({
        id: `set-${s.key}`,
        header: s.title,
        columns: byGroup(columns.filter((c) => s.fields.includes(c.field))),
      })),
    ];
  })();
  const table = useReactTable({ data: rows, columns: tableColumns, getCoreRowModel: getCoreRowModel() });
  useImperativeHandle(ref, () => ({ paste: (text) => pasteWhenReady(text, { row: 0, col: -1 }) }));
  // The rows are memoised; they call the current handlers through one stable object.
  const current = {
    cellPointerDown: onCellPointerDown,
    cellPointerEnter: onCellPointerEnter,
    cellClick: onCellClick,
    cellDoubleClick: (cell: Cell) => startEdit(cell, null),
    cellFocus: (cell: Cell) => {
      // Focus from outside (Tab into the grid, a 审核 link, an error found on save) moves the cursor.
      if (!programmaticFocus.current && (cell.r !== cursor.r || cell.c !== cursor.c)) {
        setActive(cell);
        setAnchor(cell);
      }
    },
    rowHeaderPointerDown: onRowHeaderPointerDown,
    editorChange: (text: string) => setEditing((e) => (e ? { ...e, text } : e)),
    editorKeyDown: onEditorKeyDown,
    editorBlur: () => editingRef.current && commit(editingRef.current),
  };
  const handlersRef = useRef(current);
  useLayoutEffect(() => {
    handlersRef.current = current;
  });
  const [handlers] = useState<RowHandlers>(() => ({
    cellPointerDown: (e, cell) => handlersRef.current.cellPointerDown(e, cell),
    cellPointerEnter: (cell) => handlersRef.current.cellPointerEnter(cell),
    cellClick: (cell) => handlersRef.current.cellClick(cell),
    cellDoubleClick: (cell) => handlersRef.current.cellDoubleClick(cell),
    cellFocus: (cell) => handlersRef.current.cellFocus(cell),
    rowHeaderPointerDown: (e, r) => handlersRef.current.rowHeaderPointerDown(e, r),
    editorChange: (text) => handlersRef.current.editorChange(text),
    editorKeyDown: (e) => handlersRef.current.editorKeyDown(e),
    editorBlur: () => void handlersRef.current.editorBlur(),
  }));
  const headerGroups = table.getHeaderGroups();
  const colIndex = new Map(columns.map((c, i) => [c.field, i]));
  const countErrors = (fields: string[]) => {
    const cols = fields.map((f) => colIndex.get(f)).filter((c) => c !== undefined);
    let n = 0;
    for (let r = 0; r < rows.length; r++) for (const c of cols) if (errorAt(r, c)) n += 1;
    return n;
  };
  const activeSet = sets?.find((s) => s.fields.includes(columns[cursor.c]?.field ?? ""));
  const activeError = rows.length > 0 ? errorAt(cursor.r, cursor.c) : undefined;

  return (
    <div className="flex flex-col gap-2">
      {sets && (
        <div role="group" aria-label="跳到列组" className="flex flex-wrap gap-2">
          {sets.map((s) => {
            const count = countErrors(s.fields);
            return (
              // A link, not a button: it stays usable where the form's fields are disabled (read-only).
              <a
                key={s.key}
                href={`#${id}-set-${s.key}`}
                role="button"
                aria-pressed={activeSet?.key === s.key}
                onClick={(e) => {
                  e.preventDefault();
                  showSet(s);
                }}
                onKeyDown={(e) => {
                  if (e.key === " ") {
                    e.preventDefault();
                    showSet(s);
                  }
                }}
                data-testid={`set-${s.key}`}
                className={`rounded-full border px-3 py-1 text-sm ${activeSet?.key === s.key ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
              >
                {s.title}
                {count > 0 && (
                  <span className="ml-1.5 rounded-full bg-red-600 px-1.5 text-xs text-white">
                    {count}
                    <span className="sr-only">处错误</span>
                  </span>
                )}
              </a>
            );
          })}
        </div>
      )}
      <div
        ref={boxRef}
        className={`max-h-[65vh] w-fit max-w-full overflow-auto rounded-lg border border-slate-300 bg-white scroll-pl-[230px] ${atMost(SCROLL_PADDING_TOP, headerGroups.length - 1)}`}
      >
        <table
          ref={tableRef}
          id={id}
          role="grid"
          data-col-labels={JSON.stringify(columns.map((col) => `${col.group}·${col.header}`))}
          data-col-fields={JSON.stringify(columns.map((col) => col.field))}
          aria-readonly={readOnly || undefined}
          aria-multiselectable
          className="select-none border-separate border-spacing-0 text-sm"
          onKeyDown={onKeyDown}
          onCopy={onCopy}
          onCut={onCut}
          onPaste={onPaste}
        >
          <caption className="sr-only">{caption}</caption>
          <thead>
            {headerGroups.map((hg, level) => {
              const lastLevel = level === headerGroups.length - 1;
              return (
                <tr key={hg.id}>
                  {hg.headers.map((header) => {
                    const frozenId = header.column.id;
                    const isFrozen = frozenId === "code" || frozenId === "name";
                    if (isFrozen && level > 0) return null; // the first row's cell spans all header rows
                    const rowSpan = isFrozen ? headerGroups.length : undefined;
                    const colPos = colIndex.get(header.column.id);
                    return (
                      <th
                        key={header.id}
                        id={colPos !== undefined ? `${id}-colh-${colPos}` : undefined}
                        colSpan={header.colSpan}
                        rowSpan={rowSpan}
                        scope="col"
                        className={`sticky ${isFrozen ? "top-0" : atMost(HEADER_TOP, level)} ${frozenId === "code" ? "left-0" : frozenId === "name" ? "left-20" : ""} ${lastLevel || isFrozen ? "" : "h-8"} border-b border-r border-slate-300 bg-slate-100 px-2 text-xs font-medium text-slate-700 ${lastLevel || isFrozen ? "text-center" : "text-left"} ${isFrozen ? "z-30" : "z-20"} ${lastLevel && !isFrozen ? "min-w-[8.5rem] py-1" : "whitespace-nowrap"} ${frozenId === "code" ? "w-20 min-w-20" : ""} ${frozenId === "name" ? "w-28 min-w-28 sm:w-44 sm:min-w-44" : ""}`}
                      >
                        {isFrozen ? (
                          String(header.column.columnDef.header ?? "")
                        ) : header.isPlaceholder ? null : lastLevel ? (
                          String(header.column.columnDef.header ?? "")
                        ) : (
                          // A group's name stays in view beside the frozen columns while its columns scroll.
                          <span className="sticky left-[12.5rem] inline-block px-2 sm:left-[16.5rem]">
                            {String(header.column.columnDef.header ?? "")}
                          </span>
                        )}
                      </th>
                    );
                  })}
                </tr>
              );
            })}
          </thead>
          <tbody>
            {(live ? rows : rows.slice(0, SERVER_ROWS)).map((row, r) => {
              const inRows = r >= selection.r0 && r <= selection.r1;
              return (
                <GridRowView
                  key={`${row.index}-${row.code}`}
                  gridId={id}
                  r={r}
                  row={row}
                  rowValues={values[row.index]}
                  rowErrors={
                    get(errors, `${arrayName}.${row.index}`) as Record<string, { message?: string }> | undefined
                  }
                  columns={columns}
                  unit={unit}
                  readOnly={readOnly}
                  activeCol={r === cursor.r ? cursor.c : null}
                  selCols={inRows ? `${selection.c0}-${selection.c1}` : null}
                  editing={editing && editing.r === r ? editing : null}
                  arrayName={arrayName}
                  handlers={handlers}
                  editorLabel={editing && editing.r === r ? label(r, editing.c) : ""}
                />
              );
            })}
            {!live && rows.length > SERVER_ROWS && (
              <tr>
                <td colSpan={columns.length + 2} className="px-4 py-3 text-slate-600">
                  {`还有 ${rows.length - SERVER_ROWS} 行，页面加载完成后显示。`}
                </td>
              </tr>
            )}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 2} className="px-4 py-6 text-center text-slate-600">
                  尚无科目。
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="min-h-5 text-xs text-slate-600" aria-live="polite" data-testid={`${id}-cell-status`}>
        {rows.length > 0 && (
          <>
            {label(cursor.r, cursor.c)}
            {activeError && <span className="ml-2 font-medium text-red-700">{activeError}</span>}
          </>
        )}
      </p>
    </div>
  );
}

interface RowHandlers {
  cellPointerDown: (event: PointerEvent<HTMLElement>, cell: Cell) => void;
  cellPointerEnter: (cell: Cell) => void;
  cellClick: (cell: Cell) => void;
  cellDoubleClick: (cell: Cell) => void;
  cellFocus: (cell: Cell) => void;
  rowHeaderPointerDown: (event: PointerEvent<HTMLElement>, r: number) => void;
  editorChange: (text: string) => void;
  editorKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  editorBlur: () => void;
}

function frozenWidth(box: HTMLElement): number {
  const name = box.querySelector<HTMLElement>("thead th:nth-child(2)");
  return CODE_WIDTH + (name?.offsetWidth ?? 0);
}

const GridRowView = memo(
  function GridRowView({
    gridId,
    r,
    row,
    rowValues,
    rowErrors,
    columns,
    unit,
    readOnly,
    activeCol,
    selCols,
    editing,
    arrayName,
    handlers: h,
    editorLabel,
  }: {
    gridId: string;
    r: number;
    row: GridRow;
    rowValues: Record<string, string> | undefined;
    rowErrors: Record<string, { message?: string }> | undefined;
    columns: GridColumn[];
    unit: MoneyUnit;
    readOnly: boolean;
    activeCol: number | null;
    selCols: string | null;
    editing: Editing | null;
    arrayName: string;
    handlers: RowHandlers;
    editorLabel: string;
  }) {
    const [c0 = -1, c1 = -2] = selCols ? selCols.split("-").map(Number) : [];
    const rowSelected = c0 === 0 && c1 === columns.length - 1 && selCols !== null;
    return (
      // A cell is named by its row's and its column's labels (fieldLabel in use-section-form.tsx): on the
      // row and the table once, not on each of the grid's thousands of cells.
      // The row's path in the form (`lines.12`) with the table's data-col-fields names each cell's field
      // (fieldElement in use-section-form.tsx) — once per row, not on each of the thousands of cells.
      <tr data-row-label={`${row.code ? `${row.code} ` : ""}${row.name}`} data-row-path={`${arrayName}.${row.index}`}>
        <th
          scope="row"
          id={`${gridId}-row-${r}`}
          onPointerDown={(e) => h.rowHeaderPointerDown(e, r)}
          className={`sticky left-0 z-10 w-20 min-w-20 cursor-pointer border-b border-r border-slate-200 px-2 py-1 text-left align-top font-normal tabular text-slate-700 ${rowSelected ? "bg-brand-100" : "bg-slate-50"}`}
        >
          {row.code}
        </th>
        <th
          scope="row"
          onPointerDown={(e) => h.rowHeaderPointerDown(e, r)}
          className={`sticky left-20 z-10 w-28 min-w-28 max-w-28 cursor-pointer border-b border-r border-slate-300 px-2 py-1 text-left align-top text-xs font-normal leading-4 text-slate-900 sm:w-44 sm:min-w-44 sm:max-w-44 sm:text-sm sm:leading-5 ${rowSelected ? "bg-brand-100" : "bg-slate-50"}`}
          title={row.detail}
        >
          {row.name}
        </th>
        {columns.map((col, c) => {
          const value = rowValues?.[col.field] ?? "";
          const message = rowErrors?.[col.field]?.message;
          const isActive = activeCol === c;
          const selected = c >= c0 && c <= c1;
          const isEditing = editing !== null && editing.c === c;
          const cell = { r, c };
          return (
            <td
              key={col.field}
              data-r={r}
              data-c={c}
              tabIndex={isActive ? 0 : -1}
              aria-selected={selected}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${gridId}-${r}-${c}-error` : undefined}
              aria-readonly={readOnly || undefined}
              title={message}
              onPointerDown={(e) => h.cellPointerDown(e, cell)}
              onPointerEnter={() => h.cellPointerEnter(cell)}
              onClick={() => h.cellClick(cell)}
              onDoubleClick={() => h.cellDoubleClick(cell)}
              onFocus={() => h.cellFocus(cell)}
              className={[
                "mg-cell", // app/globals.css
                message ? "bg-red-50 text-red-800" : selected ? "bg-brand-50" : "",
                isActive ? "shadow-[inset_0_0_0_2px_var(--color-brand-600)]" : "",
              ]
                .filter(Boolean)
                .join(" ")}
            >
              {isEditing ? (
                <input
                  autoFocus
                  aria-label={editorLabel}
                  inputMode="decimal"
                  autoComplete="off"
                  value={editing.text}
                  onFocus={(e) =>
                    e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)
                  }
                  onChange={(e) => h.editorChange(e.target.value)}
                  onKeyDown={h.editorKeyDown}
                  onBlur={h.editorBlur}
                  className="absolute inset-0 h-full w-full bg-white px-2 text-right tabular outline-none ring-2 ring-brand-600"
                />
              ) : (
                shown(value, unit)
              )}
              {message && (
                <span id={`${gridId}-${r}-${c}-error`} className="sr-only">
                  {message}
                </span>
              )}
              {message && (
                <span
                  aria-hidden="true"
                  className="absolute right-0 top-0 h-0 w-0 border-l-[6px] border-t-[6px] border-l-transparent border-t-red-600"
                />
              )}
            </td>
          );
        })}
      </tr>
    );
  },
  (a, b) =>
    a.r === b.r &&
    a.row === b.row &&
    a.columns === b.columns &&
    a.unit === b.unit &&
    a.readOnly === b.readOnly &&
    a.activeCol === b.activeCol &&
    a.selCols === b.selCols &&
    a.editing === b.editing &&
    a.editorLabel === b.editorLabel &&
    a.columns.every(
      (c) =>
        (a.rowValues?.[c.field] ?? "") === (b.rowValues?.[c.field] ?? "") &&
        a.rowErrors?.[c.field]?.message === b.rowErrors?.[c.field]?.message,
    ),
);
