import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import * as t from "../db/schema";
import { ANONYMOUS, pageAs, stateOf } from "./support/auth";
import { createPublishedReport, createReport, createWorld, e2eDb, WORLD_PASSWORD } from "./support/world";

/** Lists that grow are paged on the server, with filters in the address, usable without JavaScript. */
test("the clerk pages through a long audit log and filters it", async ({ browser }) => {
  const world = await createWorld("日志");
  const reportId = createReport(world, 2020, "empty");
  const clerk = e2eDb().select().from(t.users).where(eq(t.users.username, world.clerk)).get()!;
  e2eDb().transaction((tx) => {
    for (let i = 0; i < 120; i++)
      tx.insert(t.auditLog)
        .values({
          at: new Date(Date.UTC(2021, 0, 4, 1, 0, i)),
          actorId: clerk.id,
          reportId,
          action: "report.update",
          field: `function_lines[${i % 2 ? "2013101" : "2013102"}].basicGeneralBudget`,
          oldValue: `${i}.00`,
          newValue: `${i + 1}.00`,
        })
        .run();
  });
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/audit`);
  await expect(page.getByText("共 120 条，第 1 / 3 页")).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(51); // the header and 50 rows
  await page.getByRole("link", { name: "下一页" }).click();
  await expect(page.getByText("共 120 条，第 2 / 3 页")).toBeVisible();
  await expect(page).toHaveURL(/page=2/);
  await page.getByRole("link", { name: "末页" }).click();
  await expect(page.getByRole("row")).toHaveCount(21);

  await page.getByLabel("科目编码或数值").fill("2013101");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByText("共 60 条，第 1 / 2 页")).toBeVisible();
  await expect(page).toHaveURL(/q=2013101/);
  await page.getByRole("link", { name: "清除筛选" }).click();
  await expect(page.getByText("共 120 条，第 1 / 3 页")).toBeVisible();
  await page.context().close();
});

test.describe("the admin", () => {
  test.use({ storageState: stateOf("admin") });

  test("finds a user by name and role in a list filtered on the server", async ({ page }) => {
    const world = await createWorld("筛选");
    await page.goto("/admin/users");
    await page.getByLabel("用户名、姓名或部门").fill(world.clerk);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("共 1 条")).toBeVisible();
    await expect(page.getByRole("cell", { name: world.clerk, exact: true })).toBeVisible();
    await page.getByLabel("用户名、姓名或部门").fill(world.name);
    await page.getByLabel("角色").selectOption({ label: "审核员" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("共 1 条")).toBeVisible();
    await expect(page.getByRole("cell", { name: world.supervisor, exact: true })).toBeVisible();
  });

  test("filters the reports by year and status", async ({ page }) => {
    const world = await createWorld("年度筛选");
    createReport(world, 2017, "empty");
    await page.goto(`/reports?q=${encodeURIComponent(world.name)}`);
    await expect(page.getByText("共 1 条")).toBeVisible();
    await page.getByLabel("年度").fill("2018");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("没有符合筛选条件的报告。")).toBeVisible();
    await page.getByLabel("年度").fill("2017");
    await page.getByLabel("状态").selectOption({ label: "草稿" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("cell", { name: "2017年度", exact: true })).toBeVisible();
  });
});

test("a visitor browses the public list by region", async ({ browser }) => {
  // Two departments of two regions of their own, each with a published 2020 disclosure.
  const suffix = Date.now().toString(36);
  const [east, west] = [`东区${suffix}`, `西区${suffix}`];
  const eastWorld = await createWorld("地区浏览", { region: east });
  const westWorld = await createWorld("地区浏览", { region: west });
  createPublishedReport(eastWorld, 2020);
  createPublishedReport(westWorld, 2020);

  const context = await browser.newContext(ANONYMOUS);
  const page = await context.newPage();
  await page.goto("/disclosures");
  await page.getByLabel("地区", { exact: true }).selectOption({ label: east });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`region=${encodeURIComponent(east)}`));
  await expect(page.getByText("共 1 条")).toBeVisible();
  await expect(page.getByRole("link", { name: eastWorld.name })).toBeVisible();
  await expect(page.getByRole("link", { name: westWorld.name })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: east, exact: true })).toBeVisible();

  // From both departments, found by name, the other's region link keeps the name and shows that region.
  await page.goto(`/disclosures?q=${encodeURIComponent("地区浏览测试局")}&year=2020`);
  await expect(page.getByRole("link", { name: westWorld.name })).toBeVisible();
  await page.getByRole("link", { name: `按地区浏览：${west}` }).click();
  await expect(page).toHaveURL(/q=.*year=2020.*region=/);
  await expect(page.getByLabel("地区", { exact: true })).toHaveValue(west);
  await expect(page.getByRole("link", { name: westWorld.name })).toBeVisible();
  await expect(page.getByRole("link", { name: eastWorld.name })).toHaveCount(0);

  // A region nobody published in: the empty state, not an error.
  await page.goto(`/disclosures?region=${encodeURIComponent(`无此地区${suffix}`)}`);
  await expect(page.getByText("没有符合条件的公开文本。")).toBeVisible();
  await context.close();
});

/**
 * Every page is rendered per request, so a prefetch fetched nothing a click could use, but each cost
 * the server a request: one view of the public list sent 72 of them (decision 021). A link is
 * fetched when it is clicked, and the click still navigates without reloading the page.
 */
test("a page view asks the server for nothing it was not asked: no link is prefetched", async ({ browser }) => {
  const world = await createWorld("预取");
  createPublishedReport(world, 2020);
  const reportId = createReport(world, 2021, "empty");
  for (const [who, path, link] of [
    [null, `/disclosures?q=${encodeURIComponent(world.name)}`, world.name],
    [world.clerk, "/reports", `${world.name}2021年度报告`],
    [world.clerk, `/reports/${reportId}`, "功能分类"],
  ] as const) {
    const context =
      who === null ? await browser.newContext(ANONYMOUS) : (await pageAs(browser, who, WORLD_PASSWORD)).context();
    const page = context.pages()[0] ?? (await context.newPage());
    const prefetches: string[] = [];
    page.on("request", (r) => {
      if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
    });
    await page.goto(path);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.mouse.wheel(0, 3000);
    await page.waitForLoadState("networkidle"); // the page's scripts have run: its links are live
    const target = page.getByRole("link", { name: link }).first();
    await target.hover();
    await target.focus();
    // A prefetch would follow within moments of a link showing, being hovered or focused: none comes.
    const late = await page
      .waitForRequest((r) => r.headers()["next-router-prefetch"] !== undefined, { timeout: 1500 })
      .then((r) => r.url())
      .catch(() => null);
    expect([...prefetches, ...(late ? [late] : [])], path).toEqual([]);
    const href = (await target.getAttribute("href"))!;
    await target.click();
    await expect(page).toHaveURL((url) => url.pathname + url.search === href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), path).toBe(true);
    await context.close();
  }
});
