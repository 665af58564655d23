/**
 * Every identity of docs/consistency-rules.md (T1–T9 within a table, X1–X9 between tables) holds on the
 * built tables of every built-in template — on the demo reports and on random consistent reports —
 * checked on the exact 分 behind each cell, whatever the layout (行次 or not, 合计 first or last, table 07
 * by measure or by item, table 09 with or without 结转). And the text has no leftover placeholder.
 */
import { describe, expect, it } from "vitest";
import { buildDisclosure, documentText } from "../../lib/disclosure/build";
import type { ReportData } from "../../lib/disclosure/report-data";
import { buildTables, tableOf } from "../../lib/disclosure/tables";
import type { DisclosureTemplate, TableKind } from "../../lib/disclosure/template";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../lib/disclosure/templates";
import { demoReportData, shanghaiReportData } from "../support/demo-report";
import { randomReport } from "../support/random-report";
import { amounts, coded, sides, tableRelations, tablesOf, totalAt } from "../support/table-relations";

const TEMPLATES = BUILT_IN_TEMPLATES.map((t) => builtInTemplate(t.id)!);

/** Every sum inside a table holds on the exact 分, and the figures agree between tables. */
function checkIdentities(data: ReportData, template: DisclosureTemplate) {
  for (const r of tableRelations(data, template)) {
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    expect(sum(r.total), `${r.table.title} ${r.what}`).toBe(sum(r.parts));
  }
  const { t1, t2, t3, t4, t5, t8, t9 } = tablesOf(data, template);
  const specOf = (kind: TableKind) => template.tables.find((s) => s.kind === kind)!;
  const t1Rows = t1.rows.map((r) => sides(r, specOf("incomeExpenseSummary").rowNumbers ? 3 : 2));
  const left = (label: string) => t1Rows.find((r) => r.leftLabel === label)?.left[0] ?? 0;
  const right = (label: string) => t1Rows.find((r) => r.rightLabel === label)?.right[0] ?? 0;
  const incomeRows = t1Rows.filter((r) => /^[一二三四五六七八]、/.test(r.leftLabel));
  const classRows = t1Rows.filter((r) => /^[一二三四五六七八九十]+、/.test(r.rightLabel));
  expect(incomeRows).toHaveLength(8);
  expect(classRows).toHaveLength(template.expenseClasses.length);
  const t4Rows = t4.rows.map((r) => sides(r, specOf("fiscalSummary").rowNumbers ? 3 : 2));
  const t4Income = t4Rows.find((r) => r.leftLabel === "本年收入合计")!;

  // X1–X5 and X8 between tables.
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
