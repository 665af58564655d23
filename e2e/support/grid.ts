/** Driving the entry grids (components/grids/money-grid.tsx) as a clerk does: cells, keys, the clipboard. */
import type { Locator, Page } from "@playwright/test";

/** A cell of a grid by its row and column position. */
export const cell = (page: Page, grid: string, r: number, c: number): Locator =>
  page.locator(`table#${grid} td[data-r="${r}"][data-c="${c}"]`);

/** The 功能分类 grid's columns: 本年收入 0–7, 本年支出 8–18 (基本 8, 项目 9 …), 结转和结余 19–26, 年初预算与上年决算 27–33. */
export const FL = { basicGeneralBudget: 8, projectGeneralBudget: 9, priorYearStateCapital: 33, last: 33 } as const;

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
