/**
 * Every identity of docs/consistency-rules.md (T1–T9 within a table, X1–X9 between tables) holds on the built
 * tables — of the demo report, and of 60 random consistent reports. Checked on the exact 分 behind
 * each cell.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import type { Row, Table } from "../../lib/disclosure/model";
import type { ReportData } from "../../lib/disclosure/report-data";
import { buildTables, TAIL_DIFFERENCE_NOTE } from "../../lib/disclosure/tables";
import { LANZHOU_2020 } from "../../lib/disclosure/templates";
import { loadReportData } from "../../lib/reports/load-report-data";
import { randomReport } from "../support/random-report";
import { useTempDatabase } from "../support/temp-db";

const fen = (row: Row | undefined, col: number) => row?.cells[col]?.fen ?? 0;
const rowByLabel = (table: Table, label: string, col = 0) => table.rows.find((r) => r.cells[col]?.text === label);
/** The last row with this label (table 04 names 一、二、三 twice: income rows and the 年初 sub-rows). */
const lastRowByLabel = (table: Table, label: string) => table.rows.findLast((r) => r.cells[0]?.text === label);
const coded = (table: Table) =>
  table.rows.filter((r) => r.kind === "class" || r.kind === "section" || r.kind === "item");
const total = (table: Table) => table.rows.find((r) => r.kind === "total");
/** The 合计 row's value of a money column (its label spans the two code columns). */
const totalAt = (table: Table, moneyCol: number) => fen(total(table), moneyCol + 1);
const codedAt = (row: Row, moneyCol: number) => fen(row, moneyCol + 2);

function checkHierarchy(table: Table, width: number) {
  const rows = coded(table);
  for (let c = 0; c < width; c++) {
    // R2.2: 合计 = Σ 类; 类 = Σ its 款; 款 = Σ its 项.
    expect(
      rows.filter((r) => r.kind === "class").reduce((s, r) => s + codedAt(r, c), 0),
      `${table.id} 合计 col ${c}`,
    ).toBe(totalAt(table, c));
    for (const parent of rows.filter((r) => r.kind !== "item")) {
      const code = parent.cells[0]!.text;
      const childKind = parent.kind === "class" ? "section" : "item";
      const children = rows.filter((r) => r.kind === childKind && r.cells[0]!.text.startsWith(code));
      expect(
        children.reduce((s, r) => s + codedAt(r, c), 0),
        `${table.id} ${code} col ${c}`,
      ).toBe(codedAt(parent, c));
    }
  }
}

