import { expect, test, type Page } from "@playwright/test";
import { DEMO_DEPARTMENT, pageAs, signedIn, stateOf } from "./support/auth";
import { createReport, createWorld, WORLD_PASSWORD, type World } from "./support/world";

/** The clerk's working day, each test on a report of its own department. */
let world: World;
test.beforeAll(async () => {
  world = await createWorld("填报");
});

async function pasteInto(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.evaluate(
    ({ selector, text }) => {
      const el = document.querySelector(selector)!;
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { selector, text },
  );
}

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
  await page.getByRole("button", { name: "本年支出" }).click();

  // Three rows pasted into the subject picker: a code, then the 本年支出 columns.
  await pasteInto(page, "[list]", "2013101\t1,000.00\n2050803\t２０００\n2210201\t3000.5\n");
  await expect(page.getByText("已添加3个科目")).toBeVisible();
  await expect(page.getByTestId("total-基本支出")).toHaveText("6,000.50");

  // Three rows pasted into the 项目支出 column, starting at the first row.
  await pasteInto(page, '[data-grid="fl"][data-row="0"][data-col="1"]', "100\n200\n300\n");
  await expect(page.getByText("已粘贴3行。")).toBeVisible();
  await expect(page.getByTestId("total-项目支出")).toHaveText("600.00");
  await expect(page.getByTestId("total-本年支出合计")).toHaveText("6,600.50");
  await expect(page.getByTestId("subtotal-201")).toContainText("1,000.00");

  // And one typed by hand, moving down with Enter.
  const first = page.locator('[data-grid="fl"][data-row="0"][data-col="0"]');
  await first.fill("1500");
  await first.press("Enter");
  await expect(page.locator('[data-grid="fl"][data-row="1"][data-col="0"]')).toBeFocused();
  await expect(page.getByTestId("total-基本支出")).toHaveText("6,500.50");

  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "本年支出" }).click();
  await expect(page.locator('[data-grid="fl"][data-row="0"][data-col="0"]')).toHaveValue("1,500.00");
  await expect(page.locator('[data-grid="fl"][data-row="2"][data-col="1"]')).toHaveValue("300.00");
  await expect(page.getByTestId("total-本年支出合计")).toHaveText("7,100.50");

  await page.goto(`/reports/${reportId}`);
  await expect(page.getByTestId("section-state-functionLines")).toHaveText("已填写");
  await page.context().close();
});

test("a bad value is marked next to its cell and nothing is saved", async ({ browser }) => {
  const reportId = createReport(world, 2016, "demo");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/function-lines`);
  await page.getByRole("button", { name: "本年支出" }).click();
  const cell = page.locator('[data-grid="fl"][data-row="0"][data-col="0"]');
  await expect(cell).toHaveValue("6,895,200.00");
  await cell.fill("12.345");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("金额最多保留两位小数（到分）")).toBeVisible();
  await expect(cell).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("有填写不正确的内容，请按标红处的提示修改后再保存。")).toBeVisible();
  await cell.fill("abc");
  await expect(page.getByText("请填写数字金额")).toBeVisible();

  page.once("dialog", (d) => d.accept()); // leaving with unsaved changes asks first
  await page.reload();
  await page.getByRole("button", { name: "本年支出" }).click();
  await expect(page.locator('[data-grid="fl"][data-row="0"][data-col="0"]')).toHaveValue("6,895,200.00");
  await page.context().close();
});

test("two clerks edit the same section: the second save is refused and keeps its input", async ({ browser }) => {
  const reportId = createReport(world, 2015, "empty");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/three-public`);
  const other = await signedIn(browser, world.clerk, WORLD_PASSWORD);
  const second = await other.newPage();
  await second.goto(`/reports/${reportId}/three-public`);

  await page.locator('[data-grid="tp"][data-row="3"][data-col="1"]').fill("800");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();

  const mine = second.locator('[data-grid="tp"][data-row="3"][data-col="1"]');
  await mine.fill("950.50");
  await second.getByRole("button", { name: "保存" }).first().click();
  await expect(second.getByText(/保存失败：刘填报已于.*保存了本报告的新修改/)).toBeVisible();
  await expect(mine).toHaveValue("950.50");
  await other.close();

  await page.reload();
  await expect(page.locator('[data-grid="tp"][data-row="3"][data-col="1"]')).toHaveValue("800.00");
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
    await expect(page.locator('[data-grid="fl"][data-row="0"][data-col="0"]')).toBeDisabled();
    await expect(page.locator('[data-grid="fl"][data-row="0"][data-col="0"]')).toHaveValue("6,895,200.00");
    // Read-only still lets the supervisor look at the other columns.
    await page.getByRole("button", { name: "本年支出" }).click();
    await expect(page.locator('[data-grid="fl"][data-row="1"][data-col="1"]')).toHaveValue("456,100.00");
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
