import { expect, test } from "@playwright/test";
import * as t from "../db/schema";
import { signedIn } from "./support/auth";
import { createReport, createWorld, e2eDb, WORLD_PASSWORD, type World } from "./support/world";

/**
 * 审核 catches what a checker would: an empty report is not submittable, and a reason saved for a change
 * that no longer shows is neither printed nor forgotten — the 说明 page offers to clear it.
 */
let world: World;
test.beforeAll(async () => {
  world = await createWorld("审核");
});

test("an empty report does not pass 审核 and cannot be submitted", async ({ browser }) => {
  const reportId = createReport(world, 2019, "empty");
  const context = await signedIn(browser, world.clerk, WORLD_PASSWORD);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("dialog", (d) => void d.accept());

  await page.goto(`/reports/${reportId}/checks`);
  await expect(page.getByTestId("finding-R-NO-LINES").first()).toContainText("尚未填列任何功能分类科目");
  await expect(page.getByTestId("finding-R-PROFILE").first()).toContainText("部门概况尚未填写部门职责");

  await page.goto(`/reports/${reportId}`);
  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  await expect(page.getByText(/不能提交：有\d+项审核错误，须改正后才能提交。/)).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("草稿");
  await context.close();
});

test("a reason for a change that no longer shows is not printed, is shown as 已不需要, and can be cleared", async ({
  browser,
}) => {
  const reportId = createReport(world, 2018, "demo");
  // 会议费 is 0.00 this year and last: 持平. A reason saved while it had changed stays behind.
  e2eDb().insert(t.explanations).values({ reportId, slot: "meetingCost.yoy", text: "会议次数减少" }).run();
  const context = await signedIn(browser, world.clerk, WORLD_PASSWORD);
  const page = context.pages()[0] ?? (await context.newPage());

  await page.goto(`/reports/${reportId}/preview`);
  await expect(page.getByText("本年度会议费支出0.00万元，与上年持平。").first()).toBeVisible();
  await expect(page.getByText(/会议次数减少/)).toHaveCount(0);

  await page.goto(`/reports/${reportId}/checks`);
  await expect(page.getByTestId("finding-R-REASON-STALE").first()).toContainText("“会议次数减少”已不需要");

  await page.goto(`/reports/${reportId}/explanations`);
  const stale = page.getByLabel(/会议费.*已不需要/);
  await expect(stale).toHaveValue("会议次数减少");
  await page.getByRole("button", { name: "清除这段原因" }).click();
  await expect(stale).toHaveValue("");
  await page.getByRole("button", { name: "保存" }).first().click();
  await expect(page.getByText("已保存。")).toBeVisible();

  await page.goto(`/reports/${reportId}/checks`);
  await expect(page.getByTestId("finding-R-REASON-STALE")).toHaveCount(0);
  await context.close();
});
