/**
 * The nine 决算公开 tables, built from line items in the official layout: multi-level headers, 栏次,
 * 类/款/项 rows aggregated from the 项 lines, 合计/总计 rows, and the empty-table statement. Every amount
 * cell carries its exact 分; zero cells print blank (docs/decisions/005-disclosure-engine.md). Pure.
 */
import { formatWan, roundToWanCents } from "../money";
import { EXPENSE_FIELDS, keyFigures, type KeyFigures, sumField, sumFields } from "./derive";
import type { Cell, Row, Table } from "./model";
import type { FunctionLine, FunctionMoneyField, ReportData } from "./report-data";
import type { DisclosureTemplate } from "./templates";

const NUMERALS = "一二三四五六七八九十";
/** 一, 二, …, 十, 十一, …, 二十六 */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  if (n < 20) return `十${NUMERALS[n - 11]!}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${NUMERALS[tens - 1]!}十${ones ? NUMERALS[ones - 1]! : ""}`;
}

export const money = (fen: number): Cell => ({ text: fen === 0 ? "" : formatWan(fen), fen });
const text = (t: string, extra?: Partial<Cell>): Cell => (extra ? { text: t, ...extra } : { text: t });
const blank = (): Cell => ({ text: "" });
const head = (t: string, colSpan = 1, rowSpan = 1): Cell => ({ text: t, colSpan, rowSpan, align: "center" });

function frame(
  data: ReportData,
  template: DisclosureTemplate,
  id: string,
  title: string,
): Omit<Table, "header" | "rows" | "columns" | "empty" | "notes"> {
  return {
    id,
    number: `决算公开${id}表`,
    title,
    organisation: `编制单位：${data.report.departmentName}`,
    unit: `单位：${template.unit}`,
  };
}

/** 栏次 row: the label over the first `labelSpan` columns, then 1…n. */
function columnNumbers(labelSpan: number, count: number, prefix: Cell[] = []): Cell[] {
  return [head("栏次", labelSpan), ...prefix, ...Array.from({ length: count }, (_, i) => head(String(i + 1)))];
}

type Values = (line: FunctionLine) => number[];

/**
 * 合计 and the 类/款/项 rows of the function classification with non-zero values, aggregated from the
 * 项 lines in one pass over the lines in code order. Each row: 科目编码 | 科目名称 | values….
 */
