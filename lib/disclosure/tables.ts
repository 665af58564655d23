/**
 * The 决算公开 tables, built from line items in the layout the template describes (TableSpec): which
 * tables, in which order, their titles and number labels, 编制单位, 行次 and 栏次, where the 合计 row
 * stands, how a zero prints, the column groups of table 06, the arrangement of table 07, the shape of
 * table 09, every 注 and empty-table statement. 类/款/项 rows are aggregated from the 项 lines; every
 * amount cell carries its exact 分. Pure.
 */
import { formatWan, roundToWanCents } from "../money";
import { EXPENSE_FIELDS, isPersonnelCode, keyFigures, sumField, sumFields, type KeyFigures } from "./derive";
import type { Cell, Row, Table } from "./model";
import { chineseNumber } from "./numerals";
import { fillPattern } from "./pattern";
import { addsUp } from "./values";
import type { FunctionLine, FunctionMoneyField, ReportData } from "./report-data";
import type { DisclosureTemplate, TableKind, TableSpec } from "./template";

export { chineseNumber };

const text = (t: string, extra?: Partial<Cell>): Cell => (extra ? { text: t, ...extra } : { text: t });
const blank = (): Cell => ({ text: "" });
const head = (t: string, colSpan = 1, rowSpan = 1): Cell => ({ text: t, colSpan, rowSpan, align: "center" });

/** An amount cell: blank or 0.00 for zero, as the table's layout says. */
const moneyCell = (fen: number, spec: TableSpec): Cell => ({
  text: fen === 0 && spec.zero === "blank" ? "" : formatWan(fen),
  fen,
});

interface TableContext {
  data: ReportData;
  template: DisclosureTemplate;
  k: KeyFigures;
}

/** The statement of an empty table, with the department and year filled in. */
function emptyStatementOf(spec: TableSpec, data: ReportData): string {
  return (
    fillPattern(spec.emptyStatement, (n) =>
      n === "department"
        ? data.report.departmentName
        : n === "year"
          ? String(data.report.year)
          : n === "short"
            ? data.report.departmentShortName || data.report.departmentName
            : null,
    ) ?? ""
  );
}

/** Title, number, 编制单位, unit, notes and the empty statement, as the template says. */
function finish(
  spec: TableSpec,
  ctx: TableContext,
  body: { header: Cell[][]; rows: Row[]; columns: number; empty: boolean; tail?: boolean },
): Table {
  const statement = emptyStatementOf(spec, ctx.data);
  return {
    id: spec.kind,
    kind: spec.kind,
    number: spec.number,
    title: spec.title,
    organisation: spec.organisation ? `编制单位：${ctx.data.report.departmentName}` : "",
    unit: `单位：${ctx.template.unit}`,
    header: body.header,
    rows: body.rows,
    columns: body.columns,
    empty: body.empty,
    emptyStatement: body.empty ? statement : "",
    notes: [
      ...(spec.note ? [spec.note] : []),
      ...(body.tail ? [ctx.template.roundingNotes.table] : []),
      ...(body.empty && statement ? [`说明：${statement}`] : []),
    ],
  };
}

/** The 栏次 row: the label over the first `labelSpan` columns, then 1…n. */
function columnNumbers(labelSpan: number, count: number): Cell[] {
  return [head("栏次", labelSpan), ...Array.from({ length: count }, (_, i) => head(String(i + 1)))];
}

type Values = (line: FunctionLine) => number[];

function isSorted(lines: readonly FunctionLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if (lines[i - 1]!.subjectCode > lines[i]!.subjectCode) return false;
  return true;
}

/**
 * 合计 and the 类/款/项 rows with non-zero values, aggregated from the 项 lines in one pass in code
 * order. Each row: 科目编码 | 科目名称 | values…. `tail` tells whether a printed sum differs from its
 * printed parts (the 尾差 note): down each column (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类) and across each
 * row (`rowAddsUp`, e.g. 本年支出合计 = 基本 + 项目 + …).
 */
