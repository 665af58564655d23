/**
 * A published report's Excel (the nine tables as lib/export/xlsx.ts writes them) read back into line
 * items: importing it into an empty draft and building again gives the same line-item tables (02 收入,
 * 03 支出, 05 一般公共预算, 06 基本支出 by 经济分类, 07 “三公”, 08 政府性基金, 09 国有资本经营) to the 分,
 * for the demo report and random reports whose amounts are whole 0.01万元 (the precision the tables print).
 * Tables 01 and 04 also carry the 一般公共预算 and 非财政拨款 结转和结余 and the prior year's totals, which no
 * table gives per subject: those stay to be entered (decision 019).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildDisclosure } from "../../lib/disclosure/build";
import { FUNCTION_MONEY_FIELDS, type ReportData } from "../../lib/disclosure/report-data";
import { buildTables } from "../../lib/disclosure/tables";
import { builtInTemplate } from "../../lib/disclosure/templates";
import { THREE_PUBLIC_ITEMS } from "../../lib/domain";
import { renderXlsx } from "../../lib/export/xlsx";
import { planImport } from "../../lib/imports/plan";
import { describeProblem } from "../../lib/imports/read-tables";
import { isOfficialWorkbook, readOfficialTables } from "../../lib/imports/read-official";
import { ZEconomicLines } from "../../lib/reports/sections/economic-lines.schema";
import { ZFunctionLines } from "../../lib/reports/sections/function-lines.schema";
import { ZThreePublic } from "../../lib/reports/sections/three-public.schema";
import { readWorkbook } from "../../lib/spreadsheets/read-workbook";
import { demoReportData, shanghaiReportData } from "../support/demo-report";
import { randomReport } from "../support/random-report";

const LINE_TABLES = [
  "income",
  "expense",
  "generalBudgetExpense",
  "generalBudgetBasic",
  "threePublic",
  "govFund",
  "stateCapital",
];

/** Every amount to a whole 0.01万元 (100 元), as a published table states it. */
function toPublishedPrecision(d: ReportData): ReportData {
  const r = (fen: number) => Math.round(fen / 10_000) * 10_000;
  return {
    ...d,
    functionLines: d.functionLines.map((l) => ({
      ...l,
      ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, r(l[f])])),
    })) as ReportData["functionLines"],
    economicLines: d.economicLines.map((l) => ({ ...l, amount: r(l.amount), priorYearAmount: r(l.priorYearAmount) })),
    threePublic: {
      ...d.threePublic,
      amounts: Object.fromEntries(
        THREE_PUBLIC_ITEMS.map((i) => {
          const a = d.threePublic.amounts[i];
          return [i, { initialBudget: r(a.initialBudget), actual: r(a.actual), priorYear: r(a.priorYear) }];
        }),
      ) as ReportData["threePublic"]["amounts"],
    },
  };
}

