"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A react-hook-form field array, as far as removing and putting back a row goes. */
interface RowArray {
  remove: (index: number) => void;
  insert: (index: number, value: never, options?: { shouldFocus?: boolean }) => void;
}

/**
 * Removing a row of a list without losing it: the row goes at once and an undo bar names it
 * (「已删除 第3条 — 撤销」), so a stray Enter on a 删除 button costs nothing.
 */
export function useUndoableRemove() {
  const [removed, setRemoved] = useState<{ label: string; undo: () => void }>();
  const remove = (array: RowArray, value: unknown, index: number, label: string) => {
    const kept = structuredClone(value);
    array.remove(index);
    setRemoved({
      label,
      undo: () => {
        array.insert(index, kept as never, { shouldFocus: false });
        setRemoved(undefined);
      },
    });
  };
  const bar = removed ? (
    <p
      role="status"
      className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm"
    >
      已删除 {removed.label}
      <Button type="button" variant="secondary" onClick={removed.undo}>
        撤销
      </Button>
    </p>
  ) : null;
  return { remove, bar };
}
