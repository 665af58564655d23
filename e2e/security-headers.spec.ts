import { expect, test, type Page } from "@playwright/test";
import { ENTRY_SECTIONS } from "../lib/domain";
import { ANONYMOUS, DEMO_DEPARTMENT, stateOf } from "./support/auth";
import { sectionLink } from "./support/nav";
import { createPublishedReport, createWorld } from "./support/world";

/**
 * What the security headers do in a real browser: no page of the site can be framed (a same-site page
 * once framed /admin/users/… with its 停用账号 and 重置密码 buttons live), and the pages work under the
 * Content-Security-Policy without a single violation.
 */
test.use({ storageState: stateOf("admin") });

/** Console messages Chromium writes when the policy blocks something. */
function violations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame)/i.test(m.text())) found.push(m.text());
  });
  return found;
}

test("a page of the site cannot be framed, not even by another page of the site", async ({ page }) => {
  await page.goto("/admin/users");
  const href = await page.getByRole("link", { name: /编辑\s*用户 clerk/ }).getAttribute("href");
  await page.goto("/disclosures");
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.id = "attack";
    document.body.append(frame);
  }, href!);
  await page.waitForTimeout(1500);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  expect(framed).toBeDefined();
  // Blocked: the frame holds Chromium's error page, never the user page and its buttons.
  expect(await framed!.locator("text=停用账号").count()).toBe(0);
  expect(await framed!.locator("text=重置密码").count()).toBe(0);
});

test("the pages work under the Content-Security-Policy without a violation", async ({ page }) => {
  const found = violations(page);
  for (const path of ["/reports", "/admin/users", "/admin/departments", "/admin/catalogs", "/disclosures"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The demo report, whose entry grids have lines (an empty grid has fewer of the cells a policy may refuse).
  await page.goto(`/reports?q=${encodeURIComponent(DEMO_DEPARTMENT)}`);
  await page
    .getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) })
    .first()
    .click();
  for (const name of [...ENTRY_SECTIONS.map((s) => s.title), "公开文本预览", "审计日志", "审核", "概览"]) {
    const link = sectionLink(page, name);
    const href = await link.getAttribute("href");
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.waitForLoadState("networkidle");
    // Loaded whole as well: the server's HTML is held to the policy, React's later changes are not (a
    // style attribute in the HTML is refused; the same style set by a client-side render is not).
    await page.reload();
    await page.waitForLoadState("networkidle");
  }
  expect(found).toEqual([]);
});

test("a published page, kept whole and served alike to every reader, works under its policy of hashes", async ({
  browser,
}) => {
  const world = await createWorld("公开缓存");
  createPublishedReport(world, 2019);
  const path = `/disclosures/${world.code}/2019`;
  const context = await browser.newContext(ANONYMOUS);
  const page = await context.newPage();
  const found = violations(page);

  // Loaded whole, twice: both answers are the kept copy (the first reader waits for its one render) — the
  // same page, with the policy of its scripts' hashes instead of a nonce, and an ETag to ask again with.
  const first = await page.goto(path);
  const kept = await page.reload();
  for (const response of [first!, kept!]) {
    const csp = response.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+;/);
    expect(csp).not.toMatch(/nonce|unsafe-inline/);
    expect(response.headers()["cache-control"]).toBe("public, max-age=300");
  }
  expect(kept!.headers()["etag"]).toBe(first!.headers()["etag"]);
  const heading = page.getByRole("heading", { level: 1, name: `${world.name}2019年度部门决算公开` });
  await expect(heading).toBeVisible();

  // Its scripts run: the download button is live (it shows its progress, and the file arrives).
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // Client-side navigation still gets React's answers, not the kept HTML: the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name: "部门决算公开", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "部门决算公开" })).toBeVisible();
  // Arrived by a link, the page fetches its document: until it is there, the page says it is coming.
  await page.route("**/document", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.getByRole("link", { name: world.name }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "正在加载公开文本…" })).toBeVisible();
  await expect(heading).toBeVisible();
  await expect(page.getByText("正在加载公开文本…")).toHaveCount(0);
  await expect(page.getByText(/本部门机关运行经费支出56.79万元/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  expect(found).toEqual([]);
  await context.close();
});
