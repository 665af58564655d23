import { expect, test } from "@playwright/test";
import { pageAs } from "./support/auth";
import { createReport, createWorld, WORLD_PASSWORD } from "./support/world";

test.describe("新建年度报告", () => {
  test("the clerk starts a report for a new year, and a second one for the same year is refused", async ({
    browser,
  }) => {
    const world = await createWorld("新建");
    createReport(world, 2020, "empty");
    const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
    await page.goto("/reports");
    const year = page.getByLabel("决算年度");

    await year.fill("2020");
    await page.getByRole("button", { name: "新建年度报告" }).click();
    await expect(page.getByText("本部门2020年度的决算报告已存在，请在列表中打开它")).toBeVisible();
    await expect(year).toHaveAttribute("aria-invalid", "true");

    await year.fill("2019");
    await page.getByRole("button", { name: "新建年度报告" }).click();
    await expect(page.getByRole("heading", { name: /2019年度部门决算/ })).toBeVisible();
    await expect(page.getByTestId("report-status")).toHaveText("草稿");

    await page.goto("/reports");
    await expect(page.getByRole("cell", { name: "2019年度", exact: true })).toBeVisible();
    await year.fill("2019");
    await page.getByRole("button", { name: "新建年度报告" }).click();
    await expect(page.getByText("本部门2019年度的决算报告已存在，请在列表中打开它")).toBeVisible();
    await page.context().close();
  });

  test("a year outside the allowed range gets a message next to the field", async ({ browser }) => {
    const world = await createWorld("年度");
    const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
    await page.goto("/reports");
    await page.getByLabel("决算年度").fill("1999");
    await page.getByRole("button", { name: "新建年度报告" }).click();
    await expect(page.getByText("年度不能早于2015年")).toBeVisible();
    await page.context().close();
  });
});
