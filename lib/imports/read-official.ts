/**
 * Reading the official 决算公开 tables as this app exports them (lib/export/xlsx.ts: one sheet per table,
 * 万元 to two decimals, merged multi-level headers, 类/款/合计 rows) back into line items — where the tables
 * carry them: per 项 the income by source (02), the expense by kind (03), the 一般公共预算 基本/项目支出
 * (05), the 政府性基金 (08) and 国有资本经营 (09) figures; the 经济分类 款 (06); the “三公” budget and actual
 * amounts (07). What no table carries per subject (the 一般公共预算 and 非财政拨款 年初/年末结转和结余, the
 * budgets, 上年决算数) is not imported. Derived by difference, exactly: 一般公共预算财政拨款收入 = 财政拨款收入
 * − 政府性基金 − 国有资本经营 收入; 非财政拨款 基本/项目支出 = 支出决算表's − the three fiscal funds'. Totals
 * and 类/款 rows are checked as in any sheet. Pure.
 */
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "../disclosure/report-data";
import type { ThreePublicItem } from "../domain";
import { formatYuan } from "../money";
import type { ReadSheet } from "../spreadsheets/read-workbook";
import { normaliseHeader, type TableLayout } from "./layouts";
import type { CodedLine, ImportContext, ImportRead, ReadThreePublic, ThreePublicField } from "./read-import";
import { readCoded } from "./read-import";
import { columnLetter, locateTable, readMoneyCell, type ImportProblem, type LocatedTable } from "./read-tables";

const CODE = { key: "code", kind: "code" as const, header: "科目编码", required: true };
const NAME = { key: "name", kind: "name" as const, header: "科目名称" };
const money = (key: string, header: string, aliases: string[] = [], required = false) => ({
  key,
  kind: "money" as const,
  header,
  aliases,
  required,
});

const INCOME: TableLayout = {
  sheet: "收入决算表",
  sheetHints: [],
  columns: [
    CODE,
    NAME,
    money("fiscal", "财政拨款收入", [], true),
    money("incomeSuperiorSubsidy", "上级补助收入"),
    money("incomeBusiness", "事业收入"),
    money("incomeOperating", "经营收入"),
    money("incomeFromSubsidiary", "附属单位上缴收入"),
    money("incomeOther", "其他收入"),
  ],
};
const EXPENSE: TableLayout = {
  sheet: "支出决算表",
  sheetHints: [],
  columns: [
    CODE,
    NAME,
    money("basic", "基本支出", [], true),
    money("project", "项目支出", [], true),
    money("remitToSuperior", "上缴上级支出"),
    money("operatingExpense", "经营支出"),
    money("subsidyToSubsidiary", "对附属单位补助支出"),
  ],
};
const TWO_KINDS: TableLayout = {
  sheet: "",
  sheetHints: [],
  columns: [
    CODE,
    NAME,
    money("carryStart", "年初结转和结余"),
    money("income", "本年收入"),
    money("basic", "基本支出", ["本年支出基本支出"], true),
    money("project", "项目支出", ["本年支出项目支出"], true),
    money("carryEnd", "年末结转和结余"),
  ],
};

/** Which official table a sheet holds, by its name or title (the export names a sheet “02 收入决算表”). */
function kindOf(sheet: ReadSheet): string | null {
  const title = normaliseHeader(
    `${sheet.name}${sheet.rows
      .slice(0, 3)
      .map((r) => r.cells.map((c) => c.text).join(""))
      .join("")}`,
  );
  if (title.includes("基本支出决算表")) return "economic";
  if (title.includes("三公")) return "threePublic";
  if (title.includes("政府性基金")) return "govFund";
  if (title.includes("国有资本经营")) return "stateCapital";
  if (title.includes("一般公共预算财政拨款支出决算表")) return "generalBudget";
  if (title.includes("总表")) return null;
  if (title.includes("收入决算表")) return "income";
  if (title.includes("支出决算表")) return "expense";
  return null;
}

