import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook, type ReadSheet } from "../spreadsheets/read-workbook";
import { readImport, type ImportContext } from "./read-import";
import { describeProblem } from "./read-tables";

const CTX: ImportContext = {
  year: 2024,
  functionItems: new Set(["2010101", "2010102", "2013101", "2080501"]),
  economicSections: new Set(["30101", "30102", "30201"]),
};

/** A sheet from rows of values as a spreadsheet would give them (numbers as numbers). */
function sheet(name: string, rows: (string | number | null)[][]): ReadSheet {
  return {
    name,
    rows: rows.map((cells, i) => ({
      row: i + 1,
      cells: cells.map((v) => ({
        text: v === null ? "" : String(v),
        numeric: typeof v === "number",
        formula: null,
        merged: false,
      })),
    })),
  };
}

const messages = (r: { problems: Parameters<typeof describeProblem>[0][] }) => r.problems.map(describeProblem);

async function workbookSheets(build: (wb: ExcelJS.Workbook) => void): Promise<ReadSheet[]> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const read = await readWorkbook("t.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()), {
    maxBytes: 5 * 1024 * 1024,
    maxRowsPerSheet: 5000,
    maxRowsTotal: 50_000,
    tooManyRows: () => "too many",
    allowCsv: false,
  });
  if (!read.ok) throw new Error(read.error);
  return read.sheets;
}

describe("功能分类: a good template", () => {
  it("reads codes as numbers or text, amounts in 元 to 分, only the columns present; 类/款/合计 rows are checked", () => {
    const read = readImport(
      [
        sheet("功能分类", [
          ["2024年收入支出决算（功能分类）导入模板"],
          ["单位：元"],
          ["科目编码", "科目名称", "上缴上级支出", "经营支出", "备注"],
          ["合计", "", "1,500.50", 20, ""],
          [201, "一般公共服务支出", 1500.5, 20, ""],
          [20101, "人大事务", 1500.5, 20, ""],
          [2010101, "行政运行", 1000, "", "随便写"],
          ["2010102", "一般行政管理事务", "500.50", 20, ""],
        ]),
      ],
      CTX,
      "functionLines",
    );
    expect(messages(read)).toEqual([]);
    expect(read.functionLines).toEqual({
      sheet: "功能分类",
      columns: ["remitToSuperior", "operatingExpense"],
      lines: [
        { row: 7, code: "2010101", name: "行政运行", values: { remitToSuperior: 100000, operatingExpense: 0 } },
        {
          row: 8,
          code: "2010102",
          name: "一般行政管理事务",
          values: { remitToSuperior: 50050, operatingExpense: 2000 },
        },
      ],
    });
  });

  it("a code and its name in one cell, full-width digits and separators in amounts", () => {
    const read = readImport(
      [
        sheet("Sheet1", [
          ["科目编码", "科目名称", "经营支出"],
          ["2010101 行政运行", "", "１，２３４．５"],
        ]),
      ],
      CTX,
      "functionLines",
    );
    expect(messages(read)).toEqual([]);
    expect(read.functionLines?.lines).toEqual([
      { row: 2, code: "2010101", name: "行政运行", values: { operatingExpense: 123450 } },
    ]);
  });
});

describe("功能分类: a real sheet with title rows, merged group headers and 万元", () => {
  it("finds the header under merged titles, combines the merged group with the header row, converts 万元 exactly", async () => {
    const sheets = await workbookSheets((wb) => {
      const ws = wb.addWorksheet("支出决算表");
      ws.addRow(["2024年度部门支出决算表"]);
      ws.mergeCells("A1:F1");
      ws.addRow(["编制单位：某局", "", "", "", "", "单位：万元"]);
      ws.addRow(["科目编码", "科目名称", "一般公共预算财政拨款", "", "非财政拨款资金", ""]);
      ws.addRow(["", "", "基本支出", "项目支出", "基本支出", "项目支出"]);
      ws.mergeCells("A3:A4");
      ws.mergeCells("B3:B4");
      ws.mergeCells("C3:D3");
      ws.mergeCells("E3:F3");
      ws.addRow([2010101, "行政运行", 763.19, 0.000001, "12.345678", { formula: "C5+1", result: 764.19 }]);
      ws.addRow([2013101, "行政运行", 1234567.89, 0, 0, 0]);
    });
    const read = readImport(sheets, CTX, "functionLines");
    expect(messages(read)).toEqual([]);
    expect(read.functionLines?.columns).toEqual([
      "basicGeneralBudget",
      "projectGeneralBudget",
      "basicOtherFunds",
      "projectOtherFunds",
    ]);
    expect(read.functionLines?.lines.map((l) => [l.code, l.values])).toEqual([
      [
        "2010101",
        {
          basicGeneralBudget: 763_190000,
          projectGeneralBudget: 1,
          basicOtherFunds: 12_345678,
          projectOtherFunds: 764_190000,
        },
      ],
      [
        "2013101",
        { basicGeneralBudget: 1_234_567_890000, projectGeneralBudget: 0, basicOtherFunds: 0, projectOtherFunds: 0 },
      ],
    ]);
  });

  it("a column header that says 万元 converts only that column", () => {
    const read = readImport(
      [
        sheet("功能分类", [
          ["科目编码", "经营支出（万元）", "上缴上级支出（元）"],
          [2010101, "1.5", "1.5"],
        ]),
      ],
      CTX,
      "functionLines",
    );
    expect(read.functionLines?.lines[0]?.values).toEqual({ operatingExpense: 1_500000, remitToSuperior: 150 });
  });
});

