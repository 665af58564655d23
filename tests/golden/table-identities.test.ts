/**
 * Every identity of docs/consistency-rules.md (T1–T9 within a table, X1–X9 between tables) holds on the
 * built tables of every built-in template — on the demo reports and on random consistent reports —
 * checked on the exact 分 behind each cell, whatever the layout (行次 or not, 合计 first or last, table 07
 * by measure or by item, table 09 with or without 结转). And the text has no leftover placeholder.
 */
import { describe, expect, it } from "vitest";
import { buildDisclosure, documentText } from "../../lib/disclosure/build";
import type { Row, Table } from "../../lib/disclosure/model";
import type { ReportData } from "../../lib/disclosure/report-data";
import { buildTables, tableOf } from "../../lib/disclosure/tables";
import type { DisclosureTemplate, TableKind } from "../../lib/disclosure/template";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../lib/disclosure/templates";
import { demoReportData, shanghaiReportData } from "../support/demo-report";
import { randomReport } from "../support/random-report";

const TEMPLATES = BUILT_IN_TEMPLATES.map((t) => builtInTemplate(t.id)!);

/** The exact amounts of a row's money cells, in order (layout-independent). */
const amounts = (row: Row | undefined): number[] =>
  (row?.cells ?? []).flatMap((c) => (c.fen === undefined ? [] : [c.fen]));
const coded = (table: Table) =>
  table.rows.filter((r) => r.kind === "class" || r.kind === "section" || r.kind === "item");
const totalRow = (table: Table) => table.rows.find((r) => r.kind === "total");
/** The 合计 of a 类/款/项 table's money column (0 for a table without rows). */
const totalAt = (table: Table, col: number) => amounts(totalRow(table))[col] ?? 0;

function checkHierarchy(table: Table) {
  const rows = coded(table);
  const width = amounts(totalRow(table)).length;
  for (const [parentKind, childKind] of [
    ["class", "section"],
    ["section", "item"],
  ] as const) {
    for (const parent of rows.filter((r) => r.kind === parentKind)) {
      const code = parent.cells[0]!.text;
      const children = rows.filter((r) => r.kind === childKind && r.cells[0]!.text.startsWith(code));
      for (let c = 0; c < width; c++) {
        expect(
          children.reduce((s, r) => s + amounts(r)[c]!, 0),
          `${table.title} ${code} col ${c}`,
        ).toBe(amounts(parent)[c]);
      }
    }
  }
  for (let c = 0; c < width; c++) {
    expect(
      rows.filter((r) => r.kind === "class").reduce((s, r) => s + amounts(r)[c]!, 0),
      `${table.title} 合计 col ${c}`,
    ).toBe(totalAt(table, c));
  }
}

/** The two sides of a 总表 row: label and exact amounts of each. */
function sides(row: Row, leftWidth: number) {
  const left = row.cells.slice(0, leftWidth);
  const right = row.cells.slice(leftWidth);
  return {
    leftLabel: left[0]!.text,
    left: amounts({ ...row, cells: left }),
    rightLabel: right[0]!.text,
    right: amounts({ ...row, cells: right }),
  };
}