function hierarchyRows(
  spec: TableSpec,
  data: ReportData,
  values: Values,
  width: number,
  rowAddsUp: (v: number[]) => boolean,
): { rows: Row[]; tail: boolean } {
  const lines = isSorted(data.functionLines)
    ? data.functionLines
    : [...data.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode));
  const total = new Array<number>(width).fill(0);
  const rows: Row[] = [];
  type Group = { code: string; at: number; sums: number[]; printedChildren: number[]; kind: "class" | "section" };
  const groups: Group[] = [];
  const group = (code: string, kind: Group["kind"]): Group => ({
    code,
    at: rows.length,
    sums: new Array<number>(width).fill(0),
    printedChildren: new Array<number>(width).fill(0),
    kind,
  });
  let cls: Group | undefined;
  let sec: Group | undefined;
  let tail = false;
  const placeholder: Row = { kind: "blank", cells: [] };
  for (const line of lines) {
    const v = values(line);
    if (v.every((x) => x === 0)) continue;
    const code = line.subjectCode;
    if (cls?.code !== code.slice(0, 3)) {
      cls = group(code.slice(0, 3), "class");
      groups.push(cls);
      rows.push(placeholder);
    }
    if (sec?.code !== code.slice(0, 5)) {
      sec = group(code.slice(0, 5), "section");
      groups.push(sec);
      rows.push(placeholder);
    }
    tail ||= !rowAddsUp(v);
    const cells: Cell[] = [{ text: code }, { text: data.functionSubjects[code]?.name ?? "", indent: 2 }];
    for (let i = 0; i < width; i++) {
      const x = v[i]!;
      total[i]! += x;
      cls.sums[i]! += x;
      sec.sums[i]! += x;
      sec.printedChildren[i]! += roundToWanCents(x);
      cells.push(moneyCell(x, spec));
    }
    rows.push({ kind: "item", cells });
  }
  const totalPrinted = new Array<number>(width).fill(0);
  const classByCode = new Map(groups.filter((g) => g.kind === "class").map((g) => [g.code, g]));
  for (const g of groups) {
    const cells: Cell[] = [
      text(g.code),
      text(data.functionSubjects[g.code]?.name ?? "", { indent: g.kind === "class" ? 0 : 1 }),
    ];
    const parent = g.kind === "class" ? totalPrinted : classByCode.get(g.code.slice(0, 3))!.printedChildren;
    g.sums.forEach((x, i) => {
      cells.push(moneyCell(x, spec));
      parent[i]! += roundToWanCents(x);
    });
    rows[g.at] = { kind: g.kind, cells };
  }
  for (const g of groups) {
    g.sums.forEach((x, i) => (tail ||= roundToWanCents(x) !== g.printedChildren[i]));
    tail ||= !rowAddsUp(g.sums);
  }
  total.forEach((x, i) => (tail ||= roundToWanCents(x) !== totalPrinted[i]));
  tail ||= !rowAddsUp(total);
  const totalRow: Row = {
    kind: "total",
    cells: [text("合计", { colSpan: 2, align: "center" }), ...total.map((x) => moneyCell(x, spec))],
  };
  if (rows.length === 0) return { rows: [], tail: false };
  return { rows: spec.totalPosition === "bottom" ? [...rows, totalRow] : [totalRow, ...rows], tail };
}

/** The first column is the sum of the others (本年收入合计, 本年支出合计, 合计 of table 05 …). */
const firstIsSum = (v: number[]) => addsUp(v[0]!, v.slice(1));