/** Whether a workbook looks like the app's export of the nine tables. */
export function isOfficialWorkbook(sheets: ReadSheet[]): boolean {
  const kinds = new Set(sheets.map(kindOf));
  return kinds.has("income") && kinds.has("expense");
}

type Lines = Map<string, Record<string, number>>;

function readFunctionTable(
  sheet: ReadSheet,
  layout: TableLayout,
  ctx: ImportContext,
  problems: ImportProblem[],
): { lines: Lines; names: Map<string, string> } | null {
  const t = locateTable(sheet, layout);
  if (!t) {
    problems.push({
      sheet: sheet.name,
      row: null,
      column: null,
      message: "没有找到表头（科目编码、科目名称和金额列）。",
    });
    return null;
  }
  const fields = layout.columns.filter((c) => c.kind === "money").map((c) => c.key);
  const read = readCoded(
    t,
    {
      itemLength: 7,
      subtotalLengths: [3, 5],
      levelWord: "项",
      fields,
      known: ctx.functionItems,
      catalogName: `${ctx.year}年支出功能分类科目表的项级科目`,
      addable: true,
      skipText: true,
    },
    problems,
  );
  return {
    lines: new Map(read.lines.map((l) => [l.code, l.values as Record<string, number>])),
    names: new Map(read.lines.map((l) => [l.code, l.name])),
  };
}

/** 06: (科目编码, 科目名称, 决算数) blocks side by side; 类 rows checked against their 款. */
function readEconomic(sheet: ReadSheet, ctx: ImportContext, problems: ImportProblem[]) {
  const header = sheet.rows.findIndex((r) => r.cells.filter((c) => normaliseHeader(c.text) === "科目编码").length > 0);
  if (header < 0) return null;
  const cells = sheet.rows[header]!.cells;
  const blocks: number[] = [];
  cells.forEach((c, i) => {
    if (normaliseHeader(c.text) === "科目编码" && !c.merged) blocks.push(i);
  });
  const lines: CodedLine<"amount" | "priorYearAmount">[] = [];
  const classes: { row: number; column: string; code: string; fen: number }[] = [];
  for (const start of blocks) {
    const t: LocatedTable = {
      sheet: { name: sheet.name, rows: sheet.rows },
      layout: { sheet: sheet.name, sheetHints: [], columns: [] },
      headerIndex: header,
      columns: new Map([
        ["code", start],
        ["name", start + 1],
        ["amount", start + 2],
      ]),
      units: new Map([["amount", "wan"]]),
      headers: new Map([["amount", "决算数"]]),
    };
    const read = readCoded(
      t,
      {
        itemLength: 5,
        subtotalLengths: [3],
        levelWord: "款",
        fields: ["amount"] as const,
        known: ctx.economicSections,
        catalogName: `${ctx.year}年支出经济分类科目表`,
        addable: false,
        skipText: true,
        checkSubtotals: false,
      },
      problems,
    );
    // 类 rows: checked below against all blocks (a 类's 款 may continue in the next block).
    for (const row of sheet.rows.slice(header + 1)) {
      const code = (row.cells[start]?.text ?? "").replace(/\s/g, "");
      if (!/^\d{3}$/.test(code)) continue;
      const v = readMoneyCell(t, row, "amount", problems);
      if (v && !v.empty) classes.push({ row: row.row, column: columnLetter(start + 2), code, fen: v.fen });
    }
    lines.push(
      ...read.lines
        .filter((l) => (l.values.amount ?? 0) !== 0)
        .map((l) => ({ ...l, values: { amount: l.values.amount! } })),
    );
  }
  for (const c of classes) {
    const sum = lines.filter((l) => l.code.startsWith(c.code)).reduce((a, l) => a + BigInt(l.values.amount ?? 0), 0n);
    if (sum !== BigInt(c.fen)) {
      problems.push({
        sheet: sheet.name,
        row: c.row,
        column: c.column,
        message: `类${c.code}的决算数与其各款之和不符（相差${formatYuan(Number(BigInt(c.fen) - sum))}元）。`,
      });
    }
  }
  return { sheet: sheet.name, columns: ["amount" as const], lines };
}

