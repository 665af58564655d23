import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pageAs, stateOf } from "./support/auth";
import { createWorld, WORLD_PASSWORD } from "./support/world";

/**
 * A new year without a developer: the admin derives a 2025 template from shanghai-2024, changes one
 * section title and one sentence, and saves it. A department of that region starts its 2025 report,
 * which takes the new template: the preview and the PDF show both changes.
 */
test("the admin derives a 2025 template, and a 2025 report of its region is printed with it", async ({ browser }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const region = `测试市${suffix}`;
  const admin = await browser.newContext({ storageState: stateOf("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/templates");
  await page.getByLabel("基础模板").selectOption("shanghai-2024");
  await page.getByLabel("新模板编号").fill(`e2e-${suffix}`);
  await page.getByLabel("模板名称").fill(`2025年度部门决算公开（${region}）`);
  await page.getByLabel("适用地区").fill(region);
  await page.getByLabel("适用年度").fill("2025");
  await page.getByRole("button", { name: "派生并编辑" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/templates/e2e-${suffix}$`));
  await expect(page.getByTestId("template-validity")).toHaveText("模板有效");

  await page.getByText("1. 收入支出决算总体情况说明").click();
  await page.getByLabel("第3部分第1节的标题（不含编号）").fill("收入支出决算总体情况（2025年版）");
  const sentence = page.getByLabel("第3部分第1节第1段的句式");
  // A placeholder the section does not offer is refused next to the field, and nothing can be saved.
  await sentence.fill("{department}收入支出总计{grandTotl}。");
  await expect(
    page.getByText("第3部分 · 第1节“收入支出决算总体情况（2025年版）” · 第1段：没有占位符{grandTotl}").first(),
  ).toBeVisible();
  await expect(sentence).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "保存为第2版" })).toBeDisabled();
  await sentence.fill("{department}{year}年度收入支出总计{grandTotal}，按2025年新句式说明。");
  await expect(page.getByTestId("template-validity")).toHaveText("模板有效");
  await expect(page.getByTestId("template-preview")).toContainText("收入支出决算总体情况（2025年版）");
  await page.getByRole("button", { name: "保存为第2版" }).click();
  await expect(page.getByText("已保存为第2版。")).toBeVisible();
  await admin.close();

  // A clerk of that region starts the 2025 report: it takes the new template.
  const world = await createWorld("模板", { region });
  const clerk = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await clerk.goto("/reports");
  await clerk.getByLabel("决算年度").fill("2025");
  await clerk.getByRole("button", { name: "新建年度报告" }).click();
  await expect(clerk.getByRole("heading", { name: /2025年度部门决算/ })).toBeVisible();
  await expect(clerk.getByTestId("report-template")).toContainText(`2025年度部门决算公开（${region}）`);
  const reportPath = new URL(clerk.url()).pathname;

  await clerk.goto(`${reportPath}/preview`);
  await expect(clerk.getByText("一、收入支出决算总体情况（2025年版）").first()).toBeVisible();
  await expect(clerk.getByText(`${world.name}2025年度收入支出总计0.00万元，按2025年新句式说明。`)).toBeVisible();

  const pdf = await clerk.request.get(`${reportPath}/export/pdf`);
  expect(pdf.status()).toBe(200);
  const file = path.join(os.tmpdir(), `template-${suffix}.pdf`);
  fs.writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  fs.rmSync(file, { force: true });
  expect(text).toContain("一、收入支出决算总体情况（2025年版）");
  expect(text).toContain("按2025年新句式说明");
  await clerk.context().close();
});
