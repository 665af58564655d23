"use client";

import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { ClipboardEvent, KeyboardEvent, ReactNode } from "react";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { isBlock, parseClipboardGrid } from "@/lib/paste";

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

/**
 * An editable grid of amounts over a react-hook-form array (`<arrayName>.<index>.<field>`), built
 * on @tanstack/react-table for its multi-level headers. Each cell is a text input labelled by its
 * row and column headers; Tab moves right, Enter moves down; pasting a block copied from Excel fills
 * the cells from the one pasted into, rightwards and downwards. Bad cells are kept as typed and
 * marked with their message; rows a paste does not fit are handed to `onOverflow`.
 */
export function MoneyGrid<F extends FieldValues>({
  id,
  caption,
  form,
  arrayName,
  rows,
  columns,
  rowActions,
  onOverflow,
  onPasteMessage,
}: {
  id: string;
  caption: string;
  form: UseFormReturn<F, unknown, unknown>;
  arrayName: string;
  rows: GridRow[];
  columns: GridColumn[];
  rowActions?: (row: GridRow) => ReactNode;
  /** Pasted rows that did not fit below the last row, with the column position they start at. */
  onOverflow?: (rows: string[][], startColumn: number) => void;
  onPasteMessage?: (message: string | undefined) => void;
}) {
  const errors = form.formState.errors;
  const path = (row: GridRow, field: string) => `${arrayName}.${row.index}.${field}` as Path<F>;

  const focusCell = (rowPos: number, colPos: number) => {
    const el = document.querySelector<HTMLInputElement>(
      `[data-grid="${id}"][data-row="${rowPos}"][data-col="${colPos}"]`,
    );
    el?.focus();
    el?.select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, rowPos: number, colPos: number) => {
    if (event.key === "Enter") {
      event.preventDefault();
      focusCell(event.shiftKey ? rowPos - 1 : rowPos + 1, colPos);
    } else if (event.key === "ArrowDown" && event.altKey) {
      focusCell(rowPos + 1, colPos);
    } else if (event.key === "ArrowUp" && event.altKey) {
      focusCell(rowPos - 1, colPos);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, rowPos: number, colPos: number) => {
    const text = event.clipboardData.getData("text/plain");
    if (!isBlock(text)) return; // one value: the input takes it as usual
    event.preventDefault();
    const parsed = parseClipboardGrid(text);
    if (!parsed.ok) {
      onPasteMessage?.(parsed.error);
      return;
    }
    const overflow: string[][] = [];
    let cutColumns = 0;
    parsed.rows.forEach((cells, r) => {
      const row = rows[rowPos + r];
      if (!row) {
        overflow.push(cells);
        return;
      }
      cells.forEach((value, c) => {
        const column = columns[colPos + c];
        if (!column) {
          cutColumns = Math.max(cutColumns, cells.length - c);
          return;
        }
        form.setValue(path(row, column.field), value as never, { shouldDirty: true });
      });
    });
    if (overflow.length > 0) onOverflow?.(overflow, colPos);
    void form.trigger(arrayName as Path<F>);
    const notes = [`已粘贴${parsed.rows.length - (onOverflow ? 0 : overflow.length)}行。`];
    if (!onOverflow && overflow.length > 0) notes.push(`表格下方没有更多行，多出的${overflow.length}行未粘贴。`);
    if (cutColumns > 0) notes.push(`右侧没有更多列，每行多出的${cutColumns}列未粘贴。`);
    onPasteMessage?.(notes.join(""));
  };

  // Built on every render: the cells close over the current rows, errors and handlers.
  const tableColumns = ((): ColumnDef<GridRow>[] => {
    const groups: { name: string; columns: { column: GridColumn; pos: number }[] }[] = [];
    columns.forEach((column, pos) => {
      const last = groups[groups.length - 1];
      if (last && last.name === column.group) last.columns.push({ column, pos });
      else groups.push({ name: column.group, columns: [{ column, pos }] });
    });
    return [
      {
        id: "subject",
        header: "科目",
        columns: [
          {
            id: "subjectName",
            header: "编码及名称",
            cell: ({ row }) => (
              <div id={`${id}-row-${row.index}`}>
                <span className="tabular text-slate-500">{row.original.code}</span> {row.original.name}
                {row.original.detail && <div className="text-xs text-slate-400">{row.original.detail}</div>}
              </div>
            ),
          },
        ],
      },
      ...groups.map((g, gi) => ({
        id: `group-${gi}`,
        header: g.name,
        columns: g.columns.map(({ column, pos }) => ({
          id: column.field,
          header: column.header,
          cell: ({ row }: { row: { index: number; original: GridRow } }) => {
            const name = path(row.original, column.field);
            const message = (get(errors, name) as { message?: string } | undefined)?.message;
            const inputId = `${id}-${row.original.index}-${column.field}`;
            return (
              <div className="flex flex-col">
                <input
                  id={inputId}
                  data-grid={id}
                  data-row={row.index}
                  data-col={pos}
                  inputMode="decimal"
                  autoComplete="off"
                  aria-labelledby={`${id}-row-${row.index} ${id}-colg-${pos} ${id}-colh-${pos}`}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${inputId}-error` : undefined}
                  className={`w-32 rounded border px-2 py-1 text-right text-sm tabular focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 disabled:bg-slate-50 ${message ? "border-red-500 bg-red-50" : "border-slate-300"}`}
                  onKeyDown={(e) => onKeyDown(e, row.index, pos)}
                  onPaste={(e) => onPaste(e, row.index, pos)}
                  {...form.register(name)}
                />
                {message && (
                  <span id={`${inputId}-error`} className="mt-0.5 max-w-32 text-xs leading-4 text-red-700">
                    {message}
                  </span>
                )}
              </div>
            );
          },
        })),
      })),
      ...(rowActions
        ? [
            {
              id: "actions",
              header: "",
              columns: [
                {
                  id: "rowActions",
                  header: "操作",
                  cell: ({ row }: { row: { original: GridRow } }) => rowActions(row.original),
                },
              ],
            },
          ]
        : []),
    ];
  })();

  const table = useReactTable({ data: rows, columns: tableColumns, getCoreRowModel: getCoreRowModel() });

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((header) => {
                const column = columns.findIndex((c) => c.field === header.column.id);
                const headerId = column >= 0 ? `${id}-colh-${column}` : undefined;
                return (
                  <th
                    key={header.id}
                    id={headerId}
                    colSpan={header.colSpan}
                    scope="col"
                    className="border-b border-slate-200 px-2 py-1.5 text-center font-medium whitespace-nowrap"
                  >
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.original.index}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className="px-2 py-1 align-top whitespace-nowrap">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="px-4 py-6 text-center text-slate-500">
                尚无科目。
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {/* Each cell's label names its row, its column group and its column. */}
      <div hidden>
        {columns.map((c, pos) => (
          <span key={c.field} id={`${id}-colg-${pos}`}>
            {c.group}
          </span>
        ))}
      </div>
    </div>
  );
}
