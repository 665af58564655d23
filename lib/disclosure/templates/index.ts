/**
 * Disclosure templates are data: the layout of one year's (or one region's) 决算公开. A new year's
 * layout is a new template object, not new code.
 */
import { NATIONAL_BANDS, type GradeBand } from "../grades";
import { GLOSSARY_2020 } from "./glossary-2020";

export type ExplanationSectionKey =
  | "total"
  | "income"
  | "expense"
  | "fiscal"
  | "generalBudget"
  | "basic"
  | "threePublic"
  | "agencyOperating"
  | "procurement"
  | "assets"
  | "govFund"
  | "stateCapital";

export interface DisclosureTemplate {
  id: string;
  unit: "万元";
  /** The level at which section 五 explains 一般公共预算 spending. */
  explanationLevel: "class" | "section" | "item";
  gradeBands: readonly GradeBand[];
  /** Order of the twelve sections of 第三部分. */
  sectionOrder: ExplanationSectionKey[];
  /** 类 printed as the 支出 rows of tables 01 and 04, in this order, even when zero. */
  expenseClasses: { code: string; name: string }[];
  /** Label of the balancing row on the income side of table 01. */
  institutionFundLabel: string;
  /** The label of the first money column of tables 05 and 09. */
  subtotalLabel: string;
  /** Statement printed under an empty table and in its line of 第二部分. */
  emptyTableStatement: string;
  /** Economic 类 printed in table 06: 人员经费, then the two 公用经费 column groups. */
  economicColumns: [string[], string[], string[]];
  glossary: ReadonlyArray<{ term: string; definition: string }>;
}

const CLASSES_2020: [string, string][] = [
  ["201", "一般公共服务支出"],
  ["202", "外交支出"],
  ["203", "国防支出"],
  ["204", "公共安全支出"],
  ["205", "教育支出"],
  ["206", "科学技术支出"],
  ["207", "文化旅游体育与传媒支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["211", "节能环保支出"],
  ["212", "城乡社区支出"],
  ["213", "农林水支出"],
  ["214", "交通运输支出"],
  ["215", "资源勘探工业信息等支出"],
  ["216", "商业服务业等支出"],
  ["217", "金融支出"],
  ["219", "援助其他地区支出"],
  ["220", "自然资源海洋气象等支出"],
  ["221", "住房保障支出"],
  ["222", "粮油物资储备支出"],
  ["223", "国有资本经营预算支出"],
  ["224", "灾害防治及应急管理支出"],
  ["229", "其他支出"],
  ["231", "债务还本支出"],
  ["232", "债务付息支出"],
  ["234", "抗疫特别国债安排的支出"],
];

/** The FY2020 layout as used in Lanzhou (the seed disclosure), with the national grade bands. */
export const TEMPLATE_2020: DisclosureTemplate = {
  id: "2020",
  unit: "万元",
  explanationLevel: "class",
  gradeBands: NATIONAL_BANDS,
  sectionOrder: [
    "total",
    "income",
    "expense",
    "fiscal",
    "generalBudget",
    "basic",
    "threePublic",
    "agencyOperating",
    "procurement",
    "assets",
    "govFund",
    "stateCapital",
  ],
  expenseClasses: CLASSES_2020.map(([code, name]) => ({ code, name })),
  institutionFundLabel: "用事业基金弥补收支差额",
  subtotalLabel: "小计",
  emptyTableStatement: "本部门无相关数据，故本表无数据。",
  economicColumns: [["301", "303"], ["302"], ["307", "309", "310", "311", "312", "313", "399"]],
  glossary: GLOSSARY_2020,
};

const TEMPLATES: Record<string, DisclosureTemplate> = { [TEMPLATE_2020.id]: TEMPLATE_2020 };

export function getTemplate(id: string): DisclosureTemplate {
  const template = TEMPLATES[id];
  if (!template) throw new Error(`未知的公开模板：${id}`);
  return template;
}
