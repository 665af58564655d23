import { expect, test } from "@playwright/test";
import { ANONYMOUS, DEMO_DEPARTMENT, login, logout, stateOf } from "./support/auth";
import { createWorld, WORLD_PASSWORD } from "./support/world";

test.describe("登录", () => {
  test("an unauthenticated visit to /reports goes to the login page", async ({ page }) => {
    await page.goto("/reports");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freports/);
    await expect(page.getByLabel("用户名")).toBeVisible();
  });

  test("a wrong password shows the one generic message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill("clerk");
    await page.getByLabel("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("用户名或密码错误，或账号不可用。")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    // An unknown user gets exactly the same answer.
    await page.getByLabel("用户名").fill("nobody-here");
    await page.getByLabel("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("用户名或密码错误，或账号不可用。")).toBeVisible();
  });

  test("退出登录 ends the session, also for a copy of its cookie", async ({ page, browser, request }) => {
    // A user of its own: signing out must not end the sessions other specs share.
    const world = await createWorld("退出");
    await login(page, world.supervisor, WORLD_PASSWORD);
    const cookies = await page.context().cookies();
    await logout(page);
    await page.goto("/reports");
    await expect(page).toHaveURL(/\/login/);
    // The cookie as it was before 退出登录, replayed elsewhere, opens nothing and is not renewed.
    const replay = await browser.newContext(ANONYMOUS);
    await replay.addCookies(cookies);
    const replayed = await replay.newPage();
    await replayed.goto("/reports");
    await expect(replayed).toHaveURL(/\/login/);
    const session = await request.get("/api/auth/session", {
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    });
    expect(await session.json()).toBeNull();
    await replay.close();
  });

  test("five wrong passwords lock the account: the right one is refused, with the same message", async ({ page }) => {
    const world = await createWorld("锁定");
    await page.goto("/login");
    await expect(page.getByText("连续5次输错密码，账号将锁定15分钟。")).toBeVisible();
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("用户名").fill(world.clerk);
      await page.getByLabel("密码").fill(`wrong-password-${i}`);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page.getByText("用户名或密码错误，或账号不可用。")).toBeVisible();
    }
    await page.getByLabel("用户名").fill(world.clerk);
    await page.getByLabel("密码").fill(WORLD_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("用户名或密码错误，或账号不可用。")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("填报员", () => {
  test.use({ storageState: stateOf("clerk") });

  test("sees the department's reports and may start a new one, but not the admin pages", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByTestId("current-user")).toContainText("填报员");
    await expect(page.getByRole("cell", { name: DEMO_DEPARTMENT, exact: true }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "2020年度", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "新建年度报告" })).toBeVisible();
    await expect(page.getByRole("link", { name: "用户管理" })).toHaveCount(0);
    await page.goto("/admin/users");
    await expect(page.getByText("无权访问", { exact: true })).toBeVisible();
  });

  test("opens the demo report, whose figures come from the data", async ({ page }) => {
    await page.goto("/reports");
    await page.getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) }).click();
    await expect(page.getByRole("heading", { name: `${DEMO_DEPARTMENT} 2020年度部门决算` })).toBeVisible();
    await expect(page.getByTestId("report-status")).toHaveText("草稿");
    const figure = (label: string) => page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=../dd");
    await expect(figure("本年支出合计")).toHaveText("878.36");
    await expect(figure("基本支出")).toHaveText("832.75");
    await expect(figure("项目支出")).toHaveText("45.61");
  });
});

test.describe("审核员", () => {
  test.use({ storageState: stateOf("supervisor") });

  test("sees the reports but may not create one nor administer", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByTestId("current-user")).toContainText("审核员");
    await expect(page.getByRole("cell", { name: "2020年度", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "新建年度报告" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "部门与单位" })).toHaveCount(0);
    await page.goto("/admin/departments");
    await expect(page.getByText("无权访问", { exact: true })).toBeVisible();
  });
});

test.describe("系统管理员", () => {
  test.use({ storageState: stateOf("admin") });

  test("administers users and departments and sees every report", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByTestId("current-user")).toContainText("系统管理员");
    await expect(page.getByRole("cell", { name: "2020年度", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "新建年度报告" })).toHaveCount(0);
    await page.getByRole("link", { name: "用户管理" }).click();
    await expect(page.getByRole("heading", { name: "用户管理" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "supervisor", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "部门与单位" }).click();
    await expect(page.getByRole("heading", { name: "部门与单位" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(DEMO_DEPARTMENT) });
    await expect(row.getByRole("cell", { name: "101001", exact: true })).toBeVisible();
  });
});