function checkIdentities(data: ReportData, template: DisclosureTemplate) {
  const tables = buildTables(data, template);
  const get = (kind: TableKind) => tableOf(tables, kind)!;
  const specOf = (kind: TableKind) => template.tables.find((s) => s.kind === kind)!;
  const [t1, t2, t3, t4, t5, t6, t7, t8, t9] = (
    [
      "incomeExpenseSummary",
      "income",
      "expense",
      "fiscalSummary",
      "generalBudgetExpense",
      "generalBudgetBasic",
      "threePublic",
      "govFund",
      "stateCapital",
    ] as const
  ).map(get) as [Table, Table, Table, Table, Table, Table, Table, Table, Table];

  // T1: the two sides, by label.
  const t1Left = specOf("incomeExpenseSummary").rowNumbers ? 3 : 2;
  const t1Rows = t1.rows.map((r) => sides(r, t1Left));
  const left = (label: string) => t1Rows.find((r) => r.leftLabel === label)?.left[0] ?? 0;
  const right = (label: string) => t1Rows.find((r) => r.rightLabel === label)?.right[0] ?? 0;
  const incomeRows = t1Rows.filter((r) => /^[一二三四五六七八]、/.test(r.leftLabel));
  const classRows = t1Rows.filter((r) => /^[一二三四五六七八九十]+、/.test(r.rightLabel));
  expect(incomeRows).toHaveLength(8);
  expect(classRows).toHaveLength(template.expenseClasses.length);
  const balancing = specOf("incomeExpenseSummary").balancingLabel!;
  expect(incomeRows.reduce((s, r) => s + r.left[0]!, 0)).toBe(left("本年收入合计")); // R1.1
  expect(classRows.reduce((s, r) => s + (r.right[0] ?? 0), 0)).toBe(right("本年支出合计")); // R1.2
  expect(left("本年收入合计") + left(balancing) + left("年初结转和结余")).toBe(left("总计")); // R1.3
  expect(right("本年支出合计") + right("结余分配") + right("年末结转和结余")).toBe(right("总计")); // R1.4
  expect(left("总计")).toBe(right("总计")); // R1.5

  // T2, T3, T5: per row and hierarchy.
  for (const r of [totalRow(t2), ...coded(t2)].filter(Boolean) as Row[]) {
    const [all, ...parts] = amounts(r);
    expect(all).toBe(parts.reduce((s, x) => s + x, 0)); // R2.1
  }
  for (const r of [totalRow(t3), ...coded(t3)].filter(Boolean) as Row[]) {
    const [all, ...parts] = amounts(r);
    expect(all).toBe(parts.reduce((s, x) => s + x, 0)); // R3.1
  }
  for (const r of [totalRow(t5), ...coded(t5)].filter(Boolean) as Row[]) {
    const [all, basic, project] = amounts(r);
    expect(all).toBe(basic! + project!); // R5.1
  }
  for (const t of [t2, t3, t5, t8, t9]) checkHierarchy(t);

  // T4: the income side (label, [行次], amount); the expense side (label, [行次], 合计 and three funds).
  const t4Left = specOf("fiscalSummary").rowNumbers ? 3 : 2;
  const t4Rows = t4.rows.map((r) => sides(r, t4Left));
  for (const r of t4Rows) if (r.right.length === 4) expect(r.right[0]).toBe(r.right[1]! + r.right[2]! + r.right[3]!); // R4.1
  const t4Income = t4Rows.find((r) => r.leftLabel === "本年收入合计")!;
  const t4Classes = t4Rows.filter((r) => /^[一二三四五六七八九十]+、/.test(r.rightLabel));
  expect(t4Rows.slice(0, 3).reduce((s, r) => s + r.left[0]!, 0)).toBe(t4Income.left[0]); // R4.2
  expect(t4Classes.reduce((s, r) => s + r.right[0]!, 0)).toBe(t4Income.right[0]);
  const t4Grand = t4Rows.find((r) => r.leftLabel === "总计")!;
  expect(t4Grand.left[0]).toBe(t4Grand.right[0]); // R4.3

  // T6 / X7: 人员经费 (301 + 303) and 公用经费 (the other groups) = T5 基本支出.
  const t6Total = amounts(t6.rows.at(-1));
  const t6Class = (code: string) =>
    t6.rows.flatMap((r) =>
      r.cells.flatMap((c, i) => (c.text === code && c.fen === undefined ? [r.cells[i + 2]?.fen ?? 0] : [])),
    )[0] ?? 0;
  expect(t6Class("301") + t6Class("303")).toBe(t6Total[0]);
  expect(t6Total[0]! + (t6Total[1] ?? 0)).toBe(totalAt(t5, 1));

  // T7: 合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行, for 预算数 and 决算数, in either arrangement.
  const seven = amounts(t7.rows[0]);
  const byMeasure =
    specOf("threePublic").arrangement === "byItem"
      ? [0, 2, 4, 6, 8, 10, 1, 3, 5, 7, 9, 11].map((i) => seven[i]!)
      : seven;
  for (const o of [0, 6]) {
    expect(byMeasure[o]).toBe(byMeasure[o + 1]! + byMeasure[o + 2]! + byMeasure[o + 5]!);
    expect(byMeasure[o + 2]).toBe(byMeasure[o + 3]! + byMeasure[o + 4]!);
  }

  // T8 (and T9 as a 收入支出 table): 支出 = 基本 + 项目; 年初 + 收入 − 支出 = 年末.
  const incomeExpense = [t8, ...(specOf("stateCapital").shape === "incomeExpense" ? [t9] : [])];
  for (const t of incomeExpense) {
    for (const r of t.rows) {
      const [start, income, spent, basic, project, end] = amounts(r);
      expect(spent).toBe(basic! + project!);
      expect(start! + income! - spent!).toBe(end);
    }
  }

  // X1–X5 between tables.
  expect(left("本年收入合计")).toBe(totalAt(t2, 0));
  expect(incomeRows.slice(0, 3).reduce((s, r) => s + r.left[0]!, 0)).toBe(totalAt(t2, 1));
  expect(right("本年支出合计")).toBe(totalAt(t3, 0));
  for (const cls of coded(t3).filter((r) => r.kind === "class")) {
    const row = classRows.find((r) => r.rightLabel.endsWith(`、${cls.cells[1]!.text}`));
    if (row) expect(row.right[0]).toBe(amounts(cls)[0]);
  }
  for (let i = 0; i < 3; i++) expect(incomeRows[i]!.left[0]).toBe(t4Rows[i]!.left[0]); // X3
  expect(t4Income.right[1]).toBe(totalAt(t5, 0)); // X4
  expect(t4Income.right[2]).toBe(t8.empty ? 0 : totalAt(t8, 2)); // X5
  const t9Spent = specOf("stateCapital").shape === "incomeExpense" ? 2 : 0;
  expect(t4Income.right[3]).toBe(t9.empty ? 0 : totalAt(t9, t9Spent));
  expect(totalAt(t3, 1)).toBeGreaterThanOrEqual(totalAt(t5, 1)); // X8
  expect(totalAt(t3, 2)).toBeGreaterThanOrEqual(totalAt(t5, 2));
}

