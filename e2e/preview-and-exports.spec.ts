import { expect, test } from "@playwright/test";
import { ANONYMOUS, DEMO_DEPARTMENT, pageAs, stateOf } from "./support/auth";
import { createWorld, WORLD_PASSWORD } from "./support/world";

test.describe("公开文本预览与下载", () => {
  test.use({ storageState: stateOf("supervisor") });

  test("the supervisor previews the disclosure and downloads its PDF and Excel", async ({ page }) => {
    await page.goto("/reports");
    await page.getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) }).click();
    await page.getByRole("navigation", { name: "报告各部分" }).getByRole("link", { name: "公开文本预览" }).click();
    await expect(page.getByRole("heading", { name: `${DEMO_DEPARTMENT}2020年度部门决算公开` })).toBeVisible();
    const toc = page.getByRole("navigation", { name: "目录" });
    await expect(toc.getByRole("link", { name: "第三部分  2020年度部门决算情况说明" })).toBeVisible();
    await expect(page.getByText("2020年度收、支总计878.36万元。")).toBeVisible();
    await expect(page.getByRole("figure", { name: "一般公共预算财政拨款支出决算表" })).toContainText("763.19");

    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`${DEMO_DEPARTMENT}_2020年度部门决算公开.pdf`);
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载Excel" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`${DEMO_DEPARTMENT}_2020年度部门决算公开.xlsx`);
  });

  test("the document is sent once: in the page's HTML, not again in its RSC payload", async ({ page }) => {
    await page.goto("/reports");
    const link = page.getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) });
    const previewPath = `${await link.getAttribute("href")}/preview`;
    const sentence = "2020年度收、支总计878.36万元。";
    const html = await (await page.request.get(previewPath)).text();
    expect(html.split(sentence).length - 1).toBe(1);
    // Loaded whole (no client-side navigation), the page shows the server's HTML after hydration.
    await page.goto(previewPath);
    await expect(page.getByText(sentence)).toBeVisible();
    await expect(page.getByRole("button", { name: "下载PDF" })).toBeEnabled();
    await expect(page.getByText(sentence)).toBeVisible();
  });

  test("the export URLs answer only a signed-in user of the department", async ({
    page,
    playwright,
    browser,
    baseURL,
  }) => {
    await page.goto("/reports");
    const link = page.getByRole("link", { name: new RegExp(`打开\\s*${DEMO_DEPARTMENT}2020年度报告`) });
    const reportPath = (await link.getAttribute("href"))!;

    const visitor = await playwright.request.newContext({ baseURL, ...ANONYMOUS });
    const anonymous = await visitor.get(`${reportPath}/export/xlsx`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toContain("/login");
    await visitor.dispose();

    const response = await page.request.get(`${reportPath}/export/xlsx`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("spreadsheetml");
    expect(response.headers()["content-disposition"]).toContain(
      encodeURIComponent(`${DEMO_DEPARTMENT}_2020年度部门决算公开.xlsx`),
    );
    expect((await page.request.get("/reports/999999/export/pdf")).status()).toBe(404);

    // A clerk of another department does not learn that the report exists.
    const world = await createWorld("越权");
    const outsider = await pageAs(browser, world.clerk, WORLD_PASSWORD);
    expect((await outsider.request.get(`${reportPath}/export/xlsx`)).status()).toBe(404);
    await outsider.context().close();
  });
});
