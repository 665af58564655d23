import { expect, test, type Page } from "@playwright/test";
import { ENTRY_SECTIONS } from "../lib/domain";
import { ANONYMOUS, pageAs } from "./support/auth";
import { cell, FL } from "./support/grid";
import { createPublishedReport, createReport, createWorld, WORLD_PASSWORD, type World } from "./support/world";

/** On a phone and on an office screen, the pages never pan sideways: wide tables scroll in their own box. */
let world: World;
test.beforeAll(async () => {
  world = await createWorld("阅读");
});

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test("the public report at 390 px has no sideways page scroll, and its tables keep the subject column in view", async ({
  browser,
}) => {
  createPublishedReport(world, 2019);
  const context = await browser.newContext({ ...ANONYMOUS, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/disclosures/${world.code}/2019`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await pageScrollsSideways(page)).toBe(false);

  const table = page.getByRole("region", { name: "支出决算表（表格可左右滚动）", exact: true });
  await table.scrollIntoViewIfNeeded();
  const name = table.locator("td", { hasText: "一般公共服务支出" }).first();
  await table.evaluate((el) => el.scrollBy({ left: 400 }));
  expect(await table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The amounts moved; the subject's name stays at the box's left edge.
  const box = (await table.boundingBox())!;
  expect(Math.abs((await name.boundingBox())!.x - box.x)).toBeLessThan(3);
  // A subject name is not broken one character per line.
  expect((await name.boundingBox())!.width).toBeGreaterThan(80);
  await context.close();
});

test("the 功能分类 page at 390 px and 1280 px keeps the page still and the grid in its own box", async ({
  browser,
}) => {
  const reportId = createReport(world, 2020, "demo");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`/reports/${reportId}/function-lines`);
    await expect(cell(page, "fl", 0, 0)).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
  }
  await page.context().close();
});

test("every page of a report and the report list at 390 px and 1280 px: the page never pans sideways", async ({
  browser,
}) => {
  const reportId = createReport(world, 2018, "demo");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  const paths = [
    "/reports",
    `/reports/${reportId}`,
    ...ENTRY_SECTIONS.map((s) => `/reports/${reportId}/${s.path}`),
    `/reports/${reportId}/checks`,
    `/reports/${reportId}/preview`,
    `/reports/${reportId}/audit`,
  ];
  const panning: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (await pageScrollsSideways(page)) panning.push(`${path} at ${width} px`);
    }
  }
  expect(panning).toEqual([]);
  await page.context().close();
});

test("a 审核 link brings the cell and its column header into view", async ({ browser }) => {
  const reportId = createReport(world, 2021, "demo");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/reports/${reportId}/function-lines#${encodeURIComponent(`lines.2.priorYearStateCapital`)}`);
  const target = cell(page, "fl", 2, FL.priorYearStateCapital);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(page.locator(`#fl-colh-${FL.priorYearStateCapital}`)).toBeInViewport();
  await page.context().close();
});
