/**
 * The sheets of an uploaded workbook → what each importable section would hold, and every problem.
 * One section (the template of one entry page) or a whole report (a workbook with a sheet per section:
 * each sheet is recognised by its header, its name only breaks ties).
 *
 * 功能分类 and 经济分类 tables: one row per subject code (a number or text; “2010101 行政运行” in one
 * cell is read too). 项 (功能分类, 7 digits) and 款 (经济分类, 5 digits) rows are imported; 类 and 款
 * rows above them, and rows named 合计/总计/小计, are not: each amount written on them is checked
 * against the sum of the rows it covers (exactly, in 分 — BigInt, no limit on the count of rows).
 * Columns missing from the sheet are not imported (the report keeps its figures there); rows missing
 * from the sheet are removed. Pure.
 */
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "../disclosure/report-data";
import type { ThreePublicItem } from "../domain";
import { formatYuan } from "../money";
import type { ReadSheet } from "../spreadsheets/read-workbook";
import {
  IMPORT_SECTION_LABELS,
  INDICATOR_LAYOUT,
  normaliseHeader,
  QUANTITY_LAYOUT,
  QUANTITY_ROWS,
  SECTION_LAYOUTS,
  THREE_PUBLIC_ROWS,
  type ImportSection,
  type TableLayout,
} from "./layouts";
import {
  blankRow,
  bodyRows,
  cellRef,
  locateTable,
  readCountCell,
  readMoneyCell,
  readPointsCell,
  textAt,
  totalWord,
  type ImportProblem,
  type LocatedTable,
} from "./read-tables";

export interface ImportContext {
  year: number;
  /** The 项 codes of the year's 功能分类 catalog. */
  functionItems: ReadonlySet<string>;
  /** The 款 codes of the year's 经济分类 catalog. */
  economicSections: ReadonlySet<string>;
}

export interface CodedLine<K extends string> {
  row: number;
  code: string;
  name: string;
  values: Partial<Record<K, number>>;
}

export interface ReadFunctionLines {
  sheet: string;
  columns: FunctionMoneyField[];
  lines: CodedLine<FunctionMoneyField>[];
}

export type EconomicField = "amount" | "priorYearAmount";
export interface ReadEconomicLines {
  sheet: string;
  columns: EconomicField[];
  lines: CodedLine<EconomicField>[];
}

export type ThreePublicField = "initialBudget" | "actual" | "priorYear";
export type QuantityKey = (typeof QUANTITY_ROWS)[number]["key"];
export interface ReadThreePublic {
  sheet: string;
  columns: ThreePublicField[];
  amounts: Partial<Record<ThreePublicItem, Partial<Record<ThreePublicField, number>>>>;
  /** Only when the sheet has the 实物量 table. */
  quantities: Partial<Record<QuantityKey, number>> | null;
}

export interface ReadIndicator {
  level1: string;
  level2: string;
  level3: string;
  targetValue: string;
  actualValue: string;
  weight: string;
  score: string;
  deviationReason: string;
}
export interface ReadProject {
  row: number;
  name: string;
  /** Only the columns the sheet has. */
  values: Partial<Record<"initialBudget" | "budget" | "executed", number>>;
  score?: string;
  declaredGrade?: string;
  /** null when the workbook has no 绩效指标 sheet (the projects keep their indicators). */
  indicators: ReadIndicator[] | null;
}
export interface ReadProjects {
  sheet: string;
  projects: ReadProject[];
}

export interface ImportRead {
  functionLines?: ReadFunctionLines;
  economicLines?: ReadEconomicLines;
  threePublic?: ReadThreePublic;
  performance?: ReadProjects;
  problems: ImportProblem[];
}

/** How many problems are kept (a sheet of garbage should not make a preview of 50,000 lines). */
export const MAX_PROBLEMS = 200;

const yuanText = (fen: bigint) => `${formatYuan(Number(fen))}元`;

// ---------------------------------------------------------------------------------------------
// Tables of subject codes

