import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import {
  addSubject,
  catalogFor,
  catalogYear,
  listCatalogPage,
  listCatalogYears,
  listFunctionItems,
  unknownFunctionItems,
} from "../../lib/catalog";
import { ZAddSubject } from "../../lib/catalog.schema";
import { catalogWorkbook } from "../../lib/catalogs/export-catalog";
import { applyCatalogImport, getCatalogImport, previewCatalogImport } from "../../lib/catalogs/import-catalog";
import { readCatalogFile } from "../../lib/catalogs/read-file";
import { AccessDeniedError, ValidationError } from "../../lib/errors";
import { useTempDatabase } from "../support/temp-db";

let db: Db;
const user = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const preview = (kind: "function" | "economic", year: number, name: string, text: string | Uint8Array) =>
  previewCatalogImport(user("admin"), {
    kind,
    year,
    fileName: name,
    bytes: typeof text === "string" ? utf8(text) : text,
  });

/** The 2020 function catalog as CSV lines (科目编码,科目名称), minus some codes, plus some lines. */
function catalog2020Csv(options: { drop?: string[]; rename?: Record<string, string>; add?: string[] } = {}): string {
  const rows = catalogFor("function", 2020)
    .filter((s) => !(options.drop ?? []).includes(s.code))
    .map((s) => `${s.code},${options.rename?.[s.code] ?? s.name}`);
  return ["科目编码,科目名称", ...rows, ...(options.add ?? [])].join("\n");
}

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("a catalog per year", () => {
  it("the built-in 2020 catalogs are loaded from the project's CSV files, and every year before an import uses them", () => {
    expect(catalogYear("function", 2020)).toBe(2020);
    expect(catalogYear("function", 2023)).toBe(2020);
    expect(catalogYear("function", 2015)).toBe(2020);
    const fn = catalogFor("function", 2024);
    expect(fn.find((s) => s.code === "2013101")).toMatchObject({ name: "行政运行", level: "item", source: "catalog" });
    expect(catalogFor("economic", 2021).find((s) => s.code === "30216")?.name).toBe("培训费");
    expect(listCatalogYears(user("admin")).map((y) => [y.kind, y.year, y.source])).toEqual([
      ["economic", 2020, "builtin"],
      ["function", 2020, "builtin"],
    ]);
  });

  it("the admin's list is paged and searched in SQL", () => {
    const first = listCatalogPage(user("admin"), { kind: "function", year: 2020 });
    expect(first.total).toBe(catalogFor("function", 2020).length);
    expect(first.rows).toHaveLength(100);
    expect(first.rows[0]!.code).toBe("201");
    const last = listCatalogPage(user("admin"), { kind: "function", year: 2020, page: 99 });
    expect(last.page).toBe(Math.ceil(first.total / 100));
    const found = listCatalogPage(user("admin"), { kind: "function", year: 2020, search: "20131" });
    expect(found.rows.every((r) => r.code.startsWith("20131"))).toBe(true);
    expect(
      listCatalogPage(user("admin"), { kind: "function", year: 2020, search: "行政运行" }).rows.length,
    ).toBeGreaterThan(0);
    expect(listCatalogPage(user("admin"), { kind: "function", year: 2020, search: "%" }).total).toBe(0);
  });

  it("an admin adds a missing 项 with its missing 款 in one step, into that year's own catalog", () => {
    expect(unknownFunctionItems(["2019801"], 2021)).toEqual(["2019801"]);
    expect(() =>
      addSubject(user("admin"), ZAddSubject.parse({ kind: "function", year: 2021, code: "2019801", name: "行政运行" })),
    ).toThrow(new ValidationError("科目表中没有款20198，请填写它的名称", "sectionName"));
    const added = addSubject(
      user("admin"),
      ZAddSubject.parse({ kind: "function", year: 2021, code: "2019801", name: "行政运行", sectionName: "测试事务" }),
    );
    expect(added).toEqual(["20198", "2019801"]);
    expect(unknownFunctionItems(["2019801"], 2021)).toEqual([]);
    expect(unknownFunctionItems(["2019801"], 2022)).toEqual([]); // 2022 uses 2021's
    expect(unknownFunctionItems(["2019801"], 2020)).toEqual(["2019801"]); // 2020's is untouched
    expect(catalogYear("function", 2021)).toBe(2021);
    expect(listCatalogYears(user("admin")).find((y) => y.kind === "function" && y.year === 2021)).toMatchObject({
      source: "derived",
      basedOnYear: 2020,
      subjects: catalogFor("function", 2020).length + 2,
    });
    const audit = db.select().from(t.auditLog).where(eq(t.auditLog.action, "catalog.add")).all();
    expect(audit.map((a) => [a.field, a.newValue])).toEqual([
      ["function_subjects@2021[20198]", "测试事务"],
      ["function_subjects@2021[2019801]", "行政运行"],
    ]);
  });

  it("refuses duplicates, bad codes and non-admins", () => {
    const admin = user("admin");
    expect(() => addSubject(admin, { kind: "function", year: 2020, code: "2013101", name: "x" })).toThrow(
      new ValidationError("科目编码2013101已在2020年科目表中（行政运行）", "code"),
    );
    expect(
      ZAddSubject.safeParse({ kind: "economic", year: 2020, code: "3020101", name: "x" }).error?.issues[0]?.message,
    ).toBe("经济分类科目只有类（3位）和款（5位）");
    expect(
      ZAddSubject.safeParse({ kind: "function", year: 2020, code: "20131a", name: "x" }).error?.issues[0]?.message,
    ).toBe("科目编码应为3位（类）、5位（款）或7位（项）数字");
    expect(() => addSubject(user("clerk"), { kind: "function", year: 2020, code: "2013170", name: "x" })).toThrow(
      AccessDeniedError,
    );
  });
});