function hierarchyRows(data: ReportData, values: Values, width: number): { rows: Row[]; tail: boolean } {
  const lines = isSorted(data.functionLines)
    ? data.functionLines
    : [...data.functionLines].sort((a, b) => a.subjectCode.localeCompare(b.subjectCode));
  const total = new Array<number>(width).fill(0);
  const rows: Row[] = [];
  // Each group also adds up its children as printed, to find 尾差 without a second pass.
  const groups: { code: string; at: number; sums: number[]; printedChildren: number[]; kind: "class" | "section" }[] =
    [];
  let cls: (typeof groups)[number] | undefined;
  let sec: (typeof groups)[number] | undefined;
  const placeholder: Row = { kind: "blank", cells: [] };
  for (const line of lines) {
    const v = values(line);
    let nonZero = false;
    for (let i = 0; i < width; i++) if (v[i] !== 0) nonZero = true;
    if (!nonZero) continue;
    const code = line.subjectCode;
    const classCode = code.slice(0, 3);
    const sectionCode = code.slice(0, 5);
    if (cls?.code !== classCode) {
      cls = {
        code: classCode,
        at: rows.length,
        sums: new Array<number>(width).fill(0),
        printedChildren: new Array<number>(width).fill(0),
        kind: "class",
      };
      groups.push(cls);
      rows.push(placeholder);
    }
    if (sec?.code !== sectionCode) {
      sec = {
        code: sectionCode,
        at: rows.length,
        sums: new Array<number>(width).fill(0),
        printedChildren: new Array<number>(width).fill(0),
        kind: "section",
      };
      groups.push(sec);
      rows.push(placeholder);
    }
    const cells: Cell[] = [{ text: code }, { text: data.functionSubjects[code]?.name ?? "", indent: 2 }];
    for (let i = 0; i < width; i++) {
      const x = v[i]!;
      total[i]! += x;
      cls.sums[i]! += x;
      sec.sums[i]! += x;
      sec.printedChildren[i]! += roundToWanCents(x);
      cells.push(money(x));
    }
    rows.push({ kind: "item", cells });
  }
  let tail = false;
  const totalPrinted = new Array<number>(width).fill(0);
  const classByCode = new Map(groups.filter((g) => g.kind === "class").map((g) => [g.code, g]));
  for (const g of groups) {
    const cells: Cell[] = [
      text(g.code),
      text(data.functionSubjects[g.code]?.name ?? "", { indent: g.kind === "class" ? 0 : 1 }),
    ];
    const parent = g.kind === "class" ? totalPrinted : classByCode.get(g.code.slice(0, 3))!.printedChildren;
    g.sums.forEach((x, i) => {
      cells.push(money(x));
      parent[i]! += roundToWanCents(x);
    });
    rows[g.at] = { kind: g.kind, cells };
  }
  for (const g of groups) g.sums.forEach((x, i) => (tail ||= roundToWanCents(x) !== g.printedChildren[i]));
  total.forEach((x, i) => (tail ||= roundToWanCents(x) !== totalPrinted[i]));
  const totalCells: Cell[] = [text("合计", { colSpan: 2, align: "center" })];
  for (const x of total) totalCells.push(money(x));
  return { rows: [{ kind: "total", cells: totalCells }, ...rows], tail };
}

export const TAIL_DIFFERENCE_NOTE =
  "注：本表金额单位为万元，按四舍五入保留两位小数，合计数与分项之和的尾差系四舍五入所致。";
const tailNote = (tail: boolean) => (tail ? [TAIL_DIFFERENCE_NOTE] : []);

function isSorted(lines: readonly FunctionLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if (lines[i - 1]!.subjectCode > lines[i]!.subjectCode) return false;
  return true;
}

function classTotals(data: ReportData, fields: readonly FunctionMoneyField[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of data.functionLines) {
    const code = l.subjectCode.slice(0, 3);
    out.set(code, (out.get(code) ?? 0) + fields.reduce((s, f) => s + l[f], 0));
  }
  return out;
}

/** 公开01表 收入支出决算总表 */
export function table01(data: ReportData, template: DisclosureTemplate, k: KeyFigures = keyFigures(data)): Table {
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
  for (let i = 0; i < body; i++) {
    const left = income[i];
    const right = expense[i];
    rows.push({
      kind: "line",
      cells: [
        text(left?.[0] ?? ""),
        text(String(i + 1), { align: "center" }),
        left ? money(left[1]) : blank(),
        text(right?.[0] ?? ""),
        text(String(rightStart + i + 1), { align: "center" }),
        right ? money(right[1]) : blank(),
      ],
    });
  }
  const grandExpense = k.expenseTotal + data.summary.surplusDistribution + k.carryEndTotal;
  const tail: [string, number, string, number][] = [
    ["本年收入合计", k.incomeTotal, "本年支出合计", k.expenseTotal],
    [template.institutionFundLabel, data.summary.institutionFundUsed, "结余分配", data.summary.surplusDistribution],
    ["年初结转和结余", k.carryStartTotal, "年末结转和结余", k.carryEndTotal],
    ["总计", k.grandTotal, "总计", grandExpense],
  ];
  tail.forEach(([l, lv, r, rv], j) => {
    rows.push({
      kind: "total",
      cells: [
        text(l, { align: "center" }),
        text(String(body + j + 1), { align: "center" }),
        money(lv),
        text(r, { align: "center" }),
        text(String(rightStart + body + j + 1), { align: "center" }),
        money(rv),
      ],
    });
  });
  return {
    ...frame(data, template, "01", "收入支出决算总表"),
    header: [
      [head("收入", 3), head("支出", 3)],
      [head("项目"), head("行次"), head("金额"), head("项目"), head("行次"), head("金额")],
      [head("栏次"), head(""), head("1"), head("栏次"), head(""), head("2")],
    ],
    rows,
    columns: 6,
    empty: false,
    notes: ["注：本表反映部门本年度的总收支和年末结转结余情况。"],
  };
}

