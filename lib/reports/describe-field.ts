/**
 * Audit field keys in words, for the audit log and the changes since a return: what a clerk or a
 * supervisor calls the thing, never the key it is stored under.
 *   function_lines[2013101].basicGeneralBudget → 功能分类 2013101 行政运行：一般公共预算财政拨款·基本支出
 *   explanations[generalBudget.205.budget]     → 说明：一般公共预算财政拨款支出 · 教育支出 · 预算差异原因
 *   finding_notes[R-PROJ-RATE:印刷费]           → 审核说明：项目预算执行率低于90% · 印刷费
 * Pure: subject names come from the caller (`nameOf`).
 */
import { describeSlotKey } from "../disclosure/slot-keys";
import { RULES } from "../rules";
import {
  CARRIED_GROUP_INFO,
  CATALOG_KIND_LABELS,
  THREE_PUBLIC_LABELS,
  VEHICLE_LABELS,
  type CarriedGroup,
  type CatalogKind,
} from "../domain";
import { FUNCTION_COLUMN_GROUPS } from "./sections/columns";
import { OTHER_MONEY_FIELDS } from "./sections/columns";
import { QUANTITY_FIELDS } from "./sections/columns";

/** The parts of a report an audit field can be about, by the table its key starts with. */
export const TABLE_LABELS: Record<string, string> = {
  function_lines: "功能分类",
  economic_lines: "经济分类",
  three_public: "“三公”经费",
  three_public_quantities: "“三公”实物量",
  other_matters: "其他事项",
  vehicle_counts: "车辆",
  profile: "部门概况",
  projects: "绩效自评 项目",
  performance: "部门绩效",
  explanations: "说明",
  glossary: "名词解释",
  report_summaries: "汇总数",
  finding_notes: "审核说明",
  reports: "报告",
  status: "状态",
  import: "导入Excel",
};

const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(
    FUNCTION_COLUMN_GROUPS.flatMap((g) => g.columns.map((c) => [c.field, `${c.group}·${c.header}`])),
  ),
  ...Object.fromEntries(OTHER_MONEY_FIELDS),
  ...Object.fromEntries(QUANTITY_FIELDS),
  ...VEHICLE_LABELS,
  amount: "本年决算数",
  priorYearAmount: "上年决算数",
  initialBudget: "年初预算数",
  actual: "决算数",
  priorYear: "上年决算数",
  budget: "全年预算数",
  executed: "全年执行数",
  scoreHundredths: "自评得分",
  declaredGrade: "自评表填写的等级",
  name: "名称",
  goal: "年度总体目标",
  effect: "实际完成情况及效果",
  problems: "存在的问题",
  nextSteps: "下一步改进措施",
  indicators: "绩效指标",
  duties: "部门职责",
  dutiesSupplement: "职责补充说明",
  organisations: "机构设置",
  staffing: "编制情况",
  institutionFundUsed: "用事业基金弥补收支差额",
  surplusDistribution: "结余分配",
  priorYearGrandTotal: "上年收入支出总计",
  priorYearFiscalGrandTotal: "上年财政拨款收入支出总计",
  noGovFundActivity: "本部门无政府性基金预算财政拨款收支",
  noStateCapitalActivity: "本部门无国有资本经营预算财政拨款支出",
  vehiclesTotal: "车辆总数",
  otherVehiclePurpose: "其他用车主要用于",
  generalEquipmentOver500k: "单价50万元以上通用设备",
  specialEquipmentOver1m: "单价100万元以上专用设备",
  workOverview: "预算绩效管理工作开展情况",
  departmentGrade: "部门绩效自评结果",
  departmentEvaluation: "部门绩效评价情况",
};

/** The other words finding keys are made of (lib/rules). */
const FINDING_WORDS: Record<string, string> = {
  GeneralBudget: "一般公共预算财政拨款",
  GovFund: "政府性基金预算财政拨款",
  StateCapital: "国有资本经营预算财政拨款",
  parts: "货物、工程、服务之和",
  sme: "授予中小企业",
  micro: "授予小微企业",
};

type NameOf = (code: string) => string | undefined;

/** A 审核 finding key ("R-PROJ-RATE:印刷费") in words. */
function describeFinding(key: string, nameOf: NameOf): string {
  const [ruleId = "", ...subject] = key.split(":");
  const rule = RULES.find((r) => r.id === ruleId);
  const word = (s: string) =>
    FINDING_WORDS[s] ??
    THREE_PUBLIC_LABELS[s as keyof typeof THREE_PUBLIC_LABELS] ??
    FIELD_LABELS[s] ??
    (nameOf(s) ? `${s} ${nameOf(s)}` : s);
  const about = ruleId === "R-REASON" ? [describeSlotKey(subject.join(":"), nameOf)] : subject.map(word);
  return [rule?.title ?? ruleId, ...about].join(" · ");
}

function describeRest(rest: string): string {
  return rest
    .split(".")
    .map((part) => {
      const m = /^(\w+)\[(\d+)\]$/.exec(part);
      if (m) return `${FIELD_LABELS[m[1]!] ?? m[1]}第${m[2]}条`;
      return FIELD_LABELS[part] ?? part;
    })
    .join("·");
}

export function describeField(field: string, nameOf: NameOf = () => undefined): string {
  // A subject of a year's catalog: function_subjects@2024[2013901].
  const subject = /^(function|economic)_subjects@(\d{4})\[(\d+)\]$/.exec(field);
  if (subject) return `${subject[2]}年${CATALOG_KIND_LABELS[subject[1] as CatalogKind]}科目表：${subject[3]}`;
  const carried = /^carried_facts\[(\w+)\]$/.exec(field);
  if (carried && carried[1]! in CARRIED_GROUP_INFO) {
    return `取自上年的${CARRIED_GROUP_INFO[carried[1] as CarriedGroup].label}`;
  }
  const m = /^([a-z_]+)(?:\[([^\]]*)\])?(?:\.(.+))?$/.exec(field);
  if (!m) return field;
  const [, table = "", key, rest] = m;
  const head = TABLE_LABELS[table] ?? table;
  if (table === "explanations" && key) return `${head}：${describeSlotKey(key, nameOf)}`;
  if (table === "finding_notes" && key) return `${head}：${describeFinding(key, nameOf)}`;
  let keyText = key;
  if (key && table === "three_public") keyText = THREE_PUBLIC_LABELS[key as keyof typeof THREE_PUBLIC_LABELS] ?? key;
  else if (key && /^\d+$/.test(key) && (table === "function_lines" || table === "economic_lines"))
    keyText = nameOf(key) ? `${key} ${nameOf(key)}` : key;
  else if (key && /^\d+$/.test(key)) keyText = `第${key}条`;
  else if (key && table === "projects") keyText = `“${key}”`;
  const tail = rest ? describeRest(rest) : "";
  return `${head}${keyText ? ` ${keyText}` : ""}${tail ? `：${tail}` : ""}`;
}
