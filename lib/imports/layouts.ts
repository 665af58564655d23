/**
 * The import templates' layouts: for each importable section, its sheet(s), columns, their Chinese
 * headers (what the template writes) and the other header texts a real sheet may use (what the reader
 * accepts). Headers are matched by text after normalising (spaces, brackets with a unit, punctuation
 * dropped), on the header row alone or with the one or two rows above it (a merged group header). Pure.
 */
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "../disclosure/report-data";
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, type ThreePublicItem } from "../domain";
import { FUNCTION_COLUMN_GROUPS } from "../reports/sections/columns";
import { QUANTITY_FIELDS } from "../reports/sections/columns";

export const IMPORT_SECTIONS = ["functionLines", "economicLines", "threePublic", "performance"] as const;
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

export const IMPORT_SECTION_LABELS: Record<ImportSection, string> = {
  functionLines: "收入支出（功能分类）",
  economicLines: "基本支出（经济分类）",
  threePublic: "“三公”经费",
  performance: "绩效自评项目",
};

export type ColumnKind = "code" | "name" | "money" | "count" | "points" | "text" | "label";

export interface ImportColumn {
  key: string;
  kind: ColumnKind;
  /** The group header above (merged across the group's columns), if any. */
  group?: string;
  header: string;
  /** Other texts that name the column (normalised when compared). */
  aliases?: string[];
  /** A column the sheet must have. */
  required?: boolean;
}

export interface TableLayout {
  /** The sheet's name in the template (and a hint when looking for it in a workbook). */
  sheet: string;
  /** Words a real sheet's name may contain for this table. */
  sheetHints: string[];
  columns: ImportColumn[];
}

/** Header text → comparable text: no spaces, no unit in brackets, no punctuation, half-width brackets. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（(]\s*(万?元|个|人|辆|批|人次|分|%)\s*[)）]/g, "")
    .replace(/[（(][^)）]*选填[^)）]*[)）]/g, "")
    .replace(/[（）()“”"‘’'：:·・/、,，\-_—.。*]/g, "")
    .toLowerCase();
}

const CODE_ALIASES = ["科目编码", "科目代码", "编码", "代码", "功能分类科目编码", "经济分类科目编码", "科目编码类款项"];
const NAME_ALIASES = ["科目名称", "名称", "项目", "功能分类科目名称", "经济分类科目名称"];

const headerCounts = new Map<string, number>();
for (const g of FUNCTION_COLUMN_GROUPS)
  for (const c of g.columns) headerCounts.set(c.header, (headerCounts.get(c.header) ?? 0) + 1);

/** The column group and header the template writes for each 功能分类 amount. */
export const FUNCTION_COLUMNS: { field: FunctionMoneyField; group: string; header: string }[] =
  FUNCTION_COLUMN_GROUPS.flatMap((g) =>
    g.columns.map((c) => ({ field: c.field, group: `${g.title}·${c.group}`, header: c.header })),
  );

export const FUNCTION_LAYOUT: TableLayout = {
  sheet: "功能分类",
  sheetHints: ["功能分类", "收入支出", "收支"],
  columns: [
    { key: "code", kind: "code", header: "科目编码", aliases: CODE_ALIASES, required: true },
    { key: "name", kind: "name", header: "科目名称", aliases: NAME_ALIASES },
    ...FUNCTION_COLUMN_GROUPS.flatMap((g) =>
      g.columns.map((c) => ({
        key: c.field,
        kind: "money" as const,
        group: `${g.title}·${c.group}`,
        header: c.header,
        aliases: [
          `${c.group}${c.header}`,
          `${g.title}${c.group}${c.header}`,
          ...(headerCounts.get(c.header) === 1 ? [c.header] : []),
        ],
      })),
    ),
  ],
};

export const ECONOMIC_LAYOUT: TableLayout = {
  sheet: "经济分类",
  sheetHints: ["经济分类", "基本支出"],
  columns: [
    { key: "code", kind: "code", header: "科目编码", aliases: CODE_ALIASES, required: true },
    { key: "name", kind: "name", header: "科目名称", aliases: NAME_ALIASES },
    {
      key: "amount",
      kind: "money",
      header: "本年决算数",
      aliases: ["决算数", "本年支出", "金额", "本年数", "一般公共预算财政拨款基本支出"],
      required: true,
    },
    { key: "priorYearAmount", kind: "money", header: "上年决算数", aliases: ["上年数", "上年支出"] },
  ],
};