/** A 类/款/项 table: header rows (with the 栏次 row when the template prints it), rows, total. */
function hierarchyTable(
  spec: TableSpec,
  ctx: TableContext,
  header: Cell[][],
  values: Values,
  width: number,
  rowAddsUp: (v: number[]) => boolean = firstIsSum,
): Table {
  const { rows, tail } = hierarchyRows(spec, ctx.data, values, width, rowAddsUp);
  return finish(spec, ctx, {
    header: spec.columnNumbers ? [...header, columnNumbers(2, width)] : header,
    rows,
    columns: width + 2,
    empty: rows.length === 0,
    tail,
  });
}

function classTotals(data: ReportData, fields: readonly FunctionMoneyField[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of data.functionLines) {
    const code = l.subjectCode.slice(0, 3);
    out.set(code, (out.get(code) ?? 0) + fields.reduce((s, f) => s + l[f], 0));
  }
  return out;
}

/** A two-sided table (收入 | 支出) with or without the 行次 columns. */
function sided(spec: TableSpec, label: string, lineNo: number, money: Cell[]): Cell[] {
  return spec.rowNumbers ? [text(label), text(String(lineNo), { align: "center" }), ...money] : [text(label), ...money];
}

/** 收入支出决算总表 */
function incomeExpenseSummary(spec: TableSpec, ctx: TableContext): Table {
  const { data, template, k } = ctx;
  const lines = data.functionLines;
  const income: [string, number][] = [
    ["一、一般公共预算财政拨款收入", sumField(lines, "incomeGeneralBudget")],
    ["二、政府性基金预算财政拨款收入", sumField(lines, "incomeGovFund")],
    ["三、国有资本经营预算财政拨款收入", sumField(lines, "incomeStateCapital")],
    ["四、上级补助收入", sumField(lines, "incomeSuperiorSubsidy")],
    ["五、事业收入", sumField(lines, "incomeBusiness")],
    ["六、经营收入", sumField(lines, "incomeOperating")],
    ["七、附属单位上缴收入", sumField(lines, "incomeFromSubsidiary")],
    ["八、其他收入", sumField(lines, "incomeOther")],
  ];
  const byClass = classTotals(data, EXPENSE_FIELDS);
  const expense: [string, number][] = template.expenseClasses.map((c, i) => [
    `${chineseNumber(i + 1)}、${c.name}`,
    byClass.get(c.code) ?? 0,
  ]);
  const body = Math.max(income.length, expense.length);
  const rightStart = body + 4;
  const rows: Row[] = [];
  const side = (label: string, lineNo: number, fen: number | null, align?: "center") => {
    const cells = sided(spec, label, lineNo, [fen === null ? blank() : moneyCell(fen, spec)]);
    if (align) cells[0] = { ...cells[0]!, align };
    return cells;
  };
  for (let i = 0; i < body; i++) {
    const left = income[i];
    const right = expense[i];
    rows.push({
      kind: "line",
      cells: [
        ...side(left?.[0] ?? "", i + 1, left ? left[1] : null),
        ...side(right?.[0] ?? "", rightStart + i + 1, right ? right[1] : null),
      ],
    });
  }
  const grandExpense = k.expenseTotal + data.summary.surplusDistribution + k.carryEndTotal;
  const tailDifference =
    !addsUp(
      k.incomeTotal,
      income.map(([, v]) => v),
    ) ||
    !addsUp(
      k.expenseTotal,
      expense.map(([, v]) => v),
    ) ||
    !addsUp(k.grandTotal, [k.incomeTotal, data.summary.institutionFundUsed, k.carryStartTotal]) ||
    !addsUp(grandExpense, [k.expenseTotal, data.summary.surplusDistribution, k.carryEndTotal]);
  const tail: [string, number, string, number][] = [
    ["本年收入合计", k.incomeTotal, "本年支出合计", k.expenseTotal],
    [
      spec.balancingLabel ?? "使用非财政拨款结余",
      data.summary.institutionFundUsed,
      "结余分配",
      data.summary.surplusDistribution,
    ],
    ["年初结转和结余", k.carryStartTotal, "年末结转和结余", k.carryEndTotal],
    ["总计", k.grandTotal, "总计", grandExpense],
  ];
  tail.forEach(([l, lv, r, rv], j) => {
    rows.push({
      kind: "total",
      cells: [...side(l, body + j + 1, lv, "center"), ...side(r, rightStart + body + j + 1, rv, "center")],
    });
  });
  const amount = spec.amountLabel ?? "金额";
  const perSide = spec.rowNumbers ? 3 : 2;
  const header: Cell[][] = [
    [head("收入", perSide), head("支出", perSide)],
    spec.rowNumbers
      ? [head("项目"), head("行次"), head(amount), head("项目"), head("行次"), head(amount)]
      : [head("项目"), head(amount), head("项目"), head(amount)],
  ];
  if (spec.columnNumbers) {
    header.push(
      spec.rowNumbers
        ? [head("栏次"), head(""), head("1"), head("栏次"), head(""), head("2")]
        : [head("栏次"), head("1"), head("栏次"), head("2")],
    );
  }
  return finish(spec, ctx, {
    header,
    rows,
    columns: perSide * 2,
    empty: k.grandTotal === 0 && grandExpense === 0,
    tail: tailDifference,
  });
}

