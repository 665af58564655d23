/**
 * What changed between two revisions of a report: every figure and text that differs, old → new,
 * labelled in the vocabulary of the entry pages. Pure.
 */
import { FUNCTION_MONEY_FIELDS, type ReportData } from "../disclosure/report-data";
import { formatPoints } from "../disclosure/grades";
import { formatYuan } from "../money";
import { FUNCTION_COLUMN_GROUPS } from "./sections/columns";
import { OTHER_MONEY_FIELDS } from "./sections/columns";
import { QUANTITY_FIELDS } from "./sections/columns";
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, VEHICLE_CATEGORIES, VEHICLE_LABELS } from "../domain";

export interface DiffEntry {
  section: string;
  label: string;
  old: string;
  new: string;
}

const yuan = (fen: number | undefined) => (fen === undefined ? "（无）" : `${formatYuan(fen)}元`);
const FUNCTION_LABELS = Object.fromEntries(
  FUNCTION_COLUMN_GROUPS.flatMap((g) => g.columns.map((c) => [c.field, `${c.group}·${c.header}`])),
);

export function diffReports(before: ReportData, after: ReportData): DiffEntry[] {
  const out: DiffEntry[] = [];
  const push = (section: string, label: string, a: string, b: string) => {
    if (a !== b) out.push({ section, label, old: a, new: b });
  };

  // 部门概况
  const P = "部门概况";
  const list = (label: string, a: string[], b: string[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      push(P, `${label}第${i + 1}项`, a[i] ?? "（无）", b[i] ?? "（无）");
  };
  list("部门职责", before.profile.duties, after.profile.duties);
  push(P, "职责补充说明", before.profile.dutiesSupplement, after.profile.dutiesSupplement);
  list(
    "机构设置",
    before.profile.organisations.map((o) => `${o.name}${o.category ? `（${o.category}）` : ""}`),
    after.profile.organisations.map((o) => `${o.name}${o.category ? `（${o.category}）` : ""}`),
  );
  list(
    "编制",
    before.profile.staffing.map((s) => `${s.category} 核定${s.authorized}名 实有${s.actual}人`),
    after.profile.staffing.map((s) => `${s.category} 核定${s.authorized}名 实有${s.actual}人`),
  );

  // 收入支出（功能分类）
  const F = "收入支出（功能分类）";
  const linesBefore = new Map(before.functionLines.map((l) => [l.subjectCode, l]));
  const linesAfter = new Map(after.functionLines.map((l) => [l.subjectCode, l]));
  for (const code of [...new Set([...linesBefore.keys(), ...linesAfter.keys()])].sort()) {
    const a = linesBefore.get(code);
    const b = linesAfter.get(code);
    const name = (after.functionSubjects[code] ?? before.functionSubjects[code])?.name ?? "";
    for (const f of FUNCTION_MONEY_FIELDS) {
      const x = a?.[f];
      const y = b?.[f];
      if ((x ?? 0) === (y ?? 0)) continue;
      push(F, `${code} ${name}：${FUNCTION_LABELS[f]}`, yuan(x ?? 0), yuan(y ?? 0));
    }
  }
  const S = before.summary;
  const T = after.summary;
  push(F, "用事业基金弥补收支差额", yuan(S.institutionFundUsed), yuan(T.institutionFundUsed));
  push(F, "结余分配", yuan(S.surplusDistribution), yuan(T.surplusDistribution));
  push(F, "上年收入支出总计", yuan(S.priorYearGrandTotal), yuan(T.priorYearGrandTotal));
  push(F, "上年财政拨款收入支出总计", yuan(S.priorYearFiscalGrandTotal), yuan(T.priorYearFiscalGrandTotal));

  // 基本支出（经济分类）
  const E = "基本支出（经济分类）";
  const econA = new Map(before.economicLines.map((l) => [l.subjectCode, l]));
  const econB = new Map(after.economicLines.map((l) => [l.subjectCode, l]));
  for (const code of [...new Set([...econA.keys(), ...econB.keys()])].sort()) {
    const name = after.economicSubjects[code]?.name ?? before.economicSubjects[code]?.name ?? "";
    push(E, `${code} ${name}：本年决算数`, yuan(econA.get(code)?.amount ?? 0), yuan(econB.get(code)?.amount ?? 0));
    push(
      E,
      `${code} ${name}：上年决算数`,
      yuan(econA.get(code)?.priorYearAmount ?? 0),
      yuan(econB.get(code)?.priorYearAmount ?? 0),
    );
  }

  // “三公”经费
  const TP = "“三公”经费";
  for (const item of THREE_PUBLIC_ITEMS) {
    const a = before.threePublic.amounts[item];
    const b = after.threePublic.amounts[item];
    const label = THREE_PUBLIC_LABELS[item];
    push(TP, `${label}：年初预算数`, yuan(a.initialBudget), yuan(b.initialBudget));
    push(TP, `${label}：决算数`, yuan(a.actual), yuan(b.actual));
    push(TP, `${label}：上年决算数`, yuan(a.priorYear), yuan(b.priorYear));
  }
  for (const [k, label] of QUANTITY_FIELDS)
    push(TP, label, String(before.threePublic.quantities[k]), String(after.threePublic.quantities[k]));

  // 其他事项
  const O = "其他事项";
  for (const [k, label] of OTHER_MONEY_FIELDS)
    push(O, label, yuan(before.otherMatters[k]), yuan(after.otherMatters[k]));
  push(O, "车辆总数（辆）", String(before.otherMatters.vehiclesTotal), String(after.otherMatters.vehiclesTotal));
  for (const c of VEHICLE_CATEGORIES)
    push(O, `${VEHICLE_LABELS[c]}（辆）`, String(before.vehicleCounts[c]), String(after.vehicleCounts[c]));
  push(O, "其他用车主要用于", before.otherMatters.otherVehiclePurpose, after.otherMatters.otherVehiclePurpose);
  push(
    O,
    "单价50万元（含）以上通用设备",
    String(before.otherMatters.generalEquipmentOver500k),
    String(after.otherMatters.generalEquipmentOver500k),
  );
  push(
    O,
    "单价100万元（含）以上专用设备",
    String(before.otherMatters.specialEquipmentOver1m),
    String(after.otherMatters.specialEquipmentOver1m),
  );

  // 政府性基金 / 国有资本经营
  push(
    "政府性基金 / 国有资本经营",
    "本部门无政府性基金收支",
    before.report.noGovFundActivity ? "是" : "否",
    after.report.noGovFundActivity ? "是" : "否",
  );
  push(
    "政府性基金 / 国有资本经营",
    "本部门无国有资本经营预算支出",
    before.report.noStateCapitalActivity ? "是" : "否",
    after.report.noStateCapitalActivity ? "是" : "否",
  );

  // 绩效自评
  const PF = "绩效自评";
  const projA = new Map(before.projects.map((p) => [p.name, p]));
  const projB = new Map(after.projects.map((p) => [p.name, p]));
  for (const name of [...new Set([...projA.keys(), ...projB.keys()])]) {
    const a = projA.get(name);
    const b = projB.get(name);
    if (!a || !b) {
      push(
        PF,
        `项目“${name}”`,
        a ? `预算${yuan(a.budget)}，执行${yuan(a.executed)}` : "（无）",
        b ? `预算${yuan(b.budget)}，执行${yuan(b.executed)}` : "（无）",
      );
      continue;
    }
    push(PF, `项目“${name}”：年初预算数`, yuan(a.initialBudget), yuan(b.initialBudget));
    push(PF, `项目“${name}”：全年预算数`, yuan(a.budget), yuan(b.budget));
    push(PF, `项目“${name}”：全年执行数`, yuan(a.executed), yuan(b.executed));
    push(
      PF,
      `项目“${name}”：自评得分`,
      a.scoreHundredths === null ? "（未评）" : formatPoints(a.scoreHundredths),
      b.scoreHundredths === null ? "（未评）" : formatPoints(b.scoreHundredths),
    );
    for (const k of ["declaredGrade", "goal", "effect", "problems", "nextSteps"] as const)
      push(
        PF,
        `项目“${name}”：${{ declaredGrade: "自评表等级", goal: "年度总体目标", effect: "实际完成情况及效果", problems: "存在的问题", nextSteps: "下一步改进措施" }[k]}`,
        a[k],
        b[k],
      );
    const ind = (p: typeof a) =>
      p.indicators.map(
        (i) => `${i.level3} 指标值${i.targetValue} 完成${i.actualValue} 得分${formatPoints(i.scoreHundredths)}`,
      );
    const ia = ind(a);
    const ib = ind(b);
    for (let i = 0; i < Math.max(ia.length, ib.length); i++)
      push(PF, `项目“${name}”：指标${i + 1}`, ia[i] ?? "（无）", ib[i] ?? "（无）");
  }
  push(PF, "预算绩效管理工作开展情况", before.performance.workOverview, after.performance.workOverview);
  push(PF, "部门绩效自评结果", before.performance.departmentGrade, after.performance.departmentGrade);
  push(PF, "部门绩效评价情况", before.performance.departmentEvaluation, after.performance.departmentEvaluation);

  // 说明 and 名词解释
  for (const slot of [...new Set([...Object.keys(before.explanations), ...Object.keys(after.explanations)])].sort()) {
    push("说明（主要原因）", slot, before.explanations[slot] ?? "（无）", after.explanations[slot] ?? "（无）");
  }
  const g = (d: ReportData) => d.glossary.map((e) => `${e.term}：${e.definition}`);
  const ga = g(before);
  const gb = g(after);
  for (let i = 0; i < Math.max(ga.length, gb.length); i++)
    push("名词解释", `第${i + 1}条`, ga[i] ?? "（无）", gb[i] ?? "（无）");
  return out;
}