/** The rows of the 三公 table by their label: the four items, and the two sums checked, not imported. */
export const THREE_PUBLIC_ROWS: { label: string; item: ThreePublicItem | "total" | "vehicle"; aliases: string[] }[] = [
  { item: "total", label: THREE_PUBLIC_LABELS.total, aliases: ["合计", "三公经费合计", "总计"] },
  ...THREE_PUBLIC_ITEMS.flatMap((item) => [
    ...(item === "vehicle_purchase"
      ? [{ item: "vehicle" as const, label: THREE_PUBLIC_LABELS.vehicle, aliases: ["公务用车购置及运行费"] }]
      : []),
    {
      item,
      label: THREE_PUBLIC_LABELS[item],
      aliases:
        item === "abroad" ? ["因公出国费", "因公出国境费用"] : item === "vehicle_operation" ? ["公务用车运行费"] : [],
    },
  ]),
];

export const THREE_PUBLIC_LAYOUT: TableLayout = {
  sheet: "三公经费",
  sheetHints: ["三公"],
  columns: [
    { key: "label", kind: "label", header: "项目", aliases: ["项目名称", "名称"], required: true },
    { key: "initialBudget", kind: "money", header: "年初预算数", aliases: ["预算数", "年初预算"] },
    { key: "actual", kind: "money", header: "本年决算数", aliases: ["决算数", "实际支出", "本年实际"], required: true },
    { key: "priorYear", kind: "money", header: "上年决算数", aliases: ["上年数", "上年实际"] },
  ],
};

/** The 实物量 table below it (or on its own sheet): label and count. */
export const QUANTITY_LAYOUT: TableLayout = {
  sheet: "三公经费",
  sheetHints: ["三公", "实物量"],
  columns: [
    { key: "label", kind: "label", header: "实物量指标", aliases: ["实物量", "指标"], required: true },
    { key: "count", kind: "count", header: "数量", aliases: ["本年数量", "数值"], required: true },
  ],
};
export const QUANTITY_ROWS = QUANTITY_FIELDS.map(([key, label]) => ({ key, label }));

export const PROJECT_LAYOUT: TableLayout = {
  sheet: "绩效项目",
  sheetHints: ["绩效项目", "项目"],
  columns: [
    { key: "name", kind: "text", header: "项目名称", required: true },
    { key: "initialBudget", kind: "money", header: "年初预算数", aliases: ["年初预算"] },
    { key: "budget", kind: "money", header: "全年预算数", aliases: ["全年预算", "预算数"], required: true },
    { key: "executed", kind: "money", header: "全年执行数", aliases: ["执行数", "实际支出"], required: true },
    { key: "score", kind: "points", header: "自评得分", aliases: ["得分", "评分"] },
    { key: "declaredGrade", kind: "text", header: "评价等级", aliases: ["等级", "自评等级"] },
  ],
};

export const INDICATOR_LAYOUT: TableLayout = {
  sheet: "绩效指标",
  sheetHints: ["绩效指标", "指标"],
  columns: [
    { key: "project", kind: "text", header: "项目名称", required: true },
    { key: "level1", kind: "text", header: "一级指标", required: true },
    { key: "level2", kind: "text", header: "二级指标", required: true },
    { key: "level3", kind: "text", header: "三级指标", required: true },
    { key: "targetValue", kind: "text", header: "年度指标值", aliases: ["指标值", "目标值"] },
    { key: "actualValue", kind: "text", header: "实际完成值", aliases: ["完成值", "实际值"] },
    { key: "weight", kind: "points", header: "分值", aliases: ["权重"], required: true },
    { key: "score", kind: "points", header: "得分", required: true },
    { key: "deviationReason", kind: "text", header: "偏差原因分析及改进措施", aliases: ["偏差原因", "偏差原因分析"] },
  ],
};

/** The layouts each section's template and import use, in sheet order. */
export const SECTION_LAYOUTS: Record<ImportSection, TableLayout[]> = {
  functionLines: [FUNCTION_LAYOUT],
  economicLines: [ECONOMIC_LAYOUT],
  threePublic: [THREE_PUBLIC_LAYOUT],
  performance: [PROJECT_LAYOUT, INDICATOR_LAYOUT],
};

export const isFunctionField = (key: string): key is FunctionMoneyField =>
  (FUNCTION_MONEY_FIELDS as readonly string[]).includes(key);