interface CodedSpec<K extends string> {
  itemLength: number;
  subtotalLengths: number[];
  levelWord: string;
  fields: readonly K[];
  known: ReadonlySet<string>;
  catalogName: string;
  /** Unknown codes can be added to the catalog from the preview. */
  addable: boolean;
  /** Rows whose code cell holds text (栏次, notes under a printed table) are skipped, not reported. */
  skipText?: boolean;
  /** 类/款 rows are checked against their items (default); off where a 类 spans several blocks. */
  checkSubtotals?: boolean;
}

export function readCoded<K extends string>(t: LocatedTable, spec: CodedSpec<K>, problems: ImportProblem[]) {
  const sheet = t.sheet.name;
  const columns = spec.fields.filter((f) => t.columns.has(f));
  const lines: CodedLine<K>[] = [];
  /** Every row of an item's shape (also those refused), which the totals are checked against. */
  const counted: { code: string; values: Partial<Record<K, number>>; bad: Set<K> }[] = [];
  const firstRow = new Map<string, number>();
  type Check = {
    row: number;
    label: string;
    covers: (line: { code: string }, index: number) => boolean;
    values: Partial<Record<K, number>>;
  };
  const checks: Check[] = [];
  let sinceSubtotal = 0;
  for (const row of bodyRows(t)) {
    if (blankRow(t, row)) continue;
    const rawCode = textAt(t, row, "code");
    let code = rawCode.replace(/[\s\u3000]/g, "");
    let name = textAt(t, row, "name");
    const joined = /^(\d{3,9})[\s\u3000]*([\u3400-\u9fff（(].*)$/.exec(rawCode);
    if (joined && name === "") {
      code = joined[1]!;
      name = joined[2]!.trim();
    }
    const word = totalWord([code, name]);
    const values: Partial<Record<K, number>> = {};
    const written: Partial<Record<K, number>> = {};
    const badColumns = new Set<K>();
    for (const f of columns) {
      const v = readMoneyCell(t, row, f, problems);
      if (v === null) badColumns.add(f);
      else {
        values[f] = v.fen;
        if (!v.empty) written[f] = v.fen;
      }
    }
    if (word) {
      const from = sinceSubtotal;
      const to = counted.length;
      const label = word === "total" ? "合计行" : "小计行";
      checks.push({
        row: row.row,
        label,
        covers: word === "total" ? () => true : (_l, i) => i >= from && i < to,
        values: written,
      });
      if (word === "subtotal") sinceSubtotal = counted.length;
      continue;
    }
    if (code === "") {
      // A printed table's own sum rows (人员经费合计 spanning blocks …) are left to the table's own checks.
      if (Object.keys(written).length > 0 && !spec.skipText) {
        problems.push({
          ...cellRef(t, row, "code"),
          message: `有金额但没有科目编码${name ? `（科目名称“${name}”）` : ""}。`,
        });
      }
      continue;
    }
    if (!/^\d+$/.test(code)) {
      if (spec.skipText || /^(注|说明|备注|栏次)/.test(code)) continue;
      problems.push({ ...cellRef(t, row, "code"), message: `科目编码“${code}”不是数字。` });
      continue;
    }
    if (spec.subtotalLengths.includes(code.length)) {
      if (spec.checkSubtotals === false) continue;
      checks.push({
        row: row.row,
        label: `${code}${name ? `“${name}”` : ""}行`,
        covers: (l) => l.code.startsWith(code),
        values: written,
      });
      continue;
    }
    if (code.length !== spec.itemLength) {
      problems.push({
        ...cellRef(t, row, "code"),
        message: `科目编码${code}是${code.length}位：应为${spec.itemLength}位${spec.levelWord}级编码${spec.subtotalLengths.length ? `（${spec.subtotalLengths.join("、")}位的上级科目行只核对合计）` : ""}。`,
      });
      continue;
    }
    counted.push({ code, values, bad: badColumns });
    const seen = firstRow.get(code);
    if (seen !== undefined) {
      problems.push({ ...cellRef(t, row, "code"), message: `科目${code}重复（与第${seen}行相同）。` });
      continue;
    }
    firstRow.set(code, row.row);
    if (!spec.known.has(code)) {
      problems.push({
        ...cellRef(t, row, "code"),
        message: `科目编码${code}${name ? `“${name}”` : ""}不在${spec.catalogName}中${spec.addable ? "：可在下方添加到本年度科目表，或改正编码" : ""}。`,
        ...(spec.addable ? { unknownSubject: { code, name } } : {}),
      });
      continue;
    }
    if (badColumns.size > 0) continue;
    lines.push({ row: row.row, code, name, values });
  }
  for (const check of checks) {
    for (const f of columns) {
      const shown = check.values[f];
      if (shown === undefined) continue;
      let sum = 0n;
      let unreadable = false;
      counted.forEach((l, i) => {
        if (!check.covers(l, i)) return;
        if (l.bad.has(f)) unreadable = true;
        sum += BigInt(l.values[f] ?? 0);
      });
      // A row whose cell could not be read is reported itself: its total is not checked as well.
      if (!unreadable && sum !== BigInt(shown)) {
        problems.push({
          sheet,
          row: check.row,
          column: cellRef(t, { row: check.row, cells: [] }, f).column,
          message: `${check.label}的“${t.headers.get(f) ?? f}”为${yuanText(BigInt(shown))}，而所属各行之和为${yuanText(sum)}，相差${yuanText(BigInt(shown) - sum)}。合计行不导入，只用于核对：请改正明细或合计。`,
        });
      }
    }
  }
  return { sheet, columns, lines };
}

// ---------------------------------------------------------------------------------------------
// 三公

const stripLabel = (s: string) =>
  normaliseHeader(
    s.replace(/^(其中[:：]?|[（(]?[一二三四五六七八九十\d]+[)）.、]?)\s*/, "").replace(/^其中[:：]?/, ""),
  );

function readThreePublic(t: LocatedTable, problems: ImportProblem[], quantities: LocatedTable | null): ReadThreePublic {
  const fields = (["initialBudget", "actual", "priorYear"] as const).filter((f) => t.columns.has(f));
  const amounts: ReadThreePublic["amounts"] = {};
  const sums: { row: number; item: "total" | "vehicle"; values: Partial<Record<ThreePublicField, number>> }[] = [];
  const seen = new Map<string, number>();
  const end = quantities && quantities.sheet === t.sheet ? quantities.headerIndex : undefined;
  for (const row of bodyRows(t, end)) {
    if (blankRow(t, row)) continue;
    const label = textAt(t, row, "label");
    const key = stripLabel(label);
    if (key === "" || /实物量/.test(label)) continue;
    const match = THREE_PUBLIC_ROWS.find((r) => [r.label, ...r.aliases].some((a) => stripLabel(a) === key));
    if (!match) {
      if (/^(注|说明|备注)/.test(label)) continue;
      problems.push({
        ...cellRef(t, row, "label"),
        message: `不认识的项目“${label}”：应为${THREE_PUBLIC_ROWS.map((r) => r.label).join("、")}之一。`,
      });
      continue;
    }
    const first = seen.get(match.item);
    if (first !== undefined) {
      problems.push({ ...cellRef(t, row, "label"), message: `项目“${match.label}”重复（与第${first}行相同）。` });
      continue;
    }
    seen.set(match.item, row.row);
    const values: Partial<Record<ThreePublicField, number>> = {};
    const written: Partial<Record<ThreePublicField, number>> = {};
    for (const f of fields) {
      const v = readMoneyCell(t, row, f, problems);
      if (v !== null) {
        values[f] = v.fen;
        if (!v.empty) written[f] = v.fen;
      }
    }
    if (match.item === "total" || match.item === "vehicle")
      sums.push({ row: row.row, item: match.item, values: written });
    else amounts[match.item] = values;
  }
  for (const s of sums) {
    const items: ThreePublicItem[] =
      s.item === "total"
        ? ["abroad", "vehicle_purchase", "vehicle_operation", "reception"]
        : ["vehicle_purchase", "vehicle_operation"];
    for (const f of fields) {
      const shown = s.values[f];
      if (shown === undefined) continue;
      const sum = items.reduce((a, i) => a + BigInt(amounts[i]?.[f] ?? 0), 0n);
      if (sum !== BigInt(shown)) {
        problems.push({
          sheet: t.sheet.name,
          row: s.row,
          column: cellRef(t, { row: s.row, cells: [] }, f).column,
          message: `${THREE_PUBLIC_ROWS.find((r) => r.item === s.item)!.label}的“${t.headers.get(f) ?? f}”为${yuanText(BigInt(shown))}，而所含各项之和为${yuanText(sum)}。合计行不导入，只用于核对：请改正。`,
        });
      }
    }
  }
  let counts: ReadThreePublic["quantities"] = null;
  if (quantities) {
    counts = {};
    for (const row of bodyRows(quantities)) {
      if (blankRow(quantities, row)) continue;
      const label = textAt(quantities, row, "label");
      const key = normaliseHeader(label);
      const match = QUANTITY_ROWS.find(
        (q) => normaliseHeader(q.label) === key || normaliseHeader(q.label.replace(/（[^）]*）$/, "")) === key,
      );
      if (!match) {
        if (key === "" || /^(注|说明|备注)/.test(label)) continue;
        problems.push({ ...cellRef(quantities, row, "label"), message: `不认识的实物量指标“${label}”。` });
        continue;
      }
      const n = readCountCell(quantities, row, "count", problems);
      if (n !== null) counts[match.key] = n;
    }
  }
  return { sheet: t.sheet.name, columns: fields, amounts, quantities: counts };
}

// ---------------------------------------------------------------------------------------------
// 绩效 projects and their indicators

function readProjects(t: LocatedTable, problems: ImportProblem[], indicators: LocatedTable | null): ReadProjects {
  const projects: ReadProject[] = [];
  const byName = new Map<string, ReadProject>();
  for (const row of bodyRows(t)) {
    if (blankRow(t, row)) continue;
    const name = textAt(t, row, "name");
    if (totalWord([name])) continue;
    if (name === "") {
      problems.push({ ...cellRef(t, row, "name"), message: "有数字但没有项目名称。" });
      continue;
    }
    if (name.length > 100) {
      problems.push({ ...cellRef(t, row, "name"), message: "项目名称超过100个字。" });
      continue;
    }
    const first = byName.get(name);
    if (first) {
      problems.push({ ...cellRef(t, row, "name"), message: `项目“${name}”重复（与第${first.row}行相同）。` });
      continue;
    }
    const values: ReadProject["values"] = {};
    for (const f of ["initialBudget", "budget", "executed"] as const) {
      const v = t.columns.has(f) ? readMoneyCell(t, row, f, problems) : null;
      if (v) values[f] = v.fen;
    }
    const p: ReadProject = { row: row.row, name, values, indicators: indicators ? [] : null };
    if (t.columns.has("score")) p.score = readPointsCell(t, row, "score", problems) ?? "";
    if (t.columns.has("declaredGrade")) p.declaredGrade = textAt(t, row, "declaredGrade");
    byName.set(name, p);
    projects.push(p);
  }
  if (indicators) {
    for (const row of bodyRows(indicators)) {
      if (blankRow(indicators, row)) continue;
      const project = textAt(indicators, row, "project");
      const target = byName.get(project);
      if (!target) {
        problems.push({
          ...cellRef(indicators, row, "project"),
          message: project ? `项目“${project}”不在“${t.sheet.name}”表中。` : "指标没有填写所属项目名称。",
        });
        continue;
      }
      const ind: ReadIndicator = {
        level1: textAt(indicators, row, "level1"),
        level2: textAt(indicators, row, "level2"),
        level3: textAt(indicators, row, "level3"),
        targetValue: textAt(indicators, row, "targetValue"),
        actualValue: textAt(indicators, row, "actualValue"),
        weight: readPointsCell(indicators, row, "weight", problems) ?? "",
        score: readPointsCell(indicators, row, "score", problems) ?? "",
        deviationReason: textAt(indicators, row, "deviationReason"),
      };
      for (const k of ["level1", "level2", "level3"] as const) {
        if (ind[k] === "")
          problems.push({ ...cellRef(indicators, row, k), message: `请填写${indicators.headers.get(k) ?? k}。` });
      }
      if (ind.weight !== "" && ind.score !== "" && Number(ind.score) > Number(ind.weight)) {
        problems.push({ ...cellRef(indicators, row, "score"), message: `得分${ind.score}超过分值${ind.weight}。` });
      }
      target.indicators!.push(ind);
    }
  }
  return { sheet: t.sheet.name, projects };
}

// ---------------------------------------------------------------------------------------------

/** The sheet of a workbook that holds a layout's table (a sheet already taken is not considered). */
function findTable(sheets: ReadSheet[], layout: TableLayout, taken: Set<ReadSheet>): LocatedTable | null {
  let best: LocatedTable | null = null;
  let bestScore = -1;
  const figures = layout.columns.filter((c) => c.kind === "money" || c.kind === "count" || c.kind === "points");
  for (const sheet of sheets) {
    // The template's own 说明 and reference sheets (the catalog) are never data.
    if (taken.has(sheet) || sheet.name === "说明" || sheet.name.startsWith("参考")) continue;
    const t = locateTable(sheet, layout);
    if (!t) continue;
    if (figures.length > 0 && !figures.some((c) => t.columns.has(c.key))) continue;
    const hinted = layout.sheetHints.some((h) => sheet.name.includes(h)) ? 1000 : 0;
    const score = hinted + t.columns.size;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

function missingTable(layout: TableLayout, section: ImportSection): ImportProblem {
  const required = layout.columns.filter((c) => c.required).map((c) => `“${c.header}”`);
  return {
    sheet: layout.sheet,
    row: null,
    column: null,
    message: `没有找到${IMPORT_SECTION_LABELS[section]}的表：表头应有${required.join("、")}等列（标题行、空行、其他列可以保留）。请使用“下载导入模板”得到的格式。`,
  };
}

/**
 * Reads the sheets for one section (`only`), or for every section the workbook has a table of.
 */
export function readImport(sheets: ReadSheet[], ctx: ImportContext, only?: ImportSection): ImportRead {
  const problems: ImportProblem[] = [];
  const out: ImportRead = { problems };
  const taken = new Set<ReadSheet>();
  // The most specific tables first: a 功能分类 sheet also has an amount column 经济分类 would accept.
  const order: ImportSection[] = only ? [only] : ["functionLines", "performance", "threePublic", "economicLines"];
  const candidates = new Map<ImportSection, LocatedTable>();
  for (const section of order) {
    const layout = SECTION_LAYOUTS[section][0]!;
    const t = findTable(sheets, layout, taken);
    if (!t) {
      if (only) problems.push(missingTable(layout, section));
      continue;
    }
    taken.add(t.sheet);
    candidates.set(section, t);
  }
  const fn = candidates.get("functionLines");
  if (fn) {
    out.functionLines = readCoded(
      fn,
      {
        itemLength: 7,
        subtotalLengths: [3, 5],
        levelWord: "项",
        fields: FUNCTION_MONEY_FIELDS,
        known: ctx.functionItems,
        catalogName: `${ctx.year}年支出功能分类科目表的项级科目`,
        addable: true,
      },
      problems,
    );
  }
  const ec = candidates.get("economicLines");
  if (ec) {
    out.economicLines = readCoded(
      ec,
      {
        itemLength: 5,
        subtotalLengths: [3],
        levelWord: "款",
        fields: ["amount", "priorYearAmount"] as const,
        known: ctx.economicSections,
        catalogName: `${ctx.year}年支出经济分类科目表`,
        addable: false,
      },
      problems,
    );
  }
  const tp = candidates.get("threePublic");
  if (tp) {
    const sameSheet = locateTable(tp.sheet, QUANTITY_LAYOUT, tp.headerIndex + 1);
    const quantities = sameSheet ?? findTable(sheets, QUANTITY_LAYOUT, taken);
    out.threePublic = readThreePublic(tp, problems, quantities);
  }
  const pr = candidates.get("performance");
  if (pr) {
    const indicators = findTable(sheets, INDICATOR_LAYOUT, taken);
    if (indicators) taken.add(indicators.sheet);
    out.performance = readProjects(pr, problems, indicators);
  }
  if (!only && candidates.size === 0) {
    problems.push({
      sheet: sheets[0]?.name ?? "（无）",
      row: null,
      column: null,
      message: "工作簿中没有可导入的表：请使用“下载导入模板”得到的格式（功能分类、经济分类、三公经费、绩效项目）。",
    });
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS);
    problems.push({ sheet: problems[0]!.sheet, row: null, column: null, message: `另有${more}处问题未列出。` });
  }
  return out;
}
