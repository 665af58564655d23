import { expect, test } from "@playwright/test";
import { stateOf } from "./support/auth";

test.use({ storageState: stateOf("admin") });

test("the admin adds a missing subject to the catalog, and a bad code is refused next to the field", async ({
  page,
}) => {
  // A 项 code no other run has added (two random digits under 20131).
  const code = `20131${60 + Math.floor(Math.random() * 39)}`;
  await page.goto("/reports");
  await page.getByRole("link", { name: "科目表" }).click();
  await expect(page.getByRole("heading", { name: "科目表", exact: true })).toBeVisible();
  await page.getByLabel("科目编码").fill("20131x");
  await page.getByLabel("科目名称").fill("机构编制信息化");
  await page.getByRole("button", { name: "添加科目" }).click();
  await expect(page.getByText("科目编码应为3位（类）、5位（款）或7位（项）数字")).toBeVisible();
  await page.getByLabel("科目编码").fill(code);
  await page.getByRole("button", { name: "添加科目" }).click();
  await expect(page.getByText(`已添加科目 ${code} 机构编制信息化。`)).toBeVisible();
  await page.getByLabel("搜索科目").fill(code);
  await page.getByLabel("搜索科目").press("Enter");
  await expect(page.getByRole("cell", { name: "机构编制信息化" })).toBeVisible();
});
