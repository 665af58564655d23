/** Driving the entry grids (components/grids/money-grid.tsx) as a clerk does: cells, keys, the clipboard. */
import type { Locator, Page } from "@playwright/test";
import { FUNCTION_COLUMN_GROUPS } from "../../lib/reports/sections/columns";

/** A cell of a grid by its row and column position. */
export const cell = (page: Page, grid: string, r: number, c: number): Locator =>
  page.locator(`table#${grid} td[data-r="${r}"][data-c="${c}"]`);

/** The 功能分类 grid's column positions, in the order of FUNCTION_COLUMN_GROUPS (the grid's own source). */
const FL_COLUMNS = FUNCTION_COLUMN_GROUPS.flatMap((g) => g.columns.map((c) => c.field));
const flColumn = (field: (typeof FL_COLUMNS)[number]) => FL_COLUMNS.indexOf(field);
export const FL = {
  basicGeneralBudget: flColumn("basicGeneralBudget"),
  projectGeneralBudget: flColumn("projectGeneralBudget"),
  priorYearStateCapital: flColumn("priorYearStateCapital"),
  last: FL_COLUMNS.length - 1,
} as const;

/** Selects a cell and types a value into it, as a clerk would (typing starts the edit; Enter moves down). */
export async function typeInto(target: Locator, text: string, then: "Enter" | "Tab" = "Enter") {
  await target.click();
  await target.page().keyboard.type(text);
  await target.page().keyboard.press(then);
}

/** Pastes text into the focused element, as Ctrl+V from Excel does. */
export async function paste(target: Locator, text: string) {
  await target.focus();
  await target.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
