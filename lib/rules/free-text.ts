/**
 * Free text as the public will read it: a placeholder left from a model document (XX, ××, ……, ___,
 * 待补充) or doubled punctuation (。。，，) is printed verbatim, so it is an error wherever a clerk types
 * text that the document prints. Pure.
 */
import type { ReportData } from "../disclosure/report-data";
import { describeSlotKey } from "../disclosure/slot-keys";
import type { EntrySectionKey } from "../domain";
import type { Rule, RuleFinding } from "./rule";

const PLACEHOLDER = /[XxＸｘ×]{2,}|…{2,}|\.{3,}|_{3,}|＿{2,}|待补充|待填写|此处填写/;
const DOUBLED_PUNCTUATION = /[。，、；：！？][。，、；：！？]|,,/;

/** A text a clerk typed, where it is entered, and how to name it in a message. */
export interface FreeText {
  section: EntrySectionKey;
  field: string;
  label: string;
  text: string;
}

/** Every free text of a report that the document prints. */
export function freeTexts(d: ReportData): FreeText[] {
  const out: FreeText[] = [];
  const add = (section: EntrySectionKey, field: string, label: string, text: string) => {
    if (text.trim()) out.push({ section, field, label, text });
  };
  d.profile.duties.forEach((t, i) => add("profile", `duties.${i}.text`, `部门职责第${i + 1}条`, t));
  add("profile", "dutiesSupplement", "部门职责补充说明", d.profile.dutiesSupplement);
  const orgFields = {
    internal: "internalOrgs",
    additional: "additionalOrgs",
    subordinate: "subordinateUnits",
  } as const;
  const orgLabels = { internal: "内设机构", additional: "另设机构", subordinate: "下属单位" } as const;
  for (const kind of ["internal", "additional", "subordinate"] as const) {
    d.profile.organisations
      .filter((o) => o.kind === kind)
      .forEach((o, i) => add("profile", `${orgFields[kind]}.${i}.name`, `${orgLabels[kind]}第${i + 1}项`, o.name));
  }
  add("otherMatters", "otherVehiclePurpose", "其他用车的用途", d.otherMatters.otherVehiclePurpose);
  for (const p of d.projects) {
    const field = `project:${p.id}`;
    add("performance", field, `项目“${p.name}”的名称`, p.name);
    add("performance", field, `项目“${p.name}”的绩效目标`, p.goal);
    add("performance", field, `项目“${p.name}”的绩效目标完成情况`, p.effect);
    add("performance", field, `项目“${p.name}”的存在问题`, p.problems);
    add("performance", field, `项目“${p.name}”的下一步措施`, p.nextSteps);
    p.indicators.forEach((ind, i) => {
      const at = `项目“${p.name}”第${i + 1}个绩效指标`;
      add("performance", field, `${at}的指标名称`, ind.level3);
      add("performance", field, `${at}的年度指标值`, ind.targetValue);
      add("performance", field, `${at}的实际完成值`, ind.actualValue);
      add("performance", field, `${at}的偏差原因`, ind.deviationReason);
    });
  }
  const perf = d.performance;
  add("performance", "workOverview", "预算绩效管理工作开展情况", perf.workOverview);
  add("performance", "departmentEvaluation", "部门整体绩效评价", perf.departmentEvaluation);
  add("performance", "managementSystems", "预算绩效管理制度建设", perf.managementSystems);
  add("performance", "managementMechanism", "预算绩效管理机制", perf.managementMechanism);
  const names = Object.fromEntries(Object.values(d.functionSubjects).map((s) => [s.code, s.name]));
  for (const [key, text] of Object.entries(d.explanations))
    add("explanations", key, `说明“${describeSlotKey(key, (code) => names[code])}”`, text);
  d.glossary.forEach((g, i) => {
    add("glossary", `entries.${i}.term`, `名词解释第${i + 1}条的名词`, g.term);
    add("glossary", `entries.${i}.definition`, `名词解释“${g.term}”的解释`, g.definition);
  });
  return out;
}

/** Up to 12 characters either side of a match, for the message. */
function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + length + 12);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

function textFindings(t: FreeText): RuleFinding[] {
  const out: RuleFinding[] = [];
  const placeholder = PLACEHOLDER.exec(t.text);
  if (placeholder)
    out.push({
      key: `R-TEXT:${t.field}:${t.label}:placeholder`,
      section: t.section,
      field: t.field,
      message: `${t.label}中有未替换的占位内容“${placeholder[0]}”：“${around(t.text, placeholder.index, placeholder[0].length)}”。请填写实际内容。`,
    });
  const doubled = DOUBLED_PUNCTUATION.exec(t.text);
  if (doubled)
    out.push({
      key: `R-TEXT:${t.field}:${t.label}:punctuation`,
      section: t.section,
      field: t.field,
      message: `${t.label}中有重复的标点“${doubled[0]}”：“${around(t.text, doubled.index, doubled[0].length)}”。`,
    });
  return out;
}

export const FREE_TEXT_RULES: Rule[] = [
  {
    id: "R-TEXT",
    severity: "error",
    section: "profile",
    title: "填写的文字中没有占位符（XX、××、……）和重复的标点",
    check: (d) => freeTexts(d).flatMap(textFindings),
  },
];
