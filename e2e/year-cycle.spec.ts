import { expect, test, type Page } from "@playwright/test";
import { ANONYMOUS, signedIn } from "./support/auth";
import { sectionLink } from "./support/nav";
import { createReport, createWorld, WORLD_PASSWORD, type World } from "./support/world";

/**
 * The whole year in one spec, on a department of its own holding the demo's 2020 figures: the clerk
 * completes the report, meets a blocking finding and fixes
 * it, explains the warnings and submits; the supervisor returns it with a comment; the clerk answers
 * and resubmits; the supervisor approves and publishes; the public sees it without login; a revision
 * changes one figure, is published, and the public page and the diff show the change.
 */
test.setTimeout(240_000);

let world: World;
const openReport = async (page: Page) => {
  await page.goto("/reports");
  await page
    .getByRole("link", { name: new RegExp(`打开\\s*${world.name}2020年度报告`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: `${world.name} 2020年度部门决算` })).toBeVisible();
};
const nav = (page: Page, name: string) => sectionLink(page, name).click();
/** Clicks a workflow button; its confirmation is accepted by the page's dialog handler. */
const act = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click();
const acceptDialogs = (page: Page) => page.on("dialog", (d) => void d.accept());

test("a year of 决算公开, from draft to a published revision", async ({ browser }) => {
  world = await createWorld("全年");
  createReport(world, 2020, "demo");
  const clerkContext = await signedIn(browser, world.clerk, WORLD_PASSWORD);
  const page = clerkContext.pages()[0] ?? (await clerkContext.newPage());
  // The clerk makes a mistake: 车辆总数 2 while the categories add up to 1.
  acceptDialogs(page);
  await openReport(page);
  const reportUrl = new URL(page.url()).pathname;
  await nav(page, "其他事项");
  await page.getByLabel("车辆总数（辆）").fill("2");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();

  await nav(page, "概览");
  const finding = page.getByTestId("finding-R-VEHICLES").first();
  await expect(finding).toContainText("各类车辆之和为1辆，与车辆总数2辆不符。");
  await act(page, "提交审核");
  // 车辆总数 2 also disagrees with the 公务用车保有量 1: a third warning.
  await expect(page.getByText(/不能提交：有1项审核错误，须改正后才能提交。有3项审核警告尚未填写说明。/)).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("草稿");

  // 去修改 leads to the field, focused.
  await finding.getByRole("link", { name: "去修改" }).click();
  await expect(page.getByLabel("车辆总数（辆）")).toBeFocused();
  await page.getByLabel("车辆总数（辆）").fill("1");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();

  // The warnings get their 说明.
  await nav(page, "审核");
  await expect(page.getByText("错误 0 项")).toBeVisible();
  await page.getByLabel(/说明：项目“印刷费”全年预算数16.84万元/).fill("部分资料改为电子版印发，印制数量减少。");
  await page.getByLabel(/说明：项目“印刷费”自评得分71分/).fill("按国家评分标准71分为“中”。");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();
  await nav(page, "概览");
  await act(page, "提交审核");
  await expect(page.getByTestId("report-status")).toHaveText("已提交");

  // The supervisor returns it with a comment.
  const supervisorContext = await signedIn(browser, world.supervisor, WORLD_PASSWORD);
  const sup = supervisorContext.pages()[0] ?? (await supervisorContext.newPage());
  acceptDialogs(sup);
  await openReport(sup);
  await sup.getByRole("button", { name: "退回修改" }).click();
  await expect(sup.getByText("退回须填写意见")).toBeVisible();
  await sup.getByLabel("退回意见").fill("请补充印刷费执行率偏低的具体原因。");
  await sup.getByRole("button", { name: "退回修改" }).click();
  await expect(sup.getByTestId("report-status")).toHaveText("已退回");

  // The clerk sees that it was returned, by whom and why, on top of the overview; answers and resubmits.
  await page.reload();
  await expect(page.getByTestId("returned-banner")).toContainText("已退回：陈审核于");
  await expect(page.getByTestId("returned-banner")).toContainText("请补充印刷费执行率偏低的具体原因。");
  await expect(page.getByTestId("comment").filter({ hasText: "请补充印刷费执行率偏低的具体原因。" })).toContainText(
    "退回意见",
  );
  await nav(page, "审核");
  await page
    .getByLabel(/说明：项目“印刷费”全年预算数16.84万元/)
    .fill("部分资料改为电子版印发，印制数量由5000册减为2000册，预算执行率偏低。");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();
  await nav(page, "概览");
  await page.getByLabel("发表意见").fill("已补充说明，请审核。");
  await page.getByRole("button", { name: "发送" }).click();
  await expect(page.getByTestId("comment").filter({ hasText: "已补充说明，请审核。" })).toBeVisible();
  await act(page, "提交审核");
  await expect(page.getByTestId("report-status")).toHaveText("已提交");

  // The supervisor sees what changed since the return, in words, then approves and publishes.
  await sup.reload();
  await expect(sup.getByTestId("since-return")).toContainText("审核说明：项目预算执行率低于90% · 印刷费");
  await act(sup, "审核通过");
  await expect(sup.getByTestId("report-status")).toHaveText("已审核");
  await act(sup, "公开发布");
  await expect(sup.getByTestId("report-status")).toHaveText("已公开");
  await expect(sup.getByTestId("public-link")).toHaveAttribute("href", `/disclosures/${world.code}/2020`);

  // The public page, without login.
  const publicContext = await browser.newContext(ANONYMOUS);
  const visitor = await publicContext.newPage();
  await visitor.goto("/disclosures");
  await visitor.getByRole("link", { name: world.name }).click();
  await expect(visitor.getByRole("heading", { name: `${world.name}2020年度部门决算公开` })).toBeVisible();
  await expect(visitor.getByText(/2020年度本部门机关运行经费支出56.79万元/)).toBeVisible();
  const pdfPath = new URL(visitor.url()).pathname + "/pdf";
  const pdf = await visitor.request.get(pdfPath);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // Named by the snapshot's SHA-256: a browser or a CDN that has it is answered 304, without a body.
  const etag = pdf.headers()["etag"]!;
  expect(etag).toMatch(/^"[0-9a-f]{64}\.pdf"$/);
  expect(pdf.headers()["cache-control"]).toContain("public");
  expect((await visitor.request.get(pdfPath, { headers: { "if-none-match": etag } })).status()).toBe(304);
  // Drafts are never reachable there.
  expect((await visitor.request.get(`/disclosures/${world.code}/2017`)).status()).toBe(404);

  // The clerk starts a revision and changes one figure.
  await page.goto(reportUrl);
  await expect(page.getByTestId("report-status")).toHaveText("已公开");
  await page.getByRole("button", { name: "发起修订" }).click();
  await expect(page.getByText("第1次修订")).toBeVisible();
  await nav(page, "其他事项");
  await page.getByLabel("机关运行经费", { exact: true }).fill("568,000.00");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();
  await nav(page, "修订对比");
  const diff = page.getByTestId("diff-row");
  await expect(diff).toHaveCount(1);
  await expect(diff).toContainText("机关运行经费");
  await expect(diff).toContainText("567,900.00元");
  await expect(diff).toContainText("568,000.00元");
  await nav(page, "概览");
  await act(page, "提交审核");
  await expect(page.getByTestId("report-status")).toHaveText("已提交");

  await sup.goto("/reports");
  await sup
    .getByRole("row", { name: /第1次修订/ })
    .getByRole("link", { name: /打开/ })
    .click();
  await act(sup, "审核通过");
  await expect(sup.getByTestId("report-status")).toHaveText("已审核");
  await act(sup, "公开发布");
  await expect(sup.getByTestId("report-status")).toHaveText("已公开");

  await visitor.reload();
  await expect(visitor.getByText(/2020年度本部门机关运行经费支出56.80万元/)).toBeVisible();
  await expect(visitor.getByTestId("revision-note")).toContainText("第1次修订");
  await supervisorContext.close();
  await publicContext.close();
  await clerkContext.close();
});