/** 收入决算表 */
function incomeTable(spec: TableSpec, ctx: TableContext): Table {
  const cols = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
  return hierarchyTable(
    spec,
    ctx,
    [
      [head("项目", 2), ...cols.map((c) => head(c, 1, 2))],
      [head("科目编码"), head("科目名称")],
    ],
    (l) => [
      l.incomeGeneralBudget +
        l.incomeGovFund +
        l.incomeStateCapital +
        l.incomeSuperiorSubsidy +
        l.incomeBusiness +
        l.incomeOperating +
        l.incomeFromSubsidiary +
        l.incomeOther,
      l.incomeGeneralBudget + l.incomeGovFund + l.incomeStateCapital,
      l.incomeSuperiorSubsidy,
      l.incomeBusiness,
      l.incomeOperating,
      l.incomeFromSubsidiary,
      l.incomeOther,
    ],
    7,
  );
}

/** 支出决算表 */
function expenseTable(spec: TableSpec, ctx: TableContext): Table {
  const cols = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
  return hierarchyTable(
    spec,
    ctx,
    [
      [head("项目", 2), ...cols.map((c) => head(c, 1, 2))],
      [head("科目编码"), head("科目名称")],
    ],
    (l) => {
      const basic = l.basicGeneralBudget + l.basicGovFund + l.basicStateCapital + l.basicOtherFunds;
      const project = l.projectGeneralBudget + l.projectGovFund + l.projectStateCapital + l.projectOtherFunds;
      return [
        basic + project + l.remitToSuperior + l.operatingExpense + l.subsidyToSubsidiary,
        basic,
        project,
        l.remitToSuperior,
        l.operatingExpense,
        l.subsidyToSubsidiary,
      ];
    },
    6,
  );
}