async function roundTrip(source: ReportData) {
  const template = builtInTemplate(source.report.templateId)!;
  const bytes = await renderXlsx(buildDisclosure(source, template));
  const read = await readWorkbook("决算.xlsx", new Uint8Array(bytes), {
    maxBytes: 5 * 1024 * 1024,
    maxRowsPerSheet: 5000,
    maxRowsTotal: 100_000,
    tooManyRows: () => "too many",
    allowCsv: false,
  });
  if (!read.ok) throw new Error(read.error);
  expect(isOfficialWorkbook(read.sheets)).toBe(true);
  const imported = readOfficialTables(read.sheets, {
    year: source.report.year,
    functionItems: new Set(
      Object.values(source.functionSubjects)
        .filter((s) => s.level === "item")
        .map((s) => s.code),
    ),
    economicSections: new Set(
      Object.values(source.economicSubjects)
        .filter((s) => s.level === "section")
        .map((s) => s.code),
    ),
  });
  expect(imported.problems.map(describeProblem)).toEqual([]);
  const empty: ReportData = {
    ...source,
    functionLines: [],
    economicLines: [],
    threePublic: {
      amounts: Object.fromEntries(
        THREE_PUBLIC_ITEMS.map((i) => [i, { initialBudget: 0, actual: 0, priorYear: 0 }]),
      ) as ReportData["threePublic"]["amounts"],
      quantities: source.threePublic.quantities,
    },
  };
  const plan = planImport(imported, empty, () => 0);
  const after: ReportData = {
    ...empty,
    functionLines: ZFunctionLines.parse(plan.inputs.functionLines!.input).lines.map((l) => ({ ...l })),
    economicLines: ZEconomicLines.parse(plan.inputs.economicLines!.input).lines.filter(
      (l) => l.amount !== 0 || l.priorYearAmount !== 0,
    ),
    threePublic: {
      amounts: Object.fromEntries(
        ZThreePublic.parse(plan.inputs.threePublic!.input).amounts.map(({ item, ...a }) => [item, a]),
      ) as ReportData["threePublic"]["amounts"],
      quantities: source.threePublic.quantities,
    },
  };
  const pick = (d: ReportData) =>
    buildTables(d, template)
      .filter((t) => LINE_TABLES.includes(t.kind))
      .map((t) => ({ kind: t.kind, rows: t.rows.map((r) => r.cells.map((c) => c.text)) }));
  // Each line-item table, cell by cell (prior-year columns aside: no table carries them per subject).
  const source3p = {
    ...source,
    threePublic: {
      ...source.threePublic,
      amounts: Object.fromEntries(
        THREE_PUBLIC_ITEMS.map((i) => [i, { ...source.threePublic.amounts[i], priorYear: 0 }]),
      ) as ReportData["threePublic"]["amounts"],
    },
  };
  expect(pick(after)).toEqual(pick(source3p));
  return after;
}

describe("a published report's Excel → import → build", () => {
  it("the demo report (2020 Lanzhou layout)", async () => {
    await roundTrip(toPublishedPrecision(demoReportData()));
  });
  it("the Shanghai demo (2024 layout)", async () => {
    await roundTrip(toPublishedPrecision(shanghaiReportData()));
  });
  for (const seed of [11, 12, 13, 14]) {
    it(`random report ${seed}`, async () => {
      await roundTrip(toPublishedPrecision(randomReport(seed, { lines: 25 })));
    });
  }
});

describe("a published report's Excel that was changed by hand", () => {
  it("a 项 whose 支出决算表 figure is below the 一般公共预算 one, and the totals that no longer add up, are reported", async () => {
    const source = toPublishedPrecision(demoReportData());
    const bytes = await renderXlsx(buildDisclosure(source, builtInTemplate(source.report.templateId)!));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((w) => w.name.startsWith("03"))!;
    let changed = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === "2013101") {
        row.getCell(4).value = 1; // 基本支出: 1 万元
        changed = n;
      }
    });
    expect(changed).toBeGreaterThan(0);
    const read = await readWorkbook("x.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()), {
      maxBytes: 5 * 1024 * 1024,
      maxRowsPerSheet: 5000,
      maxRowsTotal: 100_000,
      tooManyRows: () => "",
      allowCsv: false,
    });
    if (!read.ok) throw new Error(read.error);
    const imported = readOfficialTables(read.sheets, {
      year: 2020,
      functionItems: new Set(Object.keys(source.functionSubjects)),
      economicSections: new Set(Object.keys(source.economicSubjects)),
    });
    const messages = imported.problems.map(describeProblem);
    expect(messages).toContain(
      "工作表“03 支出决算表”：科目2013101：各表的数字互相矛盾（支出决算表的支出小于各项财政拨款支出之和）。",
    );
    expect(messages.some((m) => /^工作表“03 支出决算表”第\d+行D列：合计行的“基本支出”为/.test(m))).toBe(true);
    expect(imported.functionLines?.lines.some((l) => l.code === "2013101")).toBe(false);
  });
});
