/**
 * The sums inside each of the nine tables, read off the built tables whatever the layout (行次 or not,
 * 合计 first or last, table 07 by measure or by item): each relation names a total cell and the cells that
 * add up to it. tests/golden/table-identities.test.ts asserts them on the exact 分; the property suite
 * (tests/property/printed-document.test.ts) asserts them on the printed 万元 figures, where a mismatch
 * must carry the template's 尾差 note.
 */
import type { Row, Table } from "../../lib/disclosure/model";
import type { ReportData } from "../../lib/disclosure/report-data";
import { buildTables, tableOf } from "../../lib/disclosure/tables";
import type { DisclosureTemplate, TableKind } from "../../lib/disclosure/template";

export interface Relation {
  table: Table;
  /** What adds up, for the failure message (e.g. "R5.1 2013101"). */
  what: string;
  /** The cells on the total's side (one, or 年初 + 收入 for a 结转 balance). */
  total: number[];
  parts: number[];
}

/** The exact amounts of a row's money cells, in order (layout-independent). */
export const amounts = (row: Row | undefined): number[] =>
  (row?.cells ?? []).flatMap((c) => (c.fen === undefined ? [] : [c.fen]));
export const coded = (table: Table) =>
  table.rows.filter((r) => r.kind === "class" || r.kind === "section" || r.kind === "item");
export const totalRow = (table: Table) => table.rows.find((r) => r.kind === "total");
/** The 合计 of a 类/款/项 table's money column (0 for a table without rows). */
export const totalAt = (table: Table, col: number) => amounts(totalRow(table))[col] ?? 0;

/** The two sides of a 总表 row: label and exact amounts of each. */
export function sides(row: Row, leftWidth: number) {
  const left = row.cells.slice(0, leftWidth);
  const right = row.cells.slice(leftWidth);
  return {
    leftLabel: left[0]!.text,
    left: amounts({ ...row, cells: left }),
    rightLabel: right[0]!.text,
    right: amounts({ ...row, cells: right }),
  };
}

/** 类 = Σ 款, 款 = Σ 项 and 合计 = Σ 类, per money column. */
function hierarchy(table: Table): Relation[] {
  const out: Relation[] = [];
  const rows = coded(table);
  const width = amounts(totalRow(table)).length;
  for (const [parentKind, childKind] of [
    ["class", "section"],
    ["section", "item"],
  ] as const) {
    for (const parent of rows.filter((r) => r.kind === parentKind)) {
      const code = parent.cells[0]!.text;
      const children = rows.filter((r) => r.kind === childKind && r.cells[0]!.text.startsWith(code));
      for (let c = 0; c < width; c++)
        out.push({
          table,
          what: `${code} col ${c}`,
          total: [amounts(parent)[c]!],
          parts: children.map((r) => amounts(r)[c]!),
        });
    }
  }
  for (let c = 0; c < width; c++)
    out.push({
      table,
      what: `合计 col ${c}`,
      total: [totalAt(table, c)],
      parts: rows.filter((r) => r.kind === "class").map((r) => amounts(r)[c]!),
    });
  return out;
}

/** Each row's first amount is the sum of the others (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表). */
function across(table: Table, what: string): Relation[] {
  return [totalRow(table), ...coded(table)]
    .filter((r): r is Row => !!r)
    .map((r) => {
      const [all, ...parts] = amounts(r);
      return { table, what: `${what} ${r.cells[0]!.text}`, total: [all!], parts };
    });
}

/** The nine tables by kind, built from the data or taken from a built document. */
export function tablesOf(source: ReportData | Table[], template: DisclosureTemplate) {
  const tables = Array.isArray(source) ? source : buildTables(source, template);
  const get = (kind: TableKind) => tableOf(tables, kind)!;
  return {
    tables,
    t1: get("incomeExpenseSummary"),
    t2: get("income"),
    t3: get("expense"),
    t4: get("fiscalSummary"),
    t5: get("generalBudgetExpense"),
    t6: get("generalBudgetBasic"),
    t7: get("threePublic"),
    t8: get("govFund"),
    t9: get("stateCapital"),
  };
}