/** 财政拨款收入支出决算总表 */
function fiscalSummary(spec: TableSpec, ctx: TableContext): Table {
  const { data, template } = ctx;
  const lines = data.functionLines;
  const gb = classTotals(data, ["basicGeneralBudget", "projectGeneralBudget"]);
  const gf = classTotals(data, ["basicGovFund", "projectGovFund"]);
  const sc = classTotals(data, ["basicStateCapital", "projectStateCapital"]);
  const income: [string, number][] = [
    ["一、一般公共预算财政拨款", sumField(lines, "incomeGeneralBudget")],
    ["二、政府性基金预算财政拨款", sumField(lines, "incomeGovFund")],
    ["三、国有资本经营预算财政拨款", sumField(lines, "incomeStateCapital")],
  ];
  const body = template.expenseClasses.length;
  const rightStart = body + 7;
  const four = (a: number, b: number, c: number) => [a + b + c, a, b, c].map((x) => moneyCell(x, spec));
  const left = (label: string, lineNo: number, fen: number | null, align?: "center") => {
    const cells = sided(spec, label, lineNo, [fen === null ? blank() : moneyCell(fen, spec)]);
    if (align) cells[0] = { ...cells[0]!, align };
    return cells;
  };
  const right = (label: string, lineNo: number, money: Cell[], align?: "center") => {
    const cells = sided(spec, label, lineNo, money);
    if (align) cells[0] = { ...cells[0]!, align };
    return cells;
  };
  const emptyRight = () => Array.from({ length: spec.rowNumbers ? 6 : 5 }, blank);
  const rows: Row[] = template.expenseClasses.map((c, i) => {
    const l = income[i];
    return {
      kind: "line" as const,
      cells: [
        ...left(l?.[0] ?? "", i + 1, l ? l[1] : null),
        ...right(
          `${chineseNumber(i + 1)}、${c.name}`,
          rightStart + i + 1,
          four(gb.get(c.code) ?? 0, gf.get(c.code) ?? 0, sc.get(c.code) ?? 0),
        ),
      ],
    };
  });
  const expGb = sumFields(lines, ["basicGeneralBudget", "projectGeneralBudget"]);
  const expGf = sumFields(lines, ["basicGovFund", "projectGovFund"]);
  const expSc = sumFields(lines, ["basicStateCapital", "projectStateCapital"]);
  const startGb = sumField(lines, "carryStartGeneralBudget");
  const startGf = sumField(lines, "carryStartGovFund");
  const startSc = sumField(lines, "carryStartStateCapital");
  const endGb = sumField(lines, "carryEndGeneralBudget");
  const endGf = sumField(lines, "carryEndGovFund");
  const endSc = sumField(lines, "carryEndStateCapital");
  const incomeTotal = income.reduce((s, [, v]) => s + v, 0);
  // Each 类 row and the three totals: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营; down the columns, the
  // 类 add up to 本年支出合计; 年初 = its three funds; 总计 = 收入 (支出) + 结转, per column.
  const byFund = template.expenseClasses.map((c) => [gb.get(c.code) ?? 0, gf.get(c.code) ?? 0, sc.get(c.code) ?? 0]);
  const columns = [
    [expGb, (r: number[]) => r[0]!],
    [expGf, (r: number[]) => r[1]!],
    [expSc, (r: number[]) => r[2]!],
  ] as const;
  const tail =
    [...byFund, [expGb, expGf, expSc], [endGb, endGf, endSc], [expGb + endGb, expGf + endGf, expSc + endSc]].some(
      (r) => !addsUp(r[0]! + r[1]! + r[2]!, r),
    ) ||
    columns.some(([totalOf, pick]) => !addsUp(totalOf, byFund.map(pick))) ||
    !addsUp(
      incomeTotal,
      income.map(([, v]) => v),
    ) ||
    !addsUp(startGb + startGf + startSc, [startGb, startGf, startSc]) ||
    !addsUp(incomeTotal + startGb + startGf + startSc, [incomeTotal, startGb + startGf + startSc]) ||
    [
      [expGb, endGb],
      [expGf, endGf],
      [expSc, endSc],
    ].some(([e, c]) => !addsUp(e! + c!, [e!, c!]));
  const n = (j: number) => body + j + 1;
  const rn = (j: number) => rightStart + body + j + 1;
  rows.push(
    {
      kind: "total",
      cells: [
        ...left("本年收入合计", n(0), incomeTotal, "center"),
        ...right("本年支出合计", rn(0), four(expGb, expGf, expSc), "center"),
      ],
    },
    {
      kind: "total",
      cells: [
        ...left("年初财政拨款结转和结余", n(1), startGb + startGf + startSc, "center"),
        ...right("年末财政拨款结转和结余", rn(1), four(endGb, endGf, endSc), "center"),
      ],
    },
    { kind: "line", cells: [...left("一、一般公共预算财政拨款", n(2), startGb), ...emptyRight()] },
    { kind: "line", cells: [...left("二、政府性基金预算财政拨款", n(3), startGf), ...emptyRight()] },
    { kind: "line", cells: [...left("三、国有资本经营预算财政拨款", n(4), startSc), ...emptyRight()] },
    {
      kind: "total",
      cells: [
        ...left("总计", n(5), incomeTotal + startGb + startGf + startSc, "center"),
        ...right("总计", rn(5), four(expGb + endGb, expGf + endGf, expSc + endSc), "center"),
      ],
    },
  );
  const amount = spec.amountLabel ?? "金额";
  const funds = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];
  const header: Cell[][] = spec.rowNumbers
    ? [
        [head("收入", 3), head("支出", 6)],
        [head("项目"), head("行次"), head(amount), head("项目"), head("行次"), ...funds.map((f) => head(f))],
      ]
    : [
        [head("收入", 2), head("支出", 5)],
        [head("项目"), head(amount), head("项目"), ...funds.map((f) => head(f))],
      ];
  if (spec.columnNumbers) {
    header.push(
      spec.rowNumbers
        ? [head("栏次"), head(""), head("1"), head("栏次"), head(""), head("2"), head("3"), head("4"), head("5")]
        : [head("栏次"), head("1"), head("栏次"), head("2"), head("3"), head("4"), head("5")],
    );
  }
  return finish(spec, ctx, {
    header,
    rows,
    columns: spec.rowNumbers ? 9 : 7,
    empty: incomeTotal + startGb + startGf + startSc === 0 && expGb + expGf + expSc + endGb + endGf + endSc === 0,
    tail,
  });
}

