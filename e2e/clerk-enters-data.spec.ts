import { expect, test } from "@playwright/test";
import { SERVER_ROWS } from "../components/grids/server-rows";
import { DEMO_DEPARTMENT, pageAs, stateOf } from "./support/auth";
import { cell, FL, paste, typeInto } from "./support/grid";
import { createReport, createWorld, functionItemCodes, WORLD_PASSWORD, type World } from "./support/world";

/** The clerk's working day, each test on a report of its own department. */
let world: World;
test.beforeAll(async () => {
  world = await createWorld("填报");
});

test("the clerk starts a report and sees every section 未填写", async ({ browser }) => {
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto("/reports");
  await page.getByLabel("决算年度").fill("2017");
  await page.getByRole("button", { name: "新建年度报告" }).click();
  await expect(page.getByRole("heading", { name: /2017年度部门决算/ })).toBeVisible();
  await expect(page.getByTestId("section-state-functionLines")).toHaveText("未填写");
  await expect(page.getByTestId("section-state-glossary")).toHaveText("已填写"); // the template's glossary
  await page.context().close();
});

test("the clerk fills the function grid by pasting from Excel, saves, and the figures survive a reload", async ({
  browser,
}) => {
  const reportId = createReport(world, 2018, "empty");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/function-lines`);

  // Three rows pasted into the subject picker: a code, then amounts from the first column on.
  await paste(page.getByLabel(/^添加科目/), "2013101\t1,000.00\n2050803\t２０００\n2210201\t3000.5\n");
  await expect(
    page.getByText(/已按科目编码粘贴3行，新增科目2013101 行政运行、2050803 培训支出、2210201 住房公积金/),
  ).toBeVisible();
  await expect(cell(page, "fl", 1, 0)).toHaveText("2,000.00");

  // Three rows pasted into the 项目支出 column, starting at the first row.
  await page.getByRole("button", { name: /^本年支出/ }).click();
  await paste(cell(page, "fl", 0, FL.projectGeneralBudget), "100\n200\n300\n");
  await expect(page.getByText(/已从当前单元格起粘贴3行/)).toBeVisible();
  await expect(page.getByTestId("total-项目支出")).toHaveText("600.00");
  await expect(page.getByTestId("subtotal-201")).toContainText("100.00");

  // And some typed by hand, moving down with Enter.
  await typeInto(cell(page, "fl", 0, FL.basicGeneralBudget), "1500");
  await expect(cell(page, "fl", 1, FL.basicGeneralBudget)).toBeFocused();
  await page.keyboard.type("6000.5");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("total-基本支出")).toHaveText("7,500.50");
  await expect(page.getByTestId("total-本年支出合计")).toHaveText("8,100.50");

  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("save-message")).toContainText("已保存。");

  await page.reload();
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("1,500.00");
  await expect(cell(page, "fl", 2, FL.projectGeneralBudget)).toHaveText("300.00");
  await expect(page.getByTestId("total-本年支出合计")).toHaveText("8,100.50");

  await page.goto(`/reports/${reportId}`);
  await expect(page.getByTestId("section-state-functionLines")).toHaveText("已填写");
  await page.context().close();
});

test("a bad value is marked on its cell and nothing is saved", async ({ browser }) => {
  const reportId = createReport(world, 2016, "demo");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/function-lines`);
  const target = cell(page, "fl", 0, FL.basicGeneralBudget);
  await expect(target).toHaveText("6,895,200.00");
  await typeInto(target, "12.345");
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await target.click();
  await expect(page.getByTestId("fl-cell-status")).toContainText("金额最多保留两位小数（到分）");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("save-message")).toContainText("有填写不正确的内容");
  await typeInto(target, "abc");
  await target.click();
  await expect(page.getByTestId("fl-cell-status")).toContainText("请填写数字金额");

  page.once("dialog", (d) => d.accept()); // leaving with unsaved changes asks first
  await page.reload();
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("6,895,200.00");
  await page.getByRole("button", { name: "丢弃" }).click();
  await expect(page.getByTestId("draft-offer")).toHaveCount(0);
  await page.context().close();
});

