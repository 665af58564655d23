import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import * as t from "../db/schema";
import { pageAs, stateOf } from "./support/auth";
import { createPublishedReport, createWorld, e2eDb, WORLD_PASSWORD } from "./support/world";

/**
 * Issue 11 end to end: an admin imports a small 2024 catalog with a new 款 and 项 (and sees the changes
 * against the year before first); a clerk whose department published 2023 creates the 2024 report —
 * which starts from 2023 with the facts to confirm — adds a subject the catalog lacks from the grid,
 * with its 款 and 类 in one step, and the preview prints its name; the admin then confirms it.
 */
test("an admin prepares 2024 from a catalog file; a clerk starts 2024 from 2023 and adds a missing subject", async ({
  browser,
}) => {
  // ---- the admin imports the 2024 支出功能分类 (the built-in list plus 款 20139 and its 项) ----------
  const admin = await (await browser.newContext({ storageState: stateOf("admin") })).newPage();
  const rows = e2eDb()
    .select({ code: t.functionSubjects.code, name: t.functionSubjects.name })
    .from(t.functionSubjects)
    .where(eq(t.functionSubjects.year, 2020))
    .all();
  const csv = [
    "2024年政府收支分类科目（支出功能分类）,,",
    ",,",
    "科目编码,科目名称,说明",
    ...rows.filter((r) => !r.code.startsWith("20139")).map((r) => `${r.code},${r.name},`),
    "20139,社会工作事务,2024年新增",
    "2013901,行政运行,2024年新增",
    "2013999,其他社会工作事务支出,2024年新增",
  ].join("\n");
  await admin.goto("/admin/catalogs");
  const importForm = admin.getByRole("form", { name: "导入科目表文件" });
  await importForm.getByLabel("年度").fill("2024");
  await importForm.getByLabel("科目表类别").selectOption({ label: "支出功能分类" });
  await importForm
    .getByLabel(/^科目表文件/)
    .setInputFiles({ name: "2024年支出功能分类科目.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await importForm.getByRole("button", { name: "上传并预览变化" }).click();

  await expect(admin.getByRole("heading", { name: "导入2024年支出功能分类科目表：预览变化" })).toBeVisible();
  await expect(admin.getByTestId("import-summary")).toContainText(/与2020年科目表相比：新增3个，删除0个/);
  const added = admin.getByTestId("import-added");
  await expect(added.getByRole("row")).toHaveCount(3);
  await expect(added).toContainText("20139");
  await expect(added).toContainText("社会工作事务");
  await expect(added).toContainText("2013999");
  await admin.getByRole("button", { name: "确认导入2024年支出功能分类科目表" }).click();
  await expect(admin.getByText("已导入2024年支出功能分类科目表：新增3个，删除0个，改名0个。")).toBeVisible();
  await expect(admin.getByTestId("catalog-in-force")).toContainText(
    "2024年支出功能分类科目表：导入（2024年支出功能分类科目.csv）",
  );

  // ---- a clerk whose department published 2023 starts 2024 ---------------------------------------
  const world = await createWorld("新年度");
  createPublishedReport(world, 2023);
  const clerk = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await clerk.goto("/reports");
  await clerk.getByLabel("决算年度").fill("2024");
  await clerk.getByRole("button", { name: "新建年度报告" }).click();
  await expect(clerk.getByRole("heading", { name: "结转情况：2024年度取自2023年度" })).toBeVisible();
  const toConfirm = clerk.getByTestId("rollover-to-confirm");
  await expect(toConfirm.getByText("待确认")).toHaveCount(3);
  await expect(clerk.getByTestId("rollover-not-carried")).toHaveCount(0);
  await clerk.getByRole("link", { name: "返回报告概览" }).click();
  await expect(clerk.getByTestId("section-state-profile")).toHaveText("待确认");
  await expect(clerk.getByRole("heading", { name: /填报进度（1\/9）/ })).toBeVisible();
  const reportPath = new URL(clerk.url()).pathname;

  // ---- the grid's 添加科目: a code whose 类 and 款 the catalog lacks too, named in one step ----------
  const cls = `2${60 + Math.floor(Math.random() * 39)}`;
  const code = `${cls}0101`;
  await clerk.goto(`${reportPath}/function-lines`);
  await clerk.getByLabel(/^添加科目/).fill(code);
  await clerk.getByRole("button", { name: "添加科目", exact: true }).click();
  const panel = clerk.getByTestId("new-subject-panel");
  await expect(
    panel.getByRole("heading", { name: `2024年功能分类科目表中没有科目 ${code}：填写名称后添加` }),
  ).toBeVisible();
  await expect(panel.getByLabel(`项名称（${code}）`)).toBeFocused();
  await panel.getByRole("button", { name: "添加到科目表并加入本表" }).click();
  await expect(panel.getByText("请填写项名称")).toBeVisible();
  await panel.getByLabel(`项名称（${code}）`).fill("社区应急服务");
  await panel.getByLabel(`款名称（${cls}01，科目表中也没有）`).fill("社区应急事务");
  await panel.getByLabel(`类名称（${cls}，科目表中也没有）`).fill("社区应急支出");
  await panel.getByLabel(`类名称（${cls}，科目表中也没有）`).press("Enter");
  await expect(
    clerk.getByText(
      `已将 ${code} 社区应急服务（社区应急支出 / 社区应急事务）添加到2024年科目表（待管理员确认），并在表中增加了这一行。`,
    ),
  ).toBeVisible();
  const row = clerk.locator("table#fl tr", { hasText: code });
  await expect(row).toContainText("社区应急服务");
  await row.locator('td[data-c="0"]').click();
  await clerk.keyboard.type("2500");
  await clerk.keyboard.press("Tab");
  await clerk.getByRole("button", { name: /^本年支出/ }).click();
  await row.locator('td[data-c="8"]').click();
  await clerk.keyboard.type("2500");
  await clerk.keyboard.press("Enter");
  await clerk.getByRole("button", { name: "保存", exact: true }).click();
  await expect(clerk.getByTestId("save-message")).toContainText("已保存。");

  // ---- the preview prints its name; 审核 warns until an admin confirms it ---------------------------
  await clerk.goto(`${reportPath}/preview`);
  await expect(clerk.getByText("社区应急服务").first()).toBeVisible();
  await expect(clerk.getByText(/【待确认】部门概况/).first()).toBeVisible();
  await clerk.goto(`${reportPath}/checks`);
  const warning = clerk.getByText(
    `科目${code}“社区应急服务”、${cls}01“社区应急事务”、${cls}“社区应急支出”是填报时添加到2024年科目表的，尚待管理员确认。`,
    { exact: false },
  );
  await expect(warning.first()).toBeVisible();

  // The admin finds the three listed, checks the names and confirms them; the warning goes.
  await admin.goto("/admin/catalogs?kind=function&year=2024");
  for (const c of [code, `${cls}01`, cls]) {
    const listed = admin.getByTestId("unconfirmed-subject").filter({ hasText: c });
    await expect(listed.first()).toBeVisible();
    const confirm = admin.getByRole("button", { name: new RegExp(`^确认\\s*科目${c}$`) });
    await confirm.click();
    await expect(confirm).toHaveCount(0);
  }
  await clerk.reload();
  await expect(warning).toHaveCount(0);
  await admin.context().close();
  await clerk.context().close();
});