/** 一般公共预算财政拨款支出决算表 */
function generalBudgetExpense(spec: TableSpec, ctx: TableContext): Table {
  const labels = [spec.subtotalLabel, "基本支出", "项目支出"];
  const header: Cell[][] = spec.band
    ? [
        [head("项目", 2), head(spec.band, 3)],
        [head("科目编码"), head("科目名称"), ...labels.map((l) => head(l))],
      ]
    : [[head("科目编码"), head("科目名称"), ...labels.map((l) => head(l))]];
  return hierarchyTable(
    spec,
    ctx,
    header,
    (l) => [l.basicGeneralBudget + l.projectGeneralBudget, l.basicGeneralBudget, l.projectGeneralBudget],
    3,
  );
}

/** 一般公共预算财政拨款基本支出决算表: every 款 of the groups' 类, used or not. */
function generalBudgetBasic(spec: TableSpec, ctx: TableContext): Table {
  const { data, k } = ctx;
  const amounts = new Map<string, number>();
  for (const e of data.economicLines) {
    amounts.set(e.subjectCode, (amounts.get(e.subjectCode) ?? 0) + e.amount);
    const cls = e.subjectCode.slice(0, 3);
    amounts.set(cls, (amounts.get(cls) ?? 0) + e.amount);
  }
  const subjects = Object.values(data.economicSubjects).sort((a, b) => a.code.localeCompare(b.code));
  const groups = spec.economicGroups ?? [];
  const cols = groups.map((classes) =>
    subjects
      .filter((s) => classes.includes(s.code.slice(0, 3)))
      .map((s) => ({ code: s.code, name: s.name, fen: amounts.get(s.code) ?? 0 })),
  );
  const height = Math.max(0, ...cols.map((c) => c.length));
  const rows: Row[] = [];
  for (let i = 0; i < height; i++) {
    rows.push({
      kind: "line",
      cells: cols.flatMap((c) => {
        const s = c[i];
        return s
          ? [text(s.code), text(s.name, { indent: s.code.length === 3 ? 0 : 1 }), moneyCell(s.fen, spec)]
          : [blank(), blank(), blank()];
      }),
    });
  }
  // 人员经费 under the leading groups of personnel 类, 公用经费 under the rest.
  const firstPublic = groups.findIndex((g) => !g.every((c) => isPersonnelCode(c)));
  const personnelGroups = firstPublic < 0 ? groups.length : Math.max(1, firstPublic);
  const publicGroups = Math.max(0, groups.length - personnelGroups);
  rows.push({
    kind: "total",
    cells: [
      text("人员经费合计", { colSpan: personnelGroups * 3 - 1, align: "center" }),
      moneyCell(k.personnel, spec),
      ...(publicGroups > 0
        ? [text("公用经费合计", { colSpan: publicGroups * 3 - 1, align: "center" }), moneyCell(k.publicUse, spec)]
        : []),
    ],
  });
  const bands = spec.economicBands ?? [];
  const header: Cell[][] = [
    ...(bands.length ? [bands.map((b) => head(b.label, b.groups * 3))] : []),
    groups.flatMap(() => [head("科目编码"), head("科目名称"), head("决算数")]),
  ];
  // As printed: each 类 = Σ its 款; 人员经费合计 = Σ the personnel 类 printed, 公用经费合计 = Σ the others.
  const printedClasses = groups.flat();
  const sections = (cls: string) => subjects.filter((s) => s.code.length === 5 && s.code.startsWith(cls));
  const tail =
    printedClasses.some(
      (cls) =>
        !addsUp(
          amounts.get(cls) ?? 0,
          sections(cls).map((s) => amounts.get(s.code) ?? 0),
        ),
    ) ||
    !addsUp(
      k.personnel,
      printedClasses.filter((c) => isPersonnelCode(c)).map((c) => amounts.get(c) ?? 0),
    ) ||
    !addsUp(
      k.publicUse,
      printedClasses.filter((c) => !isPersonnelCode(c)).map((c) => amounts.get(c) ?? 0),
    );
  return finish(spec, ctx, { header, rows, columns: groups.length * 3, empty: data.economicLines.length === 0, tail });
}