const ITEM_WORDS: [string, ThreePublicItem][] = [
  ["因公出国", "abroad"],
  ["公务用车购置费", "vehicle_purchase"],
  ["公务用车运行", "vehicle_operation"],
  ["公务接待", "reception"],
];

/** 07: one row of figures under a header of 预算数/决算数 by item (in either nesting). */
function readThreePublic(sheet: ReadSheet, problems: ImportProblem[]): ReadThreePublic | null {
  const numeric = (i: number) => sheet.rows[i]!.cells.some((c) => c.numeric || /^[\d.,]+$/.test(c.text.trim()));
  // The 栏次 row numbers its columns 1, 2, 3 …; the figures are the first numeric row that is not it.
  const ordinal = (i: number) =>
    sheet.rows[i]!.cells.every((c, k) => c.text.trim() === "" || c.text.trim() === String(k + 1));
  const dataIndex = sheet.rows.findIndex((r, i) => i > 2 && numeric(i) && !ordinal(i));
  if (dataIndex < 0) return null;
  const data = sheet.rows[dataIndex]!;
  const amounts: ReadThreePublic["amounts"] = {};
  // The header: the rows between the unit line (“单位：万元”, under the title) and the figures.
  const unitLine = sheet.rows.findIndex((r) => r.cells.some((c) => c.text.includes("单位")));
  const headerRows = sheet.rows.slice(unitLine + 1, dataIndex).filter((_, k) => !ordinal(unitLine + 1 + k));
  data.cells.forEach((cell, col) => {
    const label = headerRows.map((r) => r.cells[col]?.text ?? "").join("");
    const field: ThreePublicField | null = label.includes("预算")
      ? "initialBudget"
      : label.includes("决算")
        ? "actual"
        : null;
    const item = ITEM_WORDS.find(([w]) => label.includes(w))?.[1];
    if (!field || !item || /小计|合计/.test(label.replace(/公务用车购置及运行(维护)?费/, ""))) return;
    if (item === "vehicle_operation" && label.includes("购置费")) return;
    const t: LocatedTable = {
      sheet,
      layout: { sheet: sheet.name, sheetHints: [], columns: [] },
      headerIndex: dataIndex - 1,
      columns: new Map([["v", col]]),
      units: new Map([["v", "wan"]]),
      headers: new Map([["v", label]]),
    };
    const v = readMoneyCell(t, data, "v", problems);
    if (v) (amounts[item] ??= {})[field] = v.fen;
  });
  if (Object.keys(amounts).length === 0) {
    problems.push({
      sheet: sheet.name,
      row: data.row,
      column: columnLetter(0),
      message: "没有读到“三公”经费的预算数和决算数。",
    });
  }
  return { sheet: sheet.name, columns: ["initialBudget", "actual"], amounts, quantities: null };
}

/**
 * The line fields the official tables carry per subject: all but the 一般公共预算 and 非财政拨款
 * 结转和结余, the budgets and the 上年决算数, which no table prints by 项.
 */
const NOT_IN_TABLES = new Set<FunctionMoneyField>([
  "carryStartGeneralBudget",
  "carryStartOther",
  "carryEndGeneralBudget",
  "carryEndOther",
  "initialBudgetGeneralBudget",
  "initialBudgetGovFund",
  "initialBudgetStateCapital",
  "adjustedBudgetGeneralBudget",
  "priorYearTotal",
  "priorYearGeneralBudget",
  "priorYearGovFund",
  "priorYearStateCapital",
]);
const FIELD_ORDER = FUNCTION_MONEY_FIELDS.filter((f) => !NOT_IN_TABLES.has(f));

