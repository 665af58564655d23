import { expect, test, type Page } from "@playwright/test";
import { ANONYMOUS, DEMO_DEPARTMENT, login, logout, stateOf } from "./support/auth";

/** A username no earlier run has used. */
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function createUser(page: Page, username: string, password: string) {
  await page.goto("/admin/users/new");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名").fill("王填报");
  await page.getByLabel("角色").selectOption({ label: "填报员" });
  await page.getByLabel("所属部门").selectOption({ label: DEMO_DEPARTMENT });
  await page.getByLabel("初始密码").fill(password);
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?q=/);
  await expect(page.getByRole("cell", { name: username, exact: true })).toBeVisible();
}

test.describe("用户管理", () => {
  test.use({ storageState: stateOf("admin") });

  test("the admin creates a user who can then log in", async ({ page, browser }) => {
    const username = uniqueName("wang");
    await createUser(page, username, "Kaishi2021");
    // The new user signs in in a browser of their own (signing the admin out would end the shared session).
    const context = await browser.newContext(ANONYMOUS);
    const userPage = await context.newPage();
    await login(userPage, username, "Kaishi2021");
    await expect(userPage.getByTestId("current-user")).toContainText("王填报");
    await expect(userPage.getByTestId("current-user")).toContainText("填报员");
    await logout(userPage);
    await context.close();
  });

  test("bad input is refused next to the field and nothing is created", async ({ page }) => {
    await page.goto("/admin/users/new");
    await page.getByLabel("用户名").fill("clerk");
    await page.getByLabel("姓名").fill("重复的人");
    await page.getByLabel("初始密码").fill("short");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByText("密码至少8位")).toBeVisible();
    await page.getByLabel("初始密码").fill("Longenough1");
    await page.getByRole("button", { name: "创建用户" }).click();
    await expect(page.getByText("用户名“clerk”已被使用")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/users\/new$/);
  });

  test("a disabled user's existing session stops working at once", async ({ page, browser }) => {
    const username = uniqueName("zhao");
    await createUser(page, username, "Kaishi2021");

    const other = await browser.newContext(ANONYMOUS);
    const userPage = await other.newPage();
    await login(userPage, username, "Kaishi2021");
    await expect(userPage.getByTestId("current-user")).toContainText("王填报");

    await page
      .getByRole("row", { name: new RegExp(username) })
      .getByRole("link", { name: /编辑/ })
      .click();
    await page.getByRole("button", { name: "停用账号" }).click();
    await expect(page.getByText("当前状态：已停用")).toBeVisible();

    await userPage.reload();
    await expect(userPage).toHaveURL(/\/login/);
    // And the password no longer opens a new one.
    await userPage.getByLabel("用户名").fill(username);
    await userPage.getByLabel("密码").fill("Kaishi2021");
    await userPage.getByRole("button", { name: "登录" }).click();
    await expect(userPage.getByText("用户名或密码错误，或账号不可用。")).toBeVisible();
    await other.close();
  });
});
