"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * An ordered list of rows with add, remove and move up/down, all by keyboard. The rows' fields are
 * rendered by the caller; this only lays them out and numbers them.
 */
export function ListEditor({
  legend,
  count,
  addLabel,
  onAdd,
  onRemove,
  onMove,
  renderRow,
  emptyText = "尚未填写。",
  error,
}: {
  legend: string;
  count: number;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
  renderRow: (index: number) => ReactNode;
  emptyText?: string;
  error?: string;
}) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {count === 0 && <p className="mb-2 text-sm text-slate-500">{emptyText}</p>}
      <ol className="flex flex-col gap-3">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="flex flex-wrap items-start gap-2 sm:flex-nowrap">
            <span className="w-8 shrink-0 pt-8 text-right text-xs text-slate-400 tabular">{i + 1}.</span>
            <div className="min-w-0 flex-1">{renderRow(i)}</div>
            <div className="flex w-full shrink-0 justify-end gap-1 sm:w-auto sm:pt-6">
              <Button
                type="button"
                variant="ghost"
                onClick={() => onMove(i, i - 1)}
                disabled={i === 0}
                aria-label={`上移第${i + 1}行`}
              >
                ↑
              </Button>
              <Button
                type="button"
                variant="ghost"
                onClick={() => onMove(i, i + 1)}
                disabled={i === count - 1}
                aria-label={`下移第${i + 1}行`}
              >
                ↓
              </Button>
              <Button type="button" variant="ghost" onClick={() => onRemove(i)} aria-label={`删除第${i + 1}行`}>
                删除
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {error && <p className="mt-2 text-sm text-red-700">{error}</p>}
      <Button type="button" variant="secondary" className="mt-3" onClick={onAdd}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
