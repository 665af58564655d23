import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCatalogFile } from "./read-file";

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("2024年支出功能分类"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading an uploaded catalog file", () => {
  it("an .xlsx with a merged title, blank rows, extra columns, numeric codes and a formula", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(["2024年政府收支分类科目（支出功能分类）"]);
      sheet.mergeCells("A1:D1");
      sheet.addRow([]);
      sheet.addRow(["科目编码", "科目名称", "备注", "类/款/项"]);
      sheet.addRow([201, "一般公共服务支出", "", "类"]);
      sheet.addRow([]);
      sheet.addRow([20139, { richText: [{ text: "社会工作" }, { text: "事务" }] }, "新增", "款"]);
      sheet.addRow([{ formula: "20139*100+1", result: 2013901 }, "行政运行", "", "项"]);
    });
    const read = await readCatalogFile("function", "2024.xlsx", bytes);
    expect(read).toEqual({
      ok: true,
      entries: [
        { code: "201", name: "一般公共服务支出", level: "class", parentCode: null },
        { code: "20139", name: "社会工作事务", level: "section", parentCode: "201" },
        { code: "2013901", name: "行政运行", level: "item", parentCode: "20139" },
      ],
    });
  });

  it("never evaluates a formula: one without a saved value counts as an empty cell", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(["科目编码", "科目名称"]);
      sheet.addRow([201, "一般公共服务支出"]);
      sheet.addRow([{ formula: "201*100+1" }, "人大事务"]);
    });
    expect(await readCatalogFile("function", "a.xlsx", bytes)).toEqual({
      ok: false,
      errors: ["第3行：有科目名称“人大事务”但没有科目编码。"],
    });
  });

  it("a UTF-8 CSV and a GBK CSV (as Excel saves it on a Chinese Windows)", async () => {
    const csv = "科目编码,科目名称\n201,一般公共服务支出\n20101,人大事务\n";
    const fromUtf8 = await readCatalogFile("function", "a.csv", utf8(`\uFEFF${csv}`));
    expect(fromUtf8.ok && fromUtf8.entries.map((x) => x.name)).toEqual(["一般公共服务支出", "人大事务"]);
    // “科目编码,科目名称\n201,人大\n” in GBK, written byte by byte.
    const gbk = new Uint8Array([
      0xbf, 0xc6, 0xc4, 0xbf, 0xb1, 0xe0, 0xc2, 0xeb, 0x2c, 0xbf, 0xc6, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0x32,
      0x30, 0x31, 0x2c, 0xc8, 0xcb, 0xb4, 0xf3, 0x0a,
    ]);
    expect(await readCatalogFile("function", "gbk.csv", gbk)).toEqual({
      ok: true,
      entries: [{ code: "201", name: "人大", level: "class", parentCode: null }],
    });
  });

  it("refuses what is not a spreadsheet, an old .xls, a broken .xlsx, an empty and an oversized file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await readCatalogFile("function", "logo.png", png)).toEqual({
      ok: false,
      errors: ["文件不是 Excel（.xlsx）或 CSV 表格，无法读取。"],
    });
    expect(await readCatalogFile("function", "a.xlsx", utf8("科目编码,科目名称\n201,x\n"))).toEqual({
      ok: false,
      errors: ["文件不是 Excel（.xlsx）或 CSV 表格，无法读取。"],
    });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await readCatalogFile("function", "a.xls", xls)).ok).toBe(false);
    expect(await readCatalogFile("function", "a.xls", xls)).toMatchObject({
      errors: [expect.stringContaining(".xls")],
    });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await readCatalogFile("function", "a.xlsx", broken)).toEqual({
      ok: false,
      errors: ["文件无法作为 Excel（.xlsx）读取，可能已损坏。"],
    });
    expect(await readCatalogFile("function", "a.csv", new Uint8Array())).toEqual({
      ok: false,
      errors: ["文件是空的。"],
    });
    expect(await readCatalogFile("function", "a.csv", new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      errors: ["文件超过5 MB。"],
    });
  });

  it("a workbook whose first sheet is a cover page: the sheet with the header is read", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("说明").addRow(["本表为2024年科目"]);
    const data = workbook.addWorksheet("科目");
    data.addRow(["科目编码", "科目名称"]);
    data.addRow(["301", "工资福利支出"]);
    const read = await readCatalogFile("economic", "b.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.ok && read.entries).toEqual([{ code: "301", name: "工资福利支出", level: "class", parentCode: null }]);
  });
});
