/**
 * Signing in without the login form in every test: the demo users' sessions are saved once by
 * e2e/auth.setup.ts (one file per role); a spec's own users sign in through the form once per worker
 * and reuse the saved state after that.
 */
import path from "node:path";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Juesuan@2020";
export const DEMO_DEPARTMENT = "中共兰州市委机构编制委员会办公室";
export const DEMO_ROLES = ["clerk", "supervisor", "admin"] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

/** Where e2e/auth.setup.ts saves the demo users' sessions. */
export const stateOf = (username: string) => path.join("test-results", ".auth", `${username}.json`);

/** Signs in through the login form (for the login tests themselves, and to save a session). */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/reports$/);
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A context with nobody signed in (Playwright would otherwise apply the spec's `storageState`). */
export const ANONYMOUS = { storageState: { cookies: [], origins: [] } };

const saved = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

/** A new browser context signed in as `username` (the form once per worker, the saved state after). */
export async function signedIn(browser: Browser, username: string, password: string): Promise<BrowserContext> {
  const state = saved.get(username);
  if (state) return browser.newContext({ storageState: state });
  const context = await browser.newContext(ANONYMOUS);
  await login(await context.newPage(), username, password);
  saved.set(username, await context.storageState());
  return context;
}

/** A signed-in page of a new context; close its context when done. */
export async function pageAs(browser: Browser, username: string, password: string): Promise<Page> {
  const context = await signedIn(browser, username, password);
  return context.pages()[0] ?? context.newPage();
}