/** 公开02表 收入决算表 */
export function table02(data: ReportData, template: DisclosureTemplate): Table {
  const { rows, tail } = hierarchyRows(
    data,
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
  const cols = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
  return {
    ...frame(data, template, "02", "收入决算表"),
    header: [
      [head("项目", 2), ...cols.map((c) => head(c, 1, 2))],
      [head("科目编码"), head("科目名称")],
      columnNumbers(2, 7),
    ],
    rows,
    columns: 9,
    empty: rows.length <= 1,
    notes: ["注：本表反映部门本年度取得的各项收入情况。", ...tailNote(tail)],
  };
}

/** 公开03表 支出决算表 */
export function table03(data: ReportData, template: DisclosureTemplate): Table {
  const { rows, tail } = hierarchyRows(
    data,
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
  const cols = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
  return {
    ...frame(data, template, "03", "支出决算表"),
    header: [
      [head("项目", 2), ...cols.map((c) => head(c, 1, 2))],
      [head("科目编码"), head("科目名称")],
      columnNumbers(2, 6),
    ],
    rows,
    columns: 8,
    empty: rows.length <= 1,
    notes: ["注：本表反映部门本年度各项支出情况。", ...tailNote(tail)],
  };
}

/** 公开04表 财政拨款收入支出决算总表 */
export function table04(data: ReportData, template: DisclosureTemplate): Table {
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
  const four = (a: number, b: number, c: number) => [money(a + b + c), money(a), money(b), money(c)];
  const rows: Row[] = template.expenseClasses.map((c, i) => {
    const left = income[i];
    return {
      kind: "line" as const,
      cells: [
        text(left?.[0] ?? ""),
        text(String(i + 1), { align: "center" }),
        left ? money(left[1]) : blank(),
        text(`${chineseNumber(i + 1)}、${c.name}`),
        text(String(rightStart + i + 1), { align: "center" }),
        ...four(gb.get(c.code) ?? 0, gf.get(c.code) ?? 0, sc.get(c.code) ?? 0),
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
  const n = (j: number) => text(String(body + j + 1), { align: "center" });
  const rn = (j: number) => text(String(rightStart + body + j + 1), { align: "center" });
  const emptyRight = [text(""), text(""), blank(), blank(), blank(), blank()];
  rows.push(
    {
      kind: "total",
      cells: [
        text("本年收入合计", { align: "center" }),
        n(0),
        money(incomeTotal),
        text("本年支出合计", { align: "center" }),
        rn(0),
        ...four(expGb, expGf, expSc),
      ],
    },
    {
      kind: "total",
      cells: [
        text("年初财政拨款结转和结余", { align: "center" }),
        n(1),
        money(startGb + startGf + startSc),
        text("年末财政拨款结转和结余", { align: "center" }),
        rn(1),
        ...four(endGb, endGf, endSc),
      ],
    },
    { kind: "line", cells: [text("一、一般公共预算财政拨款"), n(2), money(startGb), ...emptyRight] },
    { kind: "line", cells: [text("二、政府性基金预算财政拨款"), n(3), money(startGf), ...emptyRight] },
    { kind: "line", cells: [text("三、国有资本经营预算财政拨款"), n(4), money(startSc), ...emptyRight] },
    {
      kind: "total",
      cells: [
        text("总计", { align: "center" }),
        n(5),
        money(incomeTotal + startGb + startGf + startSc),
        text("总计", { align: "center" }),
        rn(5),
        ...four(expGb + endGb, expGf + endGf, expSc + endSc),
      ],
    },
  );
  return {
    ...frame(data, template, "04", "财政拨款收入支出决算总表"),
    header: [
      [head("收入", 3), head("支出", 6)],
      [
        head("项目"),
        head("行次"),
        head("金额"),
        head("项目"),
        head("行次"),
        head("合计"),
        head("一般公共预算财政拨款"),
        head("政府性基金预算财政拨款"),
        head("国有资本经营预算财政拨款"),
      ],
      [head("栏次"), head(""), head("1"), head("栏次"), head(""), head("2"), head("3"), head("4"), head("5")],
    ],
    rows,
    columns: 9,
    empty: false,
    notes: [
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    ],
  };
}

/** 公开05表 一般公共预算财政拨款支出决算表 */
export function table05(data: ReportData, template: DisclosureTemplate): Table {
  const { rows, tail } = hierarchyRows(
    data,
    (l) => [l.basicGeneralBudget + l.projectGeneralBudget, l.basicGeneralBudget, l.projectGeneralBudget],
    3,
  );
  return {
    ...frame(data, template, "05", "一般公共预算财政拨款支出决算表"),
    header: [
      [head("项目", 2), head("本年支出", 3)],
      [head("科目编码"), head("科目名称"), head(template.subtotalLabel), head("基本支出"), head("项目支出")],
      columnNumbers(2, 3),
    ],
    rows,
    columns: 5,
    empty: rows.length <= 1,
    notes: ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", ...tailNote(tail)],
  };
}

/** 公开06表 一般公共预算财政拨款基本支出决算表: every 款 of the catalog, used or not. */
export function table06(data: ReportData, template: DisclosureTemplate, k: KeyFigures = keyFigures(data)): Table {
  const amounts = new Map<string, number>();
  for (const e of data.economicLines) {
    amounts.set(e.subjectCode, (amounts.get(e.subjectCode) ?? 0) + e.amount);
    const cls = e.subjectCode.slice(0, 3);
    amounts.set(cls, (amounts.get(cls) ?? 0) + e.amount);
  }
  const subjects = Object.values(data.economicSubjects).sort((a, b) => a.code.localeCompare(b.code));
  const column = (classes: string[]) =>
    subjects
      .filter((s) => classes.includes(s.code.slice(0, 3)))
      .map((s) => ({ code: s.code, name: s.name, fen: amounts.get(s.code) ?? 0 }));
  const [personnelClasses, publicA, publicB] = template.economicColumns;
  const cols = [column(personnelClasses), column(publicA), column(publicB)];
  const height = Math.max(...cols.map((c) => c.length));
  const rows: Row[] = [];
  for (let i = 0; i < height; i++) {
    rows.push({
      kind: "line",
      cells: cols.flatMap((c) => {
        const s = c[i];
        return s
          ? [text(s.code), text(s.name, { indent: s.code.length === 3 ? 0 : 1 }), money(s.fen)]
          : [blank(), blank(), blank()];
      }),
    });
  }
  rows.push({
    kind: "total",
    cells: [
      text("人员经费合计", { colSpan: 2, align: "center" }),
      money(k.personnel),
      text("公用经费合计", { colSpan: 5, align: "center" }),
      money(k.publicUse),
    ],
  });
  return {
    ...frame(data, template, "06", "一般公共预算财政拨款基本支出决算表"),
    header: [
      [head("人员经费", 3), head("公用经费", 6)],
      [
        head("科目编码"),
        head("科目名称"),
        head("决算数"),
        head("科目编码"),
        head("科目名称"),
        head("决算数"),
        head("科目编码"),
        head("科目名称"),
        head("决算数"),
      ],
    ],
    rows,
    columns: 9,
    empty: data.economicLines.length === 0,
    notes: ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"],
  };
}

/** 公开07表 一般公共预算财政拨款“三公”经费支出决算表: one data row, 12 columns. */
export function table07(data: ReportData, template: DisclosureTemplate): Table {
  const a = data.threePublic.amounts;
  const block = (key: "initialBudget" | "actual") => {
    const abroad = a.abroad[key];
    const purchase = a.vehicle_purchase[key];
    const operation = a.vehicle_operation[key];
    const reception = a.reception[key];
    return [
      abroad + purchase + operation + reception,
      abroad,
      purchase + operation,
      purchase,
      operation,
      reception,
    ].map(money);
  };
  const group = () => [
    head("合计", 1, 2),
    head("因公出国（境）费", 1, 2),
    head("公务用车购置及运行费", 3),
    head("公务接待费", 1, 2),
  ];
  const sub = () => [head("小计"), head("公务用车购置费"), head("公务用车运行费")];
  const cells = [...block("initialBudget"), ...block("actual")];
  const empty = cells.every((c) => c.fen === 0);
  return {
    ...frame(data, template, "07", "一般公共预算财政拨款“三公”经费支出决算表"),
    header: [
      [head("预算数", 6), head("决算数", 6)],
      [...group(), ...group()],
      [...sub(), ...sub()],
      Array.from({ length: 12 }, (_, i) => head(String(i + 1))),
    ],
    rows: [{ kind: "line", cells }],
    columns: 12,
    empty,
    notes: [
      "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
      ...(empty ? [`说明：本部门${data.report.year}年度没有财政拨款“三公”经费支出，故本表无数据。`] : []),
    ],
  };
}

/** 公开08表 政府性基金预算财政拨款收入支出决算表 */
export function table08(data: ReportData, template: DisclosureTemplate): Table {
  const { rows, tail } = hierarchyRows(
    data,
    (l) => [
      l.carryStartGovFund,
      l.incomeGovFund,
      l.basicGovFund + l.projectGovFund,
      l.basicGovFund,
      l.projectGovFund,
      l.carryEndGovFund,
    ],
    6,
  );
  const empty = rows.length <= 1;
  return {
    ...frame(data, template, "08", "政府性基金预算财政拨款收入支出决算表"),
    header: [
      [
        head("项目", 2),
        head("年初结转和结余", 1, 2),
        head("本年收入", 1, 2),
        head("本年支出", 3),
        head("年末结转和结余", 1, 2),
      ],
      [head("科目编码"), head("科目名称"), head("小计"), head("基本支出"), head("项目支出")],
      columnNumbers(2, 6),
    ],
    rows: empty ? [] : rows,
    columns: 8,
    empty,
    notes: [
      "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
      ...tailNote(tail),
      ...(empty ? [`说明：${template.emptyTableStatement}`] : []),
    ],
  };
}

/** 公开09表 国有资本经营预算财政拨款支出决算表 (FY2020: three columns) */
export function table09(data: ReportData, template: DisclosureTemplate): Table {
  const { rows, tail } = hierarchyRows(
    data,
    (l) => [l.basicStateCapital + l.projectStateCapital, l.basicStateCapital, l.projectStateCapital],
    3,
  );
  const empty = rows.length <= 1;
  return {
    ...frame(data, template, "09", "国有资本经营预算财政拨款支出决算表"),
    header: [
      [head("项目", 2), head("本年支出", 3)],
      [head("科目编码"), head("科目名称"), head("合计"), head("基本支出"), head("项目支出")],
      columnNumbers(2, 3),
    ],
    rows: empty ? [] : rows,
    columns: 5,
    empty,
    notes: [
      "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
      ...tailNote(tail),
      ...(empty ? [`说明：${template.emptyTableStatement}`] : []),
    ],
  };
}

export function buildTables(data: ReportData, template: DisclosureTemplate, k: KeyFigures = keyFigures(data)): Table[] {
  return [table01, table02, table03, table04, table05, table06, table07, table08, table09].map((build) =>
    build(data, template, k),
  );
}