function checkIdentities(data: ReportData) {
  const [t1, t2, t3, t4, t5, t6, t7, t8, t9] = buildTables(data, LANZHOU_2020) as [
    Table,
    Table,
    Table,
    Table,
    Table,
    Table,
    Table,
    Table,
    Table,
  ];
  const classRowsT1 = t1.rows.filter((r) => r.kind === "line");
  const t1Total = (label: string, right = false) =>
    fen(
      t1.rows.find((r) => r.cells[right ? 3 : 0]?.text === label),
      right ? 5 : 2,
    );

  // R1.1 / R1.2 / R1.3 / R1.4 / R1.5
  expect(classRowsT1.reduce((s, r) => s + fen(r, 2), 0)).toBe(t1Total("本年收入合计"));
  expect(classRowsT1.reduce((s, r) => s + fen(r, 5), 0)).toBe(t1Total("本年支出合计", true));
  expect(t1Total("本年收入合计") + t1Total("用事业基金弥补收支差额") + t1Total("年初结转和结余")).toBe(t1Total("总计"));
  expect(t1Total("本年支出合计", true) + t1Total("结余分配", true) + t1Total("年末结转和结余", true)).toBe(
    t1Total("总计", true),
  );
  expect(t1Total("总计")).toBe(t1Total("总计", true));

  // R2.1 / R3.1 / R5.1 per row; R2.2 / R3.2 / R5.2 hierarchy
  for (const r of [total(t2)!, ...coded(t2)]) {
    const o = r.kind === "total" ? 1 : 2;
    expect(fen(r, o)).toBe([1, 2, 3, 4, 5, 6].reduce((s, i) => s + fen(r, o + i), 0));
  }
  for (const r of [total(t3)!, ...coded(t3)]) {
    const o = r.kind === "total" ? 1 : 2;
    expect(fen(r, o)).toBe([1, 2, 3, 4, 5].reduce((s, i) => s + fen(r, o + i), 0));
  }
  for (const r of [total(t5)!, ...coded(t5)]) {
    const o = r.kind === "total" ? 1 : 2;
    expect(fen(r, o)).toBe(fen(r, o + 1) + fen(r, o + 2));
  }
  checkHierarchy(t2, 7);
  checkHierarchy(t3, 6);
  checkHierarchy(t5, 3);

  // R4.1 each 支出 row: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营; R4.2; R4.3 总计 both sides.
  for (const r of t4.rows)
    if (r.cells.length === 9 && r.cells[5]?.fen !== undefined)
      expect(fen(r, 5)).toBe(fen(r, 6) + fen(r, 7) + fen(r, 8));
  const t4Lines = t4.rows.filter((r) => r.kind === "line" && r.cells[3]!.text !== "");
  const t4Income = rowByLabel(t4, "本年收入合计")!;
  expect(t4.rows.slice(0, 3).reduce((s, r) => s + fen(r, 2), 0)).toBe(fen(t4Income, 2));
  expect(t4Lines.reduce((s, r) => s + fen(r, 5), 0)).toBe(fen(t4Income, 5));
  const t4Start = rowByLabel(t4, "年初财政拨款结转和结余")!;
  expect(
    ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"].reduce(
      (s, l) => s + fen(lastRowByLabel(t4, l), 2),
      0,
    ),
  ).toBe(fen(t4Start, 2)); // R4.4
  const t4Grand = rowByLabel(t4, "总计")!;
  expect(fen(t4Grand, 2)).toBe(fen(t4Grand, 5));

  // R6.2 / R6.3 / R6.4 and X7
  const t6Total = t6.rows[t6.rows.length - 1]!;
  const classOf = (table: Table, code: string) =>
    table.rows.flatMap((r) => [0, 3, 6].filter((i) => r.cells[i]?.text === code).map((i) => fen(r, i + 2)))[0] ?? 0;
  expect(classOf(t6, "301") + classOf(t6, "303")).toBe(fen(t6Total, 1));
  expect(["302", "307", "309", "310", "311", "312", "313", "399"].reduce((s, c) => s + classOf(t6, c), 0)).toBe(
    fen(t6Total, 3),
  );
  expect(fen(t6Total, 1) + fen(t6Total, 3)).toBe(totalAt(t5, 1));
  // R6.1: each 经济分类 类 = Σ its 款
  for (const cls of ["301", "302", "303", "310"]) {
    const sections = t6.rows.flatMap((r) =>
      [0, 3, 6]
        .filter((i) => r.cells[i]?.text.length === 5 && r.cells[i]!.text.startsWith(cls))
        .map((i) => fen(r, i + 2)),
    );
    expect(sections.reduce((s, v) => s + v, 0)).toBe(classOf(t6, cls));
  }

  // R7.1 / R7.2 for 预算数 and 决算数
  const r7 = t7.rows[0]!;
  for (const o of [0, 6]) {
    expect(fen(r7, o)).toBe(fen(r7, o + 1) + fen(r7, o + 2) + fen(r7, o + 5));
    expect(fen(r7, o + 2)).toBe(fen(r7, o + 3) + fen(r7, o + 4));
  }

  // R8.1 per row, R9.1
  for (const r of t8.rows) {
    const o = r.kind === "total" ? 1 : 2;
    expect(fen(r, o + 2)).toBe(fen(r, o + 3) + fen(r, o + 4));
    expect(fen(r, o) + fen(r, o + 1) - fen(r, o + 2)).toBe(fen(r, o + 5));
  }
  for (const r of t9.rows) {
    const o = r.kind === "total" ? 1 : 2;
    expect(fen(r, o)).toBe(fen(r, o + 1) + fen(r, o + 2));
  }

  // X1 T1 收入 = T2; X2 T1 支出 = T3 (total and per 类); X3 T1 一/二/三 = T4 收入 rows
  expect(t1Total("本年收入合计")).toBe(totalAt(t2, 0));
  expect(fen(classRowsT1[0], 2) + fen(classRowsT1[1], 2) + fen(classRowsT1[2], 2)).toBe(totalAt(t2, 1));
  [3, 4, 5, 6, 7].forEach((c, i) => expect(fen(classRowsT1[i + 3], 2)).toBe(totalAt(t2, c - 1)));
  expect(t1Total("本年支出合计", true)).toBe(totalAt(t3, 0));
  for (const cls of coded(t3).filter((r) => r.kind === "class")) {
    const name = cls.cells[1]!.text;
    const t1Row = classRowsT1.find((r) => r.cells[3]!.text.endsWith(`、${name}`));
    if (t1Row) expect(fen(t1Row, 5)).toBe(codedAt(cls, 0));
  }
  for (let i = 0; i < 3; i++) expect(fen(classRowsT1[i], 2)).toBe(fen(t4.rows[i], 2));

  // X4 T4 一般公共预算 = T5 (per 类 and total); X5 T4 政府性基金 = T8 本年支出, 国资 = T9
  expect(fen(t4Income, 6)).toBe(totalAt(t5, 0));
  for (const cls of coded(t5).filter((r) => r.kind === "class")) {
    const t4Row = t4Lines.find((r) => r.cells[3]!.text.endsWith(`、${cls.cells[1]!.text}`));
    if (t4Row) expect(fen(t4Row, 6)).toBe(codedAt(cls, 0));
  }
  expect(fen(t4Income, 7)).toBe(t8.empty ? 0 : totalAt(t8, 2));
  expect(fen(t4Income, 8)).toBe(t9.empty ? 0 : totalAt(t9, 0));
  // X6 T4 年初/年末 政府性基金 = T8
  const t4End = rowByLabel(t4, "年末财政拨款结转和结余", 3)!;
  expect(fen(lastRowByLabel(t4, "二、政府性基金预算财政拨款"), 2)).toBe(t8.empty ? 0 : totalAt(t8, 0));
  expect(fen(t4End, 7)).toBe(t8.empty ? 0 : totalAt(t8, 5));
  // X8 T3 ⊇ T5
  expect(totalAt(t3, 1)).toBeGreaterThanOrEqual(totalAt(t5, 1));
  expect(totalAt(t3, 2)).toBeGreaterThanOrEqual(totalAt(t5, 2));
}