/** Every sum inside a table of the document. */
export function tableRelations(source: ReportData | Table[], template: DisclosureTemplate): Relation[] {
  const { t1, t2, t3, t4, t5, t6, t7, t8, t9 } = tablesOf(source, template);
  const specOf = (kind: TableKind) => template.tables.find((s) => s.kind === kind)!;
  const out: Relation[] = [];

  // T1: the two sides, by label.
  const t1Left = specOf("incomeExpenseSummary").rowNumbers ? 3 : 2;
  const t1Rows = t1.rows.map((r) => sides(r, t1Left));
  const left = (label: string) => t1Rows.find((r) => r.leftLabel === label)?.left[0] ?? 0;
  const right = (label: string) => t1Rows.find((r) => r.rightLabel === label)?.right[0] ?? 0;
  const incomeRows = t1Rows.filter((r) => /^[一二三四五六七八]、/.test(r.leftLabel));
  const classRows = t1Rows.filter((r) => /^[一二三四五六七八九十]+、/.test(r.rightLabel));
  const balancing = specOf("incomeExpenseSummary").balancingLabel!;
  out.push(
    { table: t1, what: "R1.1 本年收入合计", total: [left("本年收入合计")], parts: incomeRows.map((r) => r.left[0]!) },
    {
      table: t1,
      what: "R1.2 本年支出合计",
      total: [right("本年支出合计")],
      parts: classRows.map((r) => r.right[0] ?? 0),
    },
    {
      table: t1,
      what: "R1.3 收入总计",
      total: [left("总计")],
      parts: [left("本年收入合计"), left(balancing), left("年初结转和结余")],
    },
    {
      table: t1,
      what: "R1.4 支出总计",
      total: [right("总计")],
      parts: [right("本年支出合计"), right("结余分配"), right("年末结转和结余")],
    },
    { table: t1, what: "R1.5 总计", total: [left("总计")], parts: [right("总计")] },
  );

  // T2, T3, T5: across each row, and down the hierarchy.
  out.push(...across(t2, "R2.1"), ...across(t3, "R3.1"), ...across(t5, "R5.1"));
  for (const t of [t2, t3, t5, t8, t9]) out.push(...hierarchy(t));

  // T4: the income side (label, [行次], amount); the expense side (label, [行次], 合计 and three funds).
  const t4Left = specOf("fiscalSummary").rowNumbers ? 3 : 2;
  const t4Rows = t4.rows.map((r) => sides(r, t4Left));
  for (const r of t4Rows)
    if (r.right.length === 4)
      out.push({ table: t4, what: `R4.1 ${r.rightLabel}`, total: [r.right[0]!], parts: r.right.slice(1) });
  const t4Income = t4Rows.find((r) => r.leftLabel === "本年收入合计")!;
  const t4Classes = t4Rows.filter((r) => /^[一二三四五六七八九十]+、/.test(r.rightLabel));
  const t4Grand = t4Rows.find((r) => r.leftLabel === "总计")!;
  out.push(
    {
      table: t4,
      what: "R4.2 本年收入合计",
      total: [t4Income.left[0]!],
      parts: t4Rows.slice(0, 3).map((r) => r.left[0]!),
    },
    { table: t4, what: "R4.2 本年支出合计", total: [t4Income.right[0]!], parts: t4Classes.map((r) => r.right[0]!) },
    { table: t4, what: "R4.3 总计", total: [t4Grand.left[0]!], parts: [t4Grand.right[0]!] },
  );

  // T6: 人员经费 = its 类; the 类 of each column group = its 款.
  const t6Total = amounts(t6.rows.at(-1));
  const t6Class = (code: string) =>
    t6.rows.flatMap((r) =>
      r.cells.flatMap((c, i) => (c.text === code && c.fen === undefined ? [r.cells[i + 2]?.fen ?? 0] : [])),
    )[0] ?? 0;
  out.push({ table: t6, what: "R6.1 人员经费", total: [t6Total[0]!], parts: [t6Class("301"), t6Class("303")] });
  const t6Cells = t6.rows.flatMap((r) =>
    r.cells.flatMap((c, i) => (/^\d{3,5}$/.test(c.text) ? [{ code: c.text, fen: r.cells[i + 2]?.fen ?? 0 }] : [])),
  );
  for (const cls of t6Cells.filter((c) => c.code.length === 3))
    out.push({
      table: t6,
      what: `R6.2 ${cls.code}`,
      total: [cls.fen],
      parts: t6Cells.filter((c) => c.code.length === 5 && c.code.startsWith(cls.code)).map((c) => c.fen),
    });

  // T7: 合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行, for 预算数 and 决算数, in either arrangement.
  const seven = amounts(t7.rows[0]);
  const byMeasure =
    specOf("threePublic").arrangement === "byItem"
      ? [0, 2, 4, 6, 8, 10, 1, 3, 5, 7, 9, 11].map((i) => seven[i]!)
      : seven;
  for (const o of [0, 6]) {
    out.push(
      {
        table: t7,
        what: `R7.1 col ${o}`,
        total: [byMeasure[o]!],
        parts: [byMeasure[o + 1]!, byMeasure[o + 2]!, byMeasure[o + 5]!],
      },
      { table: t7, what: `R7.2 col ${o}`, total: [byMeasure[o + 2]!], parts: [byMeasure[o + 3]!, byMeasure[o + 4]!] },
    );
  }

  // T8 (and T9 as a 收入支出 table): 支出 = 基本 + 项目; 年末 = 年初 + 收入 − 支出.
  const incomeExpense = [t8, ...(specOf("stateCapital").shape === "incomeExpense" ? [t9] : [])];
  for (const t of incomeExpense) {
    for (const r of t.rows) {
      const [start, income, spent, basic, project, end] = amounts(r);
      if (start === undefined) continue;
      out.push(
        { table: t, what: `R8.1 ${r.cells[0]!.text}`, total: [spent!], parts: [basic!, project!] },
        { table: t, what: `R8.2 ${r.cells[0]!.text}`, total: [start, income!], parts: [spent!, end!] },
      );
    }
  }
  return out;
}