/** 财政拨款“三公”经费支出决算表: one data row of 12 amounts. */
function threePublicTable(spec: TableSpec, ctx: TableContext): Table {
  const a = ctx.data.threePublic.amounts;
  const items = (key: "initialBudget" | "actual") => {
    const abroad = a.abroad[key];
    const purchase = a.vehicle_purchase[key];
    const operation = a.vehicle_operation[key];
    const reception = a.reception[key];
    return [abroad + purchase + operation + reception, abroad, purchase + operation, purchase, operation, reception];
  };
  const budget = items("initialBudget");
  const actual = items("actual");
  const vehicle = spec.vehicleLabel ?? "公务用车购置及运行维护费";
  const operation = spec.vehicleOperationLabel ?? "公务用车运行维护费";
  let header: Cell[][];
  let amounts: number[];
  if (spec.arrangement === "byItem") {
    amounts = budget.flatMap((b, i) => [b, actual[i]!]);
    const pair = () => [head("预算数"), head("决算数")];
    header = [
      ...(spec.band ? [[head(spec.band, 12)]] : []),
      [head("合计", 2), head("因公出国（境）费", 2), head(vehicle, 6), head("公务接待费", 2)],
      [
        head("预算数", 1, 2),
        head("决算数", 1, 2),
        head("预算数", 1, 2),
        head("决算数", 1, 2),
        head("小计", 2),
        head("公务用车购置费", 2),
        head(operation, 2),
        head("预算数", 1, 2),
        head("决算数", 1, 2),
      ],
      [...pair(), ...pair(), ...pair()],
    ];
  } else {
    amounts = [...budget, ...actual];
    const group = () => [
      head("合计", 1, 2),
      head("因公出国（境）费", 1, 2),
      head(vehicle, 3),
      head("公务接待费", 1, 2),
    ];
    const sub = () => [head("小计"), head("公务用车购置费"), head(operation)];
    header = [
      ...(spec.band ? [[head(spec.band, 12)]] : []),
      [head("预算数", 6), head("决算数", 6)],
      [...group(), ...group()],
      [...sub(), ...sub()],
    ];
  }
  if (spec.columnNumbers) header.push(Array.from({ length: 12 }, (_, i) => head(String(i + 1))));
  const cells = amounts.map((x) => moneyCell(x, spec));
  // 合计 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运行, for 预算数 and 决算数, as printed.
  const tail = [budget, actual].some(
    ([total, abroad, vehicle, purchase, operation, reception]) =>
      !addsUp(total!, [abroad!, vehicle!, reception!]) || !addsUp(vehicle!, [purchase!, operation!]),
  );
  return finish(spec, ctx, {
    header,
    rows: [{ kind: "line", cells }],
    columns: 12,
    empty: amounts.every((x) => x === 0),
    tail,
  });
}

