import { describe, expect, it } from "vitest";
import { csvRows, levelOfCode, parentOfCode, readCatalogRows, type SheetRow } from "./catalog-rows";

const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));
const HEADER = ["科目编码", "科目名称"];

describe("reading a catalog sheet", () => {
  it("reads codes and names, the level from the code's length, the parent one level up", () => {
    const read = readCatalogRows(
      "function",
      sheet(HEADER, ["201", "一般公共服务支出"], ["20139", "社会工作事务"], ["2013901", "行政运行"]),
    );
    expect(read).toEqual({
      ok: true,
      entries: [
        { code: "201", name: "一般公共服务支出", level: "class", parentCode: null },
        { code: "20139", name: "社会工作事务", level: "section", parentCode: "201" },
        { code: "2013901", name: "行政运行", level: "item", parentCode: "20139" },
      ],
    });
  });

  it("finds the header below merged title rows, skips blank lines and ignores other columns", () => {
    const read = readCatalogRows(
      "function",
      sheet(
        ["2024年政府收支分类科目", "2024年政府收支分类科目", "2024年政府收支分类科目"],
        ["支出功能分类科目", "", ""],
        [],
        ["序号", "科目编码", "科目名称", "说明"],
        ["1", "201", "一般公共服务支出", "类"],
        ["", "", "", ""],
        ["2", " 20101 ", "人大事务 ", "说明文字"],
        ["", "", "", "（本页完）"],
        ["3", "2010101", "行政运行", ""],
      ),
    );
    expect(read.ok && read.entries.map((e) => [e.code, e.name, e.level])).toEqual([
      ["201", "一般公共服务支出", "class"],
      ["20101", "人大事务", "section"],
      ["2010101", "行政运行", "item"],
    ]);
  });

  it("accepts a code with spaces between its digits and numbers as Excel writes them", () => {
    const read = readCatalogRows("function", sheet(HEADER, ["201", "一般公共服务支出"], ["201 01", "人大事务"]));
    expect(read.ok && read.entries.map((e) => e.code)).toEqual(["201", "20101"]);
  });

  it("names the row of a duplicate code, and the row it repeats", () => {
    const read = readCatalogRows("function", sheet(HEADER, ["201", "一般公共服务支出"], ["201", "一般公共服务"]));
    expect(read).toEqual({ ok: false, errors: ["第3行：科目编码201与第2行重复。"] });
  });

  it("refuses a non-numeric code and a code of the wrong length, naming the row", () => {
    const read = readCatalogRows(
      "function",
      sheet(["标题"], HEADER, ["201", "一般公共服务支出"], ["20101a", "人大事务"], ["2010", "四位"]),
    );
    expect(read).toEqual({
      ok: false,
      errors: ["第4行：科目编码“20101a”不是数字。", "第5行：科目编码2010是4位，应为3、5、7位数字。"],
    });
  });

  it("refuses a 项 whose 款 is missing, and a 款 whose 类 is missing", () => {
    const read = readCatalogRows(
      "function",
      sheet(HEADER, ["201", "一般公共服务支出"], ["2013901", "行政运行"], ["20240", "无类的款"]),
    );
    expect(read).toEqual({
      ok: false,
      errors: ["第3行：项2013901“行政运行”的款20139不在文件中。", "第4行：款20240“无类的款”的类202不在文件中。"],
    });
  });

  it("refuses a code without a name and a name without a code", () => {
    const read = readCatalogRows("function", sheet(HEADER, ["201", ""], ["", "人大事务"]));
    expect(read).toEqual({
      ok: false,
      errors: ["第2行：科目编码201没有科目名称。", "第3行：有科目名称“人大事务”但没有科目编码。"],
    });
  });

  it("the 经济分类 has 类 and 款 only", () => {
    expect(readCatalogRows("economic", sheet(HEADER, ["301", "工资福利支出"], ["30101", "基本工资"])).ok).toBe(true);
    expect(readCatalogRows("economic", sheet(HEADER, ["301", "工资福利支出"], ["3010101", "x"]))).toEqual({
      ok: false,
      errors: ["第3行：科目编码3010101是7位，应为3、5位数字。"],
    });
  });

  it("says what is missing when there is no header, or nothing under it", () => {
    expect(readCatalogRows("function", sheet(["编号", "名字"], ["201", "一般公共服务支出"]))).toEqual({
      ok: false,
      errors: ["没有找到表头：文件中应有“科目编码”和“科目名称”两列（标题行、空行可以保留）。"],
    });
    expect(readCatalogRows("function", sheet(HEADER, []))).toEqual({ ok: false, errors: ["表头下没有任何科目。"] });
  });

  it("lists twenty problems and counts the rest", () => {
    const rows = sheet(HEADER, ...Array.from({ length: 25 }, (_, i) => [`x${i}`, "名称"]));
    const read = readCatalogRows("function", rows);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toHaveLength(21);
    expect(read.errors[0]).toBe("第2行：科目编码“x0”不是数字。");
    expect(read.errors[20]).toBe("另有5处问题未列出。");
  });
});

describe("codes", () => {
  it("levels and parents by length", () => {
    expect(levelOfCode("function", "2013901")).toBe("item");
    expect(levelOfCode("economic", "2013901")).toBeNull();
    expect(levelOfCode("function", "2013")).toBeNull();
    expect(parentOfCode("2013901")).toBe("20139");
    expect(parentOfCode("20139")).toBe("201");
    expect(parentOfCode("201")).toBeNull();
  });
});

describe("CSV", () => {
  it("splits lines and fields, with quotes holding commas, quotes and line breaks, numbering lines", () => {
    expect(
      csvRows('\uFEFF科目编码,科目名称\r\n201,"一般公共服务支出,含""说明"""\n\n"20101","人大\n事务"\n2010101,行政运行'),
    ).toEqual([
      { row: 1, cells: ["科目编码", "科目名称"] },
      { row: 2, cells: ["201", '一般公共服务支出,含"说明"'] },
      { row: 3, cells: [""] },
      { row: 4, cells: ["20101", "人大\n事务"] },
      { row: 6, cells: ["2010101", "行政运行"] },
    ]);
  });
});