test.describe("on the demo report", () => {
  test("the supervisor sees the entry pages read-only", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateOf("supervisor") });
    const page = await context.newPage();
    await page.goto("/reports");
    await page.getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) }).click();
    await page
      .getByRole("navigation", { name: "报告各部分" })
      .getByRole("link", { name: "收入支出（功能分类）" })
      .click();
    await expect(page.getByText(/^只读：/)).toBeVisible();
    await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
    await expect(page.locator("table#fl")).toHaveAttribute("aria-readonly", "true");
    await expect(cell(page, "fl", 0, 0)).toHaveText("6,895,200.00");
    // Typing changes nothing; read-only still lets the supervisor move about and look at the other columns.
    await cell(page, "fl", 0, 0).click();
    await page.keyboard.type("1");
    await expect(cell(page, "fl", 0, 0)).toHaveText("6,895,200.00");
    await page.getByRole("button", { name: /^本年支出/ }).click();
    await expect(cell(page, "fl", 1, FL.projectGeneralBudget)).toHaveText("456,100.00");
    await page.getByRole("navigation", { name: "报告各部分" }).getByRole("link", { name: "部门概况" }).click();
    await expect(page.getByLabel("职责（1）")).toBeDisabled();
    await expect(page.getByTestId("staffing-authorized-total")).toHaveText("45");
    await context.close();
  });

  test("the explanation page lists each change with its computed figure", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateOf("clerk") });
    const page = await context.newPage();
    await page.goto("/reports");
    await page.getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) }).click();
    await page.getByRole("navigation", { name: "报告各部分" }).getByRole("link", { name: "说明（主要原因）" }).click();
    await expect(page.getByText("878.36万元，较上年决算数减少6.25万元，下降0.71%").first()).toBeVisible();
    await expect(page.getByText("0.80万元，较上年决算数减少0.35万元，下降30.43%")).toBeVisible();
    await expect(page.getByLabel("培训费：与上年相比的变化——主要原因")).toHaveValue(
      "该笔资金主要用于支付继续教育学习费用",
    );
    await context.close();
  });
});

test("a paste of subjects the grid lacks waits for the year's catalog, fetched after the page; without it, it says so", async ({
  browser,
}) => {
  const reportId = createReport(world, 2015, "empty");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  // The catalog arrives a second late: a paste made meanwhile is placed when it is there.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(`**/reports/${reportId}/subjects`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/reports/${reportId}/function-lines`);
  await paste(page.getByLabel(/^添加科目/), "2013101\t1,000.00\n2050803\t2000\n");
  await page.waitForTimeout(300);
  await expect(page.locator("table#fl tr[data-row-path]")).toHaveCount(0);
  release();
  await expect(page.getByText(/已按科目编码粘贴2行，新增科目2013101 行政运行、2050803 培训支出/)).toBeVisible();
  await expect(cell(page, "fl", 1, 0)).toHaveText("2,000.00");
  await page.context().close();

  // It cannot be fetched: the paste is not placed, and the clerk is told why; the picker says it too.
  const offline = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await offline.route(`**/reports/${reportId}/subjects`, (route) => route.abort());
  await offline.goto(`/reports/${reportId}/function-lines`);
  await paste(offline.getByLabel(/^添加科目/), "2101101\t5\n");
  await expect(offline.getByText("未能读取本年度科目表，未粘贴。请检查网络后重试。")).toBeVisible();
  await offline.getByLabel(/^添加科目/).fill("2101101");
  await offline.getByRole("button", { name: "添加科目" }).click();
  await expect(offline.getByText("未能读取本年度科目表，请检查网络后重试")).toBeVisible();
  await expect(offline.locator("table#fl tr[data-row-path]")).toHaveCount(0);
  await offline.context().close();
});