describe("importing a year's catalog file", () => {
  it("a good file: the preview lists what is added, removed and renamed against the year before, each with its code", async () => {
    const csv = catalog2020Csv({
      drop: ["2013850"],
      rename: { "2013899": "其他市场监督管理事务支出" },
      add: ["20139,社会工作事务", "2013901,行政运行", "2013950,事业运行", "2013999,其他社会工作事务支出"],
    });
    const result = await preview("function", 2024, "2024年支出功能分类科目.csv", csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = getCatalogImport(user("admin"), result.id);
    expect(p.comparedWith).toBe(2021);
    expect(p.changes.added.map((e) => `${e.code} ${e.name}`)).toEqual([
      "20139 社会工作事务",
      "2013901 行政运行",
      "2013950 事业运行",
      "2013999 其他社会工作事务支出",
    ]);
    // 2021 has the admin's 20198/2019801, which the file does not: removed against the year before.
    expect(p.changes.removed.map((e) => e.code)).toEqual(["2013850", "20198", "2019801"]);
    expect(p.changes.renamed).toEqual([
      { code: "2013899", level: "item", before: "其他市场监督管理事务", after: "其他市场监督管理事务支出" },
    ]);
    expect(p.replaces).toBeNull();
    // 2013950 事业运行 is under another 款 than the removed 2013850 事业运行: not suggested.
    expect(p.suggestions.map((s) => [s.fromCode, s.toCode, s.reason])).toEqual([["2013899", "2013899", "renamed"]]);
    // Nothing changed yet.
    expect(catalogYear("function", 2024)).toBe(2021);
  });

  it("applying it replaces the year's catalog in one transaction, audited; the year before is untouched", async () => {
    const csv = catalog2020Csv({ drop: ["2013850"], add: ["20139,社会工作事务", "2013901,行政运行"] });
    const result = await preview("function", 2024, "2024.csv", csv);
    if (!result.ok) throw new Error(result.errors.join());
    const applied = applyCatalogImport(user("admin"), result.id);
    expect(applied.changes.added.map((e) => e.code)).toEqual(["20139", "2013901"]);
    expect(catalogYear("function", 2024)).toBe(2024);
    expect(catalogYear("function", 2026)).toBe(2024);
    expect(unknownFunctionItems(["2013901", "2013850"], 2024)).toEqual(["2013850"]);
    expect(unknownFunctionItems(["2013850"], 2023)).toEqual([]);
    expect(listFunctionItems(2024).find((i) => i.code === "2013901")).toEqual({
      code: "2013901",
      name: "行政运行",
      path: "一般公共服务支出 / 社会工作事务",
    });
    const audit = db.select().from(t.auditLog).all();
    expect(audit.find((a) => a.action === "catalog.import")?.newValue).toBe(
      `2024年支出功能分类科目表（2024.csv）：${catalogFor("function", 2024).length}个科目；与2021年相比新增2、删除3、改名0`,
    );
    expect(audit.filter((a) => a.action === "catalog.import.add").map((a) => a.field)).toEqual([
      "function_subjects@2024[20139]",
      "function_subjects@2024[2013901]",
    ]);
    expect(() => applyCatalogImport(user("admin"), result.id)).toThrow("这个文件已经导入过了。");
  });

  it("a file with merged title rows and blank lines (as the official .xlsx files are)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["2025年政府收支分类科目"]);
    sheet.mergeCells("A1:C1");
    sheet.addRow(["单位：个"]);
    sheet.addRow([]);
    sheet.addRow(["科目编码", "科目名称", "备注"]);
    for (const s of catalogFor("economic", 2020)) {
      sheet.addRow([Number(s.code), s.name, ""]);
      if (s.level === "class") sheet.addRow([]);
    }
    sheet.addRow([30298, "新增的款", "2025年新增"]);
    const result = await preview(
      "economic",
      2025,
      "2025经济分类.xlsx",
      new Uint8Array(await workbook.xlsx.writeBuffer()),
    );
    if (!result.ok) throw new Error(result.errors.join());
    const p = getCatalogImport(user("admin"), result.id);
    expect(p.comparedWith).toBe(2020);
    expect(p.changes.added.map((e) => e.code)).toEqual(["30298"]);
    expect(p.changes.removed).toEqual([]);
    expect(p.subjects).toBe(catalogFor("economic", 2020).length + 1);
  });

  it("a duplicate code, a non-numeric code, a 项 whose 款 is missing: refused, naming the rows; nothing stored", async () => {
    const before = db.select().from(t.catalogImports).all().length;
    expect(await preview("function", 2026, "dup.csv", "科目编码,科目名称\n201,一般公共服务支出\n201,重复\n")).toEqual({
      ok: false,
      errors: ["第3行：科目编码201与第2行重复。"],
    });
    expect(
      await preview("function", 2026, "abc.csv", "标题\n\n科目编码,科目名称\n201,一般公共服务支出\n2O101,人大事务\n"),
    ).toEqual({
      ok: false,
      errors: ["第5行：科目编码“2O101”不是数字。"],
    });
    expect(
      await preview("function", 2026, "orphan.csv", "科目编码,科目名称\n201,一般公共服务支出\n2013901,行政运行\n"),
    ).toEqual({ ok: false, errors: ["第3行：项2013901“行政运行”的款20139不在文件中。"] });
    expect(await preview("function", 2026, "photo.xlsx", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({
      ok: false,
      errors: ["文件不是 Excel（.xlsx）或 CSV 表格，无法读取。"],
    });
    expect(db.select().from(t.catalogImports).all()).toHaveLength(before);
    expect(catalogYear("function", 2026)).toBe(2024);
  });

  it("a clerk's local additions the file lacks are kept (still awaiting confirmation); ones the file has become official", async () => {
    const now = new Date();
    db.insert(t.functionSubjects)
      .values([
        {
          year: 2024,
          code: "2013902",
          name: "本地添加甲",
          level: "item",
          parentCode: "20139",
          source: "clerk",
          addedAt: now,
        },
        {
          year: 2024,
          code: "2013903",
          name: "本地添加乙",
          level: "item",
          parentCode: "20139",
          source: "clerk",
          addedAt: now,
        },
      ])
      .run();
    const csv = catalog2020Csv({
      drop: ["2013850"],
      add: ["20139,社会工作事务", "2013901,行政运行", "2013903,一般行政管理事务"],
    });
    const result = await preview("function", 2024, "2024-v2.csv", csv);
    if (!result.ok) throw new Error(result.errors.join());
    const p = getCatalogImport(user("admin"), result.id);
    expect(p.replaces).toMatchObject({ source: "import" });
    expect(p.keptLocal.map((e) => e.code)).toEqual(["2013902"]);
    applyCatalogImport(user("admin"), result.id);
    const inForce = new Map(catalogFor("function", 2024).map((s) => [s.code, s]));
    expect(inForce.get("2013902")).toMatchObject({ source: "clerk", unconfirmed: true, name: "本地添加甲" });
    expect(inForce.get("2013903")).toMatchObject({ source: "catalog", unconfirmed: false, name: "一般行政管理事务" });
  });

  it("refuses to apply when the year before changed after the preview", async () => {
    const result = await preview("function", 2024, "late.csv", catalog2020Csv({ add: ["20139,社会工作事务"] }));
    if (!result.ok) throw new Error(result.errors.join());
    addSubject(user("admin"), { kind: "function", year: 2021, code: "2019802", name: "预览后添加" });
    expect(() => applyCatalogImport(user("admin"), result.id)).toThrow(
      "预览之后，上一年度的科目表有了变化：请重新上传文件，核对新的变化后再导入。",
    );
  });

  it("only admins import", async () => {
    await expect(
      previewCatalogImport(user("clerk"), {
        kind: "function",
        year: 2024,
        fileName: "a.csv",
        bytes: utf8("科目编码,科目名称\n201,x"),
      }),
    ).rejects.toThrow(AccessDeniedError);
    const result = await preview("function", 2027, "ok.csv", catalog2020Csv());
    if (!result.ok) throw new Error(result.errors.join());
    expect(() => getCatalogImport(user("supervisor"), result.id)).toThrow(AccessDeniedError);
    expect(() => applyCatalogImport(user("clerk"), result.id)).toThrow(AccessDeniedError);
  });
});

describe("exporting a year's catalog", () => {
  it("writes an .xlsx that the import reads back as the same catalog", async () => {
    const file = await catalogWorkbook(user("admin"), "function", 2024);
    expect(file.name).toBe("2024年支出功能分类科目表.xlsx");
    const read = await readCatalogFile("function", file.name, new Uint8Array(file.bytes));
    expect(read.ok && read.entries.map((e) => [e.code, e.name])).toEqual(
      catalogFor("function", 2024).map((s) => [s.code, s.name]),
    );
    await expect(catalogWorkbook(user("clerk"), "function", 2024)).rejects.toThrow(AccessDeniedError);
  });
});