/** The official tables of a workbook → the sections they carry. */
export function readOfficialTables(sheets: ReadSheet[], ctx: ImportContext): ImportRead {
  const problems: ImportProblem[] = [];
  const bySheet = new Map<string, ReadSheet>();
  for (const s of sheets) {
    const k = kindOf(s);
    if (k && !bySheet.has(k)) bySheet.set(k, s);
  }
  const table = (k: string, layout: TableLayout) => {
    const s = bySheet.get(k);
    return s ? readFunctionTable(s, layout, ctx, problems) : null;
  };
  const income = table("income", INCOME);
  const expense = table("expense", EXPENSE);
  const gb = table("generalBudget", {
    ...TWO_KINDS,
    columns: TWO_KINDS.columns.filter((c) => !/carry|income/.test(c.key)),
  });
  const gf = table("govFund", TWO_KINDS);
  const sc = table("stateCapital", {
    ...TWO_KINDS,
    columns: TWO_KINDS.columns.map((c) => (c.required ? c : { ...c, required: false })),
  });
  const codes = new Set<string>();
  const names = new Map<string, string>();
  for (const t of [income, expense, gb, gf, sc]) {
    for (const [code] of t?.lines ?? []) codes.add(code);
    for (const [code, name] of t?.names ?? []) if (!names.has(code)) names.set(code, name);
  }
  const out: ImportRead = { problems };
  const v = (t: typeof income, code: string, key: string) => t?.lines.get(code)?.[key] ?? 0;
  const lines: CodedLine<FunctionMoneyField>[] = [];
  for (const code of [...codes].sort()) {
    const values: Partial<Record<FunctionMoneyField, number>> = {
      incomeGovFund: v(gf, code, "income"),
      incomeStateCapital: v(sc, code, "income"),
      incomeSuperiorSubsidy: v(income, code, "incomeSuperiorSubsidy"),
      incomeBusiness: v(income, code, "incomeBusiness"),
      incomeOperating: v(income, code, "incomeOperating"),
      incomeFromSubsidiary: v(income, code, "incomeFromSubsidiary"),
      incomeOther: v(income, code, "incomeOther"),
      basicGeneralBudget: v(gb, code, "basic"),
      projectGeneralBudget: v(gb, code, "project"),
      basicGovFund: v(gf, code, "basic"),
      projectGovFund: v(gf, code, "project"),
      basicStateCapital: v(sc, code, "basic"),
      projectStateCapital: v(sc, code, "project"),
      remitToSuperior: v(expense, code, "remitToSuperior"),
      operatingExpense: v(expense, code, "operatingExpense"),
      subsidyToSubsidiary: v(expense, code, "subsidyToSubsidiary"),
      carryStartGovFund: v(gf, code, "carryStart"),
      carryStartStateCapital: v(sc, code, "carryStart"),
      carryEndGovFund: v(gf, code, "carryEnd"),
      carryEndStateCapital: v(sc, code, "carryEnd"),
    };
    values.incomeGeneralBudget = v(income, code, "fiscal") - values.incomeGovFund! - values.incomeStateCapital!;
    values.basicOtherFunds =
      v(expense, code, "basic") - values.basicGeneralBudget! - values.basicGovFund! - values.basicStateCapital!;
    values.projectOtherFunds =
      v(expense, code, "project") - values.projectGeneralBudget! - values.projectGovFund! - values.projectStateCapital!;
    const negative = (["incomeGeneralBudget", "basicOtherFunds", "projectOtherFunds"] as const).find(
      (f) => values[f]! < 0,
    );
    if (negative) {
      problems.push({
        sheet: bySheet.get("expense")?.name ?? "",
        row: null,
        column: null,
        message: `科目${code}：各表的数字互相矛盾（${negative === "incomeGeneralBudget" ? "财政拨款收入小于政府性基金与国有资本经营收入之和" : "支出决算表的支出小于各项财政拨款支出之和"}）。`,
      });
      continue;
    }
    lines.push({ row: 0, code, name: names.get(code) ?? "", values });
  }
  if (income || expense) {
    out.functionLines = {
      sheet: bySheet.get("expense")?.name ?? bySheet.get("income")!.name,
      columns: FIELD_ORDER,
      lines,
    };
  }
  const economic = bySheet.get("economic");
  if (economic) {
    const e = readEconomic(economic, ctx, problems);
    if (e) out.economicLines = e;
  }
  const three = bySheet.get("threePublic");
  if (three) {
    const r = readThreePublic(three, problems);
    if (r) out.threePublic = r;
  }
  return out;
}
