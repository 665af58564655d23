import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { pageAs } from "./support/auth";
import { cell, FL } from "./support/grid";
import { createReport, createWorld, WORLD_PASSWORD } from "./support/world";

/**
 * Issue 14 end to end: a clerk downloads the 功能分类 import template, fills it (here with exceljs, as
 * Excel would save it), uploads it, sees the preview with every added row, applies it, and the grid
 * shows the figures; a second upload with one bad cell shows the problem with its sheet, row and
 * column, cannot be applied, and cancelling changes nothing.
 */

/** The template's column (1-based) of a 功能分类 amount: 科目编码, 科目名称, then the grid's columns. */
const column = (index: number) => 3 + index;

async function downloadTemplate(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载导入模板" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/导入模板\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return workbook;
}

async function upload(page: Page, reportId: number, workbook: ExcelJS.Workbook) {
  await page.goto(`/reports/${reportId}/function-lines`);
  await page.getByRole("link", { name: "导入Excel" }).click();
  await expect(page.getByLabel("导入的部分")).toHaveValue("functionLines");
  await page.getByLabel(/^Excel 文件/).setInputFiles({
    name: "功能分类.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole("button", { name: "上传并预览" }).click();
  await expect(page.getByRole("heading", { name: "导入Excel：预览" })).toBeVisible();
}

test("a clerk imports the 功能分类 template filled in Excel; a bad cell is shown and changes nothing", async ({
  browser,
}) => {
  const world = await createWorld("导入");
  const reportId = createReport(world, 2019, "empty");
  const page = await pageAs(browser, world.clerk, WORLD_PASSWORD);
  await page.goto(`/reports/${reportId}/function-lines`);

  // ---- download, fill as Excel would, upload ---------------------------------------------------------
  const workbook = await downloadTemplate(page);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["功能分类", "说明", "参考-科目表"]);
  const sheet = workbook.getWorksheet("功能分类")!;
  expect(sheet.getCell(4, column(FL.basicGeneralBudget)).value).toBe("基本支出");
  sheet.getRow(5).values = ["2013101", "行政运行"];
  sheet.getCell(5, column(FL.basicGeneralBudget)).value = 1234.56;
  sheet.getCell(5, column(FL.projectGeneralBudget)).value = "300";
  sheet.getRow(6).values = [2050803, "培训支出"];
  sheet.getCell(6, column(FL.basicGeneralBudget)).value = 2000;
  sheet.getRow(7).values = ["合计", ""];
  sheet.getCell(7, column(FL.basicGeneralBudget)).value = { formula: "SUM(A5:A6)", result: 3234.56 };
  await upload(page, reportId, workbook);

  await expect(page.getByTestId("import-section-0-summary")).toHaveText("新增2行，修改0行，删除0行，不变0行。");
  const changes = page.getByTestId("import-section-0-changes");
  await expect(changes).toContainText("2013101 行政运行");
  await expect(changes).toContainText("1,234.56");
  await expect(changes).toContainText("2050803 培训支出");
  await expect(page.getByTestId("import-problems")).toHaveCount(0);
  await page.getByRole("button", { name: "确认导入" }).click();

  await expect(page).toHaveURL(new RegExp(`/reports/${reportId}/function-lines\\?imported=`));
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("1,234.56");
  await expect(cell(page, "fl", 0, FL.projectGeneralBudget)).toHaveText("300.00");
  await expect(cell(page, "fl", 1, FL.basicGeneralBudget)).toHaveText("2,000.00");

  // ---- a second upload with one bad cell ----------------------------------------------------------------
  const again = await downloadTemplate(page);
  const filled = again.getWorksheet("功能分类")!;
  expect(filled.getCell(5, 1).value).toBe("2013101");
  filled.getCell(5, column(FL.basicGeneralBudget)).value = 9999;
  filled.getCell(6, column(FL.basicGeneralBudget)).value = "两千";
  await upload(page, reportId, again);
  const letter = filled.getColumn(column(FL.basicGeneralBudget)).letter;
  await expect(page.getByTestId("import-problems")).toContainText(
    `工作表“功能分类”第6行${letter}列：“基本支出”的“两千”不是有效金额：请填写数字金额。`,
  );
  await expect(page.getByRole("button", { name: "确认导入" })).toBeDisabled();
  await page.getByRole("button", { name: "取消，不作任何改变" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reportId}/function-lines$`));
  await expect(cell(page, "fl", 0, FL.basicGeneralBudget)).toHaveText("1,234.56");
  await expect(cell(page, "fl", 1, FL.basicGeneralBudget)).toHaveText("2,000.00");
});
