"use client";

import { useMemo, useRef } from "react";

export interface HistoryEntry {
  /** Puts back what the change replaced. */
  undo: () => void;
}

export interface EditHistory {
  push: (entry: HistoryEntry) => void;
  /** Undoes the last change; false when there is none. */
  undo: () => boolean;
  clear: () => void;
}

const LIMIT = 200;

/**
 * The undo stack of one form (Ctrl+Z): cell edits, pastes, cleared ranges and removed rows push an
 * entry; undo pops the newest. Kept per page: a save or a restored draft clears it.
 */
export function useEditHistory(): EditHistory {
  const stack = useRef<HistoryEntry[]>([]);
  return useMemo(
    () => ({
      push: (entry) => {
        stack.current.push(entry);
        if (stack.current.length > LIMIT) stack.current.shift();
      },
      undo: () => {
        const entry = stack.current.pop();
        entry?.undo();
        return entry !== undefined;
      },
      clear: () => {
        stack.current = [];
      },
    }),
    [],
  );
}