/** The printed text: no placeholder left, nothing undefined. */
function checkText(data: ReportData, template: DisclosureTemplate) {
  const text = documentText(buildDisclosure(data, template));
  for (const line of text) {
    expect(line, line).not.toMatch(/[{}[\]]|undefined|NaN|null|-0\.00/);
    expect(line, line).not.toMatch(/占；|占。|占%|，，|。。/);
  }
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("table identities and text of %s", (_id, template) => {
  it("hold on both demo reports", () => {
    for (const data of [demoReportData(), shanghaiReportData()]) {
      checkIdentities(data, template);
      checkText(data, template);
    }
  });

  it.each(Array.from({ length: 60 }, (_, i) => i + 1))("hold on random report #%i", (seed) => {
    const data = randomReport(seed);
    checkIdentities(data, template);
    checkText(data, template);
  });
});

describe("the 尾差 note", () => {
  it("is printed exactly when a printed total differs from its printed parts", () => {
    const template = builtInTemplate("lanzhou-2020")!;
    const data = randomReport(7, { lines: 2 });
    const [a, b] = data.functionLines as [ReportData["functionLines"][number], ReportData["functionLines"][number]];
    for (const l of [a, b]) {
      for (const k of Object.keys(l) as (keyof typeof l)[])
        if (k !== "subjectCode") (l as Record<string, unknown>)[k] = 0;
    }
    // 0.004 万元 + 0.004 万元 print as 0.00 + 0.00 but total 0.008 → 0.01: a tail difference.
    a.subjectCode = "2013101";
    b.subjectCode = "2050803";
    a.basicGeneralBudget = 4_000;
    b.basicGeneralBudget = 4_000;
    data.economicLines = [{ subjectCode: "30101", amount: 8_000, priorYearAmount: 0 }];
    const t5 = tableOf(buildTables(data, template), "generalBudgetExpense")!;
    expect(t5.notes).toContain(template.roundingNotes.table);
    b.basicGeneralBudget = 6_000; // 0.00 + 0.01 = 0.01: no tail difference
    data.economicLines = [{ subjectCode: "30101", amount: 10_000, priorYearAmount: 0 }];
    expect(tableOf(buildTables(data, template), "generalBudgetExpense")!.notes).not.toContain(
      template.roundingNotes.table,
    );
  });
});