describe("功能分类: every kind of problem names its sheet, row and column", () => {
  const bad = readImport(
    [
      sheet("功能分类", [
        ["科目编码", "科目名称", "上缴上级支出", "经营支出"],
        [2010101, "行政运行", "一千", 1],
        [2010102, "一般行政管理事务", "12.345", 1],
        [2999999, "新科目", 5, 0],
        [2010101, "行政运行", 1, 1],
        ["20101x", "", 1, 1],
        [20101, "人大事务", 99, 2],
        ["合计", "", "", 3],
        ["", "", 7, ""],
        [201010, "", 1, 1],
      ]),
    ],
    CTX,
    "functionLines",
  );
  it("text in an amount, more than two decimals, unknown code, duplicate, non-numeric code, wrong totals", () => {
    expect(messages(bad)).toEqual([
      "工作表“功能分类”第2行C列：“上缴上级支出”的“一千”不是有效金额：请填写数字金额。",
      "工作表“功能分类”第3行C列：“上缴上级支出”的“12.345”不是有效金额：金额最多保留两位小数（到分）。",
      "工作表“功能分类”第4行A列：科目编码2999999“新科目”不在2024年支出功能分类科目表的项级科目中：可在下方添加到本年度科目表，或改正编码。",
      "工作表“功能分类”第5行A列：科目2010101重复（与第2行相同）。",
      "工作表“功能分类”第6行A列：科目编码“20101x”不是数字。",
      "工作表“功能分类”第9行A列：有金额但没有科目编码。",
      "工作表“功能分类”第10行A列：科目编码201010是6位：应为7位项级编码（3、5位的上级科目行只核对合计）。",
      "工作表“功能分类”第7行D列：20101“人大事务”行的“经营支出”为2.00元，而所属各行之和为3.00元，相差-1.00元。合计行不导入，只用于核对：请改正明细或合计。",
    ]);
    expect(bad.problems.find((p) => p.unknownSubject)?.unknownSubject).toEqual({ code: "2999999", name: "新科目" });
  });

  it("more than six decimals in 万元; a formula without a saved value; a missing table", async () => {
    const sheets = await workbookSheets((wb) => {
      const ws = wb.addWorksheet("功能分类");
      ws.addRow(["单位：万元"]);
      ws.addRow(["科目编码", "经营支出"]);
      ws.addRow([2010101, "1.1234567"]);
      ws.addRow([2010102, { formula: "B3*2" }]);
    });
    expect(messages(readImport(sheets, CTX, "functionLines"))).toEqual([
      "工作表“功能分类”第3行B列：“经营支出”的“1.1234567”不是有效金额：以万元填写时最多保留六位小数（到分）（本列按万元读取）。",
      "工作表“功能分类”第4行B列：公式没有保存的计算结果（本系统不计算公式）：请在 Excel 中打开、保存后再导入，或把公式改为数值。",
    ]);
    expect(
      messages(
        readImport(
          [
            sheet("随便", [
              ["a", "b"],
              [1, 2],
            ]),
          ],
          CTX,
          "functionLines",
        ),
      ),
    ).toEqual([
      "工作表“功能分类”：没有找到收入支出（功能分类）的表：表头应有“科目编码”等列（标题行、空行、其他列可以保留）。请使用“下载导入模板”得到的格式。",
    ]);
  });

  it("a 小计 row covers the rows since the last one; sums over many rows stay exact", () => {
    const rows: (string | number)[][] = [
      ["科目编码", "经营支出"],
      [2010101, "49999999999.99"],
      [2010102, "49999999999.99"],
    ];
    rows.push(["小计", "99999999999.98"], [2013101, "0.01"], ["小计", "0.01"], ["总计", "99999999999.99"]);
    expect(messages(readImport([sheet("功能分类", rows)], CTX, "functionLines"))).toEqual([]);
    rows[3] = ["小计", "99999999999.99"];
    expect(messages(readImport([sheet("功能分类", rows)], CTX, "functionLines"))).toEqual([
      "工作表“功能分类”第4行B列：小计行的“经营支出”为99,999,999,999.99元，而所属各行之和为99,999,999,999.98元，相差0.01元。合计行不导入，只用于核对：请改正明细或合计。",
    ]);
  });
});

