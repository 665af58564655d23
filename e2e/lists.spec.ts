import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import * as t from "../db/schema";
import { pageAs, stateOf } from "./support/auth";
import { createReport, createWorld, e2eDb, WORLD_PASSWORD } from "./support/world";

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
