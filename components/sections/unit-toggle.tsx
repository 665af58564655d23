"use client";

import { useId, useSyncExternalStore } from "react";
import type { MoneyUnit } from "@/lib/money";

const KEY = (userId: number) => `juesuan.unit.${userId}`;
const EVENT = "juesuan-unit";

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
};

/** The unit this user types amounts in on the grids (元 unless they chose 万元), remembered in the browser. */
export function useMoneyUnit(userId: number): [MoneyUnit, (unit: MoneyUnit) => void] {
  const unit = useSyncExternalStore(
    subscribe,
    () => (window.localStorage.getItem(KEY(userId)) === "wan" ? "wan" : "yuan"),
    () => "yuan" as const,
  );
  const set = (next: MoneyUnit) => {
    window.localStorage.setItem(KEY(userId), next);
    window.dispatchEvent(new Event(EVENT));
  };
  return [unit, set];
}

export function UnitToggle({ unit, onChange }: { unit: MoneyUnit; onChange: (unit: MoneyUnit) => void }) {
  const id = useId();
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
      <input
        id={id}
        type="checkbox"
        checked={unit === "wan"}
        onChange={(e) => onChange(e.target.checked ? "wan" : "yuan")}
      />
      以万元录入和显示（保存为元，精确到分）
    </label>
  );
}