/** 政府性基金 (and, in its 收入支出 shape, 国有资本经营) 预算财政拨款收入支出决算表 */
function fundIncomeExpense(spec: TableSpec, ctx: TableContext, fund: "GovFund" | "StateCapital"): Table {
  return hierarchyTable(
    spec,
    ctx,
    [
      [
        head("项目", 2),
        head("年初结转和结余", 1, 2),
        head("本年收入", 1, 2),
        head("本年支出", 3),
        head("年末结转和结余", 1, 2),
      ],
      [head("科目编码"), head("科目名称"), head(spec.subtotalLabel), head("基本支出"), head("项目支出")],
    ],
    (l) => [
      l[`carryStart${fund}`],
      l[`income${fund}`],
      l[`basic${fund}`] + l[`project${fund}`],
      l[`basic${fund}`],
      l[`project${fund}`],
      l[`carryEnd${fund}`],
    ],
    6,
    // 本年支出 = 基本 + 项目, and 年初 + 收入 − 支出 = 年末, as printed.
    ([start, income, spent, basic, project, end]) =>
      addsUp(spent!, [basic!, project!]) &&
      roundToWanCents(start!) + roundToWanCents(income!) - roundToWanCents(spent!) === roundToWanCents(end!),
  );
}

/** 国有资本经营预算财政拨款支出决算表 (本年支出 only) */
function stateCapitalExpense(spec: TableSpec, ctx: TableContext): Table {
  return hierarchyTable(
    spec,
    ctx,
    [
      [head("项目", 2), head("本年支出", 3)],
      [head("科目编码"), head("科目名称"), head(spec.subtotalLabel), head("基本支出"), head("项目支出")],
    ],
    (l) => [l.basicStateCapital + l.projectStateCapital, l.basicStateCapital, l.projectStateCapital],
    3,
  );
}

const BUILDERS: Record<TableKind, (spec: TableSpec, ctx: TableContext) => Table> = {
  incomeExpenseSummary,
  income: incomeTable,
  expense: expenseTable,
  fiscalSummary,
  generalBudgetExpense,
  generalBudgetBasic,
  threePublic: threePublicTable,
  govFund: (spec, ctx) => fundIncomeExpense(spec, ctx, "GovFund"),
  stateCapital: (spec, ctx) =>
    spec.shape === "incomeExpense" ? fundIncomeExpense(spec, ctx, "StateCapital") : stateCapitalExpense(spec, ctx),
};

/** The template's tables, in its order (ids 01, 02, … by place). */
export function buildTables(data: ReportData, template: DisclosureTemplate, k: KeyFigures = keyFigures(data)): Table[] {
  return template.tables.map((spec, i) => ({
    ...BUILDERS[spec.kind](spec, { data, template, k }),
    id: String(i + 1).padStart(2, "0"),
  }));
}

/** One table of a kind, if the template has it. */
export function tableOf(tables: Table[], kind: TableKind): Table | undefined {
  return tables.find((t) => t.kind === kind);
}