describe("经济分类, 三公 and 绩效", () => {
  it("经济分类: 款 rows imported, 类 rows checked, unknown 款 refused", () => {
    const read = readImport(
      [
        sheet("经济分类", [
          ["科目编码", "科目名称", "本年决算数", "上年决算数"],
          [301, "工资福利支出", 300, 10],
          [30101, "基本工资", 100, 5],
          [30102, "津贴补贴", 200, 5],
          [30999, "其他", 1, 0],
        ]),
      ],
      CTX,
      "economicLines",
    );
    expect(messages(read)).toEqual(["工作表“经济分类”第5行A列：科目编码30999“其他”不在2024年支出经济分类科目表中。"]);
    expect(read.economicLines?.lines.map((l) => [l.code, l.values])).toEqual([
      ["30101", { amount: 10000, priorYearAmount: 500 }],
      ["30102", { amount: 20000, priorYearAmount: 500 }],
    ]);
  });

  it("三公: items by their label, the sums checked, the 实物量 table below", () => {
    const read = readImport(
      [
        sheet("三公经费", [
          ["“三公”经费", "", "", ""],
          ["项目", "年初预算数", "本年决算数", "上年决算数"],
          ["“三公”经费合计", 100, 60, 0],
          ["1.因公出国（境）费", 10, 0, 0],
          ["公务用车购置及运行维护费", 60, 50, 0],
          ["其中：公务用车购置费", 40, 30, 0],
          ["公务用车运行维护费", 20, 20, 0],
          ["公务接待费", 30, 10, 0],
          [],
          ["实物量指标", "数量"],
          ["公务用车保有量（辆）", 3],
          ["国内公务接待批次（批）", "x"],
        ]),
      ],
      CTX,
      "threePublic",
    );
    expect(messages(read)).toEqual(["工作表“三公经费”第12行B列：“x”不是不小于0的整数。"]);
    expect(read.threePublic?.amounts.vehicle_purchase).toEqual({ initialBudget: 4000, actual: 3000, priorYear: 0 });
    expect(read.threePublic?.quantities).toEqual({ vehiclesHeld: 3 });
    const wrong = readImport(
      [
        sheet("三公", [
          ["项目", "本年决算数"],
          ["合计", 5],
          ["公务接待费", 4],
          ["会议费", 1],
        ]),
      ],
      CTX,
      "threePublic",
    );
    expect(messages(wrong)).toEqual([
      "工作表“三公”第4行A列：不认识的项目“会议费”：应为“三公”经费合计、因公出国（境）费、公务用车购置及运行维护费、公务用车购置费、公务用车运行维护费、公务接待费之一。",
      "工作表“三公”第2行B列：“三公”经费合计的“本年决算数”为5.00元，而所含各项之和为4.00元。合计行不导入，只用于核对：请改正。",
    ]);
  });

  it("绩效: projects with their indicators from a second sheet; a score above its weight; an unknown project", () => {
    const read = readImport(
      [
        sheet("绩效项目", [
          ["项目名称", "年初预算数", "全年预算数", "全年执行数", "自评得分", "评价等级"],
          ["信息化建设", 100, 120, 110.5, 95.5, "优"],
          ["信息化建设", 1, 1, 1, 1, ""],
        ]),
        sheet("绩效指标", [
          ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
          ["信息化建设", "产出指标", "数量指标", "系统数", "≥2个", "2个", 20, 20, ""],
          ["信息化建设", "效益指标", "社会效益", "满意度", "≥90%", "85%", 10, 12, "部分不满意"],
          ["别的项目", "产出指标", "质量指标", "合格率", "100%", "100%", 10, 10, ""],
        ]),
      ],
      CTX,
    );
    expect(messages(read)).toEqual([
      "工作表“绩效项目”第3行A列：项目“信息化建设”重复（与第2行相同）。",
      "工作表“绩效指标”第3行H列：得分12超过分值10。",
      "工作表“绩效指标”第4行A列：项目“别的项目”不在“绩效项目”表中。",
    ]);
    const p = read.performance!.projects[0]!;
    expect(p).toMatchObject({
      name: "信息化建设",
      values: { initialBudget: 10000, budget: 12000, executed: 11050 },
      score: "95.5",
      declaredGrade: "优",
    });
    expect(p.indicators?.map((i) => i.level3)).toEqual(["系统数", "满意度"]);
  });

  it("a whole workbook: each sheet recognised by its header, whatever its name", () => {
    const read = readImport(
      [
        sheet("表一", [
          ["科目编码", "科目名称", "经营支出", "上缴上级支出"],
          [2010101, "行政运行", 1, 2],
        ]),
        sheet("表二", [
          ["科目编码", "科目名称", "本年决算数"],
          [30101, "基本工资", 3],
        ]),
        sheet("表三", [
          ["项目", "本年决算数"],
          ["公务接待费", 4],
        ]),
      ],
      CTX,
    );
    expect(messages(read)).toEqual([]);
    expect(read.functionLines?.sheet).toBe("表一");
    expect(read.economicLines?.sheet).toBe("表二");
    expect(read.threePublic?.sheet).toBe("表三");
    expect(read.performance).toBeUndefined();
  });
});
