import { expect, test, type Page } from "@playwright/test";
import { pageAs, signedIn } from "./support/auth";
import { cell, FL, paste, typeInto } from "./support/grid";
import { createReport, createWorld, WORLD_PASSWORD, type World } from "./support/world";

/**
 * A clerk enters, pastes, corrects and leaves a report without losing a keystroke: the grid behaves like
 * a spreadsheet, unsaved input survives a reload or Back, and a colleague's save never means retyping.
 * Each test has a report of its own.
 */
let world: World;
let year = 2000;
test.beforeAll(async () => {
  world = await createWorld("不丢");
});
const demoReport = () => createReport(world, year++, "demo");
const clerk = (browser: Parameters<typeof pageAs>[0]) => pageAs(browser, world.clerk, WORLD_PASSWORD);
const save = (page: Page) => page.getByRole("button", { name: "保存", exact: true }).click();
const saved = (page: Page) => expect(page.getByTestId("save-message")).toContainText("已保存。");
const focusedCell = (page: Page) =>
  page.evaluate(
    () => `${document.activeElement?.getAttribute("data-r")}:${document.activeElement?.getAttribute("data-c")}`,
  );

test("Tab and Enter from the last cell of a row move on and never delete the row; a removed row can be undone", async ({
  browser,
}) => {
  const reportId = demoReport();
  const page = await clerk(browser);
  await page.goto(`/reports/${reportId}/function-lines`);
  const rows = page.locator("table#fl tbody tr");
  const count = await rows.count();
  await expect(rows.first()).toContainText("2013101");

  // From the last amount of the first row: Tab goes to the next row, Enter down, as in Excel.
  await cell(page, "fl", 0, FL.last).click();
  await page.keyboard.press("Tab");
  expect(await focusedCell(page)).toBe("1:0");
  await page.keyboard.press("Enter");
  expect(await focusedCell(page)).toBe("2:0");
  // From the last cell of the grid, Tab leaves it — for the 添加科目 box, not a delete button.
  await page.keyboard.press("Control+End");
  expect(await focusedCell(page)).toBe(`${count - 1}:${FL.last}`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(count);
  await expect(rows.first()).toContainText("2013101");

  // Removing a subject is a deliberate click, shown with an undo bar.
  await cell(page, "fl", 0, 0).click();
  await page.getByRole("button", { name: "删除科目 2013101 行政运行" }).click();
  await expect(rows).toHaveCount(count - 1);
  await expect(page.getByRole("status").filter({ hasText: "已删除 2013101 行政运行" })).toBeVisible();
  await page.getByRole("button", { name: "撤销" }).click();
  await expect(rows).toHaveCount(count);
  await expect(rows.first()).toContainText("2013101");

  // Removed and saved: the save summary names the removed row.
  await cell(page, "fl", 3, 0).click();
  await page.getByRole("button", { name: /^删除科目 2050803/ }).click();
  await save(page);
  await expect(page.getByTestId("save-message")).toContainText("删除了1行：2050803 培训支出");
  await page.context().close();
});

test("reload and Back bring unsaved input back through the recovery prompt", async ({ browser }) => {
  const reportId = demoReport();
  const page = await clerk(browser);
  page.on("dialog", (d) => void d.accept()); // leaving with unsaved changes asks first
  await page.goto(`/reports/${reportId}`);
  await page
    .getByRole("navigation", { name: "报告各部分" })
    .getByRole("link", { name: "收入支出（功能分类）" })
    .click();
  await typeInto(cell(page, "fl", 0, FL.basicGeneralBudget), "7012345.6");
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("7,012,345.60"); // reformatted

  await page.reload();
  await expect(page.getByTestId("draft-offer")).toContainText("发现未保存的修改");
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("6,895,200.00");
  await page.getByRole("button", { name: "恢复" }).click();
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("7,012,345.60");

  // Back, confirmed, leaves the page; coming back offers the input again.
  await typeInto(cell(page, "fl", 1, FL.projectGeneralBudget), "99");
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(new RegExp(`/reports/${reportId}$`));
  await expect(page.getByTestId("report-status")).toBeVisible(); // the overview, not the grid
  await page
    .getByRole("navigation", { name: "报告各部分" })
    .getByRole("link", { name: "收入支出（功能分类）" })
    .click();
  await page.getByRole("button", { name: "恢复" }).click();
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("7,012,345.60");
  await expect(cell(page, "fl", 1, FL.projectGeneralBudget)).toHaveText("99.00");

  // Declining Back keeps the clerk on the page with the input.
  page.removeAllListeners("dialog");
  page.once("dialog", (d) => void d.dismiss());
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(new RegExp(`/function-lines$`));
  await expect(cell(page, "fl", 1, FL.projectGeneralBudget)).toHaveText("99.00");
  await save(page);
  await saved(page);
  await page.reload();
  await expect(page.getByTestId("draft-offer")).toHaveCount(0);
  await expect(cell(page, "fl", 1, FL.projectGeneralBudget)).toHaveText("99.00");
  await page.context().close();
});

test("two sessions saving different sections both succeed", async ({ browser }) => {
  const reportId = demoReport();
  const first = await clerk(browser);
  const second = await (await signedIn(browser, world.clerk, WORLD_PASSWORD)).newPage();
  await first.goto(`/reports/${reportId}/three-public`);
  await second.goto(`/reports/${reportId}/glossary`);

  await typeInto(cell(first, "tp", 3, 1), "800");
  await save(first);
  await saved(first);
  await second.getByLabel("名词1", { exact: true }).fill("财政拨款收入（修订）");
  await save(second);
  await saved(second);

  await first.goto(`/reports/${reportId}/glossary`);
  await expect(first.getByLabel("名词1", { exact: true })).toHaveValue("财政拨款收入（修订）");
  await second.goto(`/reports/${reportId}/three-public`);
  await expect(cell(second, "tp", 3, 1)).toHaveText("800.00");
  await first.context().close();
  await second.context().close();
});

test("two saving the same field get a comparison and keep the value chosen, without retyping the rest", async ({
  browser,
}) => {
  const reportId = createReport(world, year++, "empty");
  const first = await clerk(browser);
  const second = await (await signedIn(browser, world.clerk, WORLD_PASSWORD)).newPage();
  await first.goto(`/reports/${reportId}/three-public`);
  await second.goto(`/reports/${reportId}/three-public`);

  await typeInto(cell(first, "tp", 3, 1), "800");
  await save(first);
  await saved(first);

  await typeInto(cell(second, "tp", 3, 1), "950.50");
  await typeInto(cell(second, "tp", 0, 0), "5");
  await save(second);
  const item = second.getByTestId("conflict-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("公务接待费");
  await expect(item).toContainText("950.50");
  await expect(item).toContainText("800.00");
  await item.getByLabel(/保留对方的/).check();
  await second.getByRole("button", { name: "按所选保存" }).click();
  await saved(second);

  await first.reload();
  await expect(cell(first, "tp", 3, 1)).toHaveText("800.00");
  await expect(cell(first, "tp", 0, 0)).toHaveText("5.00"); // the other change survived
  await first.context().close();
  await second.context().close();
});

test("a block pasted with its code and name columns lands on the rows of those codes", async ({ browser }) => {
  const reportId = demoReport();
  const page = await clerk(browser);
  await page.goto(`/reports/${reportId}/function-lines`);
  const rows = page.locator("table#fl tbody tr");
  const count = await rows.count();
  // Pasted into the first row's 基本支出: the codes, not the position, decide the rows.
  await paste(
    cell(page, "fl", 0, FL.basicGeneralBudget),
    "2080505\t机关事业单位基本养老保险缴费支出\t111\t222\r\n2210201\t住房公积金\t333\t\r\n2010101\t行政运行\t444\t555\r\n",
  );
  await expect(page.getByText(/已按科目编码粘贴3行，新增科目2010101 行政运行/)).toBeVisible();
  await expect(rows).toHaveCount(count + 1);
  const row = (code: string) => page.locator("table#fl tbody tr", { hasText: code });
  await expect(row("2080505").locator(`td[data-c="${FL.basicGeneralBudget}"]`)).toHaveText("111.00");
  await expect(row("2080505").locator(`td[data-c="${FL.projectGeneralBudget}"]`)).toHaveText("222.00");
  await expect(row("2210201").locator(`td[data-c="${FL.basicGeneralBudget}"]`)).toHaveText("333.00");
  await expect(row("2010101").locator(`td[data-c="${FL.projectGeneralBudget}"]`)).toHaveText("555.00");
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("6,895,200.00"); // untouched

  // Text that would land in an amount is refused, naming the cell; nothing changes.
  await paste(cell(page, "fl", 0, FL.basicGeneralBudget), "2013101\t行政运行\t一百\n");
  await expect(
    page.getByText(/“一百”不是金额（将填入“2013101 行政运行 · 一般公共预算财政拨款·基本支出”）/),
  ).toBeVisible();
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("6,895,200.00");
  await page.context().close();
});

test("arrow keys move between cells and Ctrl+Z undoes the last change", async ({ browser }) => {
  const reportId = demoReport();
  const page = await clerk(browser);
  await page.goto(`/reports/${reportId}/function-lines`);
  await cell(page, "fl", 0, 0).click();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  expect(await focusedCell(page)).toBe("1:1");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("12");
  await page.keyboard.press("Tab");
  expect(await focusedCell(page)).toBe("1:1");
  await expect(cell(page, "fl", 1, 0)).toHaveText("12.00");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Delete");
  await expect(cell(page, "fl", 1, 0)).toHaveText("");
  await page.keyboard.press("Control+z");
  await expect(cell(page, "fl", 1, 0)).toHaveText("12.00");
  await page.keyboard.press("Control+z");
  await expect(cell(page, "fl", 1, 0)).toHaveText("456,100.00");
  // F2 edits the value in place; Escape cancels.
  await page.keyboard.press("F2");
  await page.keyboard.type("9");
  await page.keyboard.press("Escape");
  await expect(cell(page, "fl", 1, 0)).toHaveText("456,100.00");

  // Shift+arrows select a range; copying it gives Excel plain numbers, tab-separated.
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowRight");
  const copied = await cell(page, "fl", 0, 0).evaluate((el) => {
    const data = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData("text/plain");
  });
  expect(copied).toBe("6895200.00\t\r\n456100.00\t\r\n");

  // In 万元 mode the same cells show and take 万元, kept exact in 元.
  await page.getByLabel(/以万元录入和显示/).check();
  await expect(cell(page, "fl", 0, 0)).toHaveText("689.52");
  await typeInto(cell(page, "fl", 2, 0), "28.0612");
  await page.getByLabel(/以万元录入和显示/).uncheck();
  await expect(cell(page, "fl", 2, 0)).toHaveText("280,612.00");
  await page.context().close();
});

test("an error in a column out of view is found on save: the set is marked and the cell focused", async ({
  browser,
}) => {
  const reportId = demoReport();
  const page = await clerk(browser);
  await page.goto(`/reports/${reportId}/function-lines`);
  await page.getByRole("button", { name: /^年初预算与上年决算/ }).click();
  await typeInto(cell(page, "fl", 2, FL.priorYearStateCapital), "abc");
  await expect(page.getByTestId("set-budget")).toContainText("1");
  await page.getByRole("button", { name: /^本年收入/ }).click();
  await expect(cell(page, "fl", 2, FL.priorYearStateCapital)).not.toBeInViewport();

  await save(page);
  await expect(page.getByTestId("save-message")).toContainText("已定位到第一处：2013150 事业运行 · 上年决算数");
  expect(await focusedCell(page)).toBe(`2:${FL.priorYearStateCapital}`);
  await expect(cell(page, "fl", 2, FL.priorYearStateCapital)).toBeInViewport();
  await expect(page.getByTestId("set-budget")).toHaveAttribute("aria-pressed", "true");
  await page.context().close();
});