test("the code and name columns and the header rows stay in view as the grid scrolls, as frozen panes do in Excel", async ({
  browser,
}) => {
  const reportId = createReport(world, 2014, "demo");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.setViewportSize({ width: 1280, height: 560 }); // the grid's box scrolls both ways
  await page.goto(`/reports/${reportId}/function-lines`);
  await expect(cell(page, "fl", 0, 0)).toBeVisible();
  const placed = await page.locator("table#fl").evaluate((table) => {
    const box = table.parentElement!;
    box.scrollLeft = 700;
    box.scrollTop = 60;
    const edge = (el: Element) => el.getBoundingClientRect();
    const inBox = edge(box);
    const row = [...table.querySelectorAll("tbody tr")].findLast((tr) => edge(tr).bottom < inBox.bottom)!;
    const [code, name] = [...row.querySelectorAll("th")].map(edge);
    const headerRows = [...table.querySelectorAll("thead tr")].map((tr) => edge(tr).top - inBox.top);
    return {
      scrolled: [box.scrollLeft, box.scrollTop],
      codeLeft: code!.left - inBox.left,
      nameLeft: name!.left - code!.right,
      headerRows,
    };
  });
  expect(placed.scrolled).toEqual([700, 60]);
  // The code column at the box's left edge (inside its 1 px border), the name column right after it.
  expect(placed.codeLeft).toBeGreaterThanOrEqual(0);
  expect(placed.codeLeft).toBeLessThan(2);
  expect(Math.abs(placed.nameLeft)).toBeLessThan(1);
  // The header's rows at the top of the box, one under the other (32 px each but the last).
  expect(placed.headerRows[0]).toBeLessThan(2);
  for (let i = 1; i < placed.headerRows.length; i++)
    expect(placed.headerRows[i]! - placed.headerRows[i - 1]!).toBeCloseTo(32, 0);
  await page.context().close();
});

test("a long grid: the server sends its first rows, the browser the rest, and every row is there to type in", async ({
  browser,
}) => {
  const reportId = createReport(world, 2013, "empty");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/function-lines`);
  // 45 subjects of the year's catalog, pasted into the subject picker with an amount each (row i: i 元).
  const codes = functionItemCodes(45);
  await paste(page.getByLabel(/^添加科目/), codes.map((code, i) => `${code}\t${i + 1}\n`).join(""));
  await expect(page.getByText(/已按科目编码粘贴45行/)).toBeVisible();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("save-message")).toContainText("已保存。");

  // The page as the server sends it: the first SERVER_ROWS rows of the grid.
  const html = await (await page.request.get(`/reports/${reportId}/function-lines`)).text();
  const rowsSent = new Set([...html.matchAll(/data-r="(\d+)"/g)].map((m) => Number(m[1])));
  expect(rowsSent.size).toBe(SERVER_ROWS);
  expect(html).toContain(`还有 ${45 - SERVER_ROWS} 行，页面加载完成后显示。`);

  // In the browser, all 45: Ctrl+End goes to the last, which holds what was pasted there, and takes typing.
  const complaints: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") complaints.push(m.text());
  });
  await page.reload();
  await expect(page.getByText("页面加载完成后显示")).toHaveCount(0);
  await cell(page, "fl", 0, 0).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Home");
  const last = cell(page, "fl", 44, 0);
  await expect(last).toBeFocused();
  await expect(last).toHaveText("45.00");
  await page.keyboard.type("4500");
  await page.keyboard.press("Enter");
  await expect(last).toHaveText("4,500.00");
  // 1 + 2 + … + 45 = 1,035, with the last 45 now 4,500.
  await expect(page.getByTestId("total-本年收入合计")).toHaveText("5,490.00");
  // The page hydrated as sent (React reports a mismatch on the console, then renders on the client).
  expect(complaints.filter((c) => /hydrat/i.test(c))).toEqual([]);

  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByTestId("save-message")).toContainText("已保存。");

  // A 审核 finding's link to a cell the server did not send still lands on it.
  const rowPath = await page.locator('table#fl tbody tr:has(td[data-r="44"])').getAttribute("data-row-path");
  await page.goto(`/reports/${reportId}`);
  await page.goto(`/reports/${reportId}/function-lines#${rowPath}.incomeGeneralBudget`);
  await expect(cell(page, "fl", 44, 0)).toBeFocused();
  await page.context().close();
});