describe("table identities (docs/consistency-rules.md)", () => {
  it("hold on the demo report", async () => {
    const db = await useTempDatabase();
    const u = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
    const data = loadReportData(
      { id: u.id, role: u.role, departmentId: u.departmentId } satisfies Actor,
      db.select().from(t.reports).get()!.id,
    );
    checkIdentities(data);
    const tables = buildTables(data, LANZHOU_2020);
    expect(tables.map((x) => x.empty)).toEqual([false, false, false, false, false, false, false, true, true]);
    expect(tables[4]!.rows.map((r) => [r.cells[0]!.text, r.cells[r.kind === "total" ? 1 : 2]!.text])).toContainEqual([
      "201",
      "763.19",
    ]);
  });

  it.each(Array.from({ length: 60 }, (_, i) => i + 1))("hold on random report #%i", (seed) => {
    checkIdentities(randomReport(seed));
  });

  it("prints the 尾差 note exactly when a printed total differs from its printed parts", () => {
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
    const t5 = buildTables(data, LANZHOU_2020)[4]!;
    expect(t5.notes).toContain(TAIL_DIFFERENCE_NOTE);
    b.basicGeneralBudget = 6_000; // 0.00 + 0.01 = 0.01: no tail difference
    data.economicLines = [{ subjectCode: "30101", amount: 10_000, priorYearAmount: 0 }];
    expect(buildTables(data, LANZHOU_2020)[4]!.notes).not.toContain(TAIL_DIFFERENCE_NOTE);
  });
});
