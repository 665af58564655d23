/**
 * 审核 rules: pure checks over a report's data. Each finding has the rule's id, a severity
 * (`error` blocks submission; `warning` needs a written 说明 before submission), a message in Chinese
 * that names the figures involved, the entry section to fix it in, and a stable key (rule + subject)
 * that a 说明 is filed under.
 *
 * Most identities of docs/consistency-rules.md hold by construction, because every table is derived
 * from the same line items (tests/golden/table-identities.test.ts shows it). The rules here cover
 * what entry does not guarantee.
 */
import { keyFigures } from "../disclosure/derive";
import { formatPoints, gradeFor } from "../disclosure/grades";
import type { FunctionMoneyField, ReportData } from "../disclosure/report-data";
import { FUNCTION_MONEY_FIELDS } from "../disclosure/report-data";
import { explanationSlots, type ExplanationSlot } from "../disclosure/slots";
import { amountLimitProblems } from "../disclosure/limits";
import type { DisclosureTemplate } from "../disclosure/template";
import { formatYuan, percent } from "../money";
import { CARRIED_GROUP_INFO, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, VEHICLE_CATEGORIES } from "../domain";

import { COMPLETENESS_RULES } from "./completeness";
import { FREE_TEXT_RULES } from "./free-text";
import { type Finding, type Rule, type RuleContext, w } from "./rule";
import { TEMPLATE_FIT_RULES } from "./template-fit";

export type { Finding, Severity } from "./rule";

const FUNDS = [
  { key: "GeneralBudget", label: "一般公共预算财政拨款" },
  { key: "GovFund", label: "政府性基金预算财政拨款" },
  { key: "StateCapital", label: "国有资本经营预算财政拨款" },
] as const;

export const RULES: Rule[] = [
  {
    id: "R-CARRIED",
    severity: "error",
    section: "profile",
    title: "取自往年决算的数据已确认（待确认的不能提交）",
    check: (d) =>
      d.toConfirm.map((c) => {
        const info = CARRIED_GROUP_INFO[c.group];
        return {
          key: `R-CARRIED:${c.group}`,
          section: info.section,
          message: `${info.label}（${info.what}）取自${c.fromYear}年度决算，尚待确认：请逐项核对，与上年相同的勾选“与上年相同，确认沿用”后保存，不同的按本年情况修改后保存。确认前公开文本不列示这些内容。`,
          field: "confirmCarried",
        };
      }),
  },
  ...COMPLETENESS_RULES,
  {
    id: "R-CARRY",
    severity: "error",
    section: "functionLines",
    title: "结转结余平衡：年初 + 收入 − 支出 = 年末（分资金来源）",
    check: (d) => {
      const out: ReturnType<Rule["check"]> = [];
      for (const l of d.functionLines) {
        for (const f of FUNDS) {
          const start = l[`carryStart${f.key}`];
          const income = l[`income${f.key}`];
          const spent = l[`basic${f.key}`] + l[`project${f.key}`];
          const end = l[`carryEnd${f.key}`];
          const expected = start + income - spent;
          if (expected !== end) {
            out.push({
              key: `R-CARRY:${l.subjectCode}:${f.key}`,
              message: `科目${l.subjectCode}${f.label}：年初结转和结余${w(start)} + 本年收入${w(income)} − 本年支出${w(spent)} = ${w(expected)}，但年末结转和结余填的是${w(end)}。`,
              field: `lines.${d.functionLines.indexOf(l)}.carryEnd${f.key}`,
            });
          }
        }
      }
      return out;
    },
  },
  {
    id: "R-BALANCE",
    severity: "error",
    section: "functionLines",
    title: "收入总计 = 支出总计（决算公开01表）",
    check: (d) => {
      const k = keyFigures(d);
      const expense = k.expenseTotal + d.summary.surplusDistribution + k.carryEndTotal;
      return k.grandTotal === expense
        ? []
        : [
            {
              key: "R-BALANCE",
              message: `收入总计${w(k.grandTotal)}（本年收入${w(k.incomeTotal)} + 用事业基金弥补收支差额${w(d.summary.institutionFundUsed)} + 年初结转和结余${w(k.carryStartTotal)}）与支出总计${w(expense)}（本年支出${w(k.expenseTotal)} + 结余分配${w(d.summary.surplusDistribution)} + 年末结转和结余${w(k.carryEndTotal)}）不等，相差${formatYuan(k.grandTotal - expense)}元。`,
            },
          ];
    },
  },
  {
    id: "R-ECON-BASIC",
    severity: "error",
    section: "economicLines",
    title: "经济分类基本支出 = 功能分类一般公共预算财政拨款基本支出",
    check: (d) => {
      const k = keyFigures(d);
      const econ = k.personnel + k.publicUse;
      return econ === k.generalBudgetBasic
        ? []
        : [
            {
              key: "R-ECON-BASIC",
              message: `经济分类基本支出合计${w(econ)}（人员经费${w(k.personnel)} + 公用经费${w(k.publicUse)}）与功能分类中一般公共预算财政拨款基本支出${w(k.generalBudgetBasic)}不等，相差${formatYuan(econ - k.generalBudgetBasic)}元。`,
            },
          ];
    },
  },
  {
    id: "R-3P-OVER",
    severity: "warning",
    section: "threePublic",
    title: "“三公”经费决算超过年初预算",
    check: (d) =>
      THREE_PUBLIC_ITEMS.filter((i) => d.threePublic.amounts[i].actual > d.threePublic.amounts[i].initialBudget).map(
        (i) => {
          const a = d.threePublic.amounts[i];
          return {
            key: `R-3P-OVER:${i}`,
            message: `${THREE_PUBLIC_LABELS[i]}决算${w(a.actual)}超过年初预算${w(a.initialBudget)}${a.initialBudget > 0 ? `（完成年初预算的${percent(a.actual, a.initialBudget)}%）` : ""}，请说明原因。`,
            field: `amounts.${THREE_PUBLIC_ITEMS.indexOf(i)}.actual`,
          };
        },
      ),
  },
  {
    id: "R-3P-T6",
    severity: "warning",
    section: "threePublic",
    title: "“三公”经费决算不应少于基本支出中的相应经济科目",
    check: (d) => {
      const econ = new Map(d.economicLines.map((e) => [e.subjectCode, e.amount]));
      const pairs: [string, number, string][] = [
        ["30212", d.threePublic.amounts.abroad.actual, "因公出国（境）费"],
        ["30217", d.threePublic.amounts.reception.actual, "公务接待费"],
        ["30231", d.threePublic.amounts.vehicle_operation.actual, "公务用车运行维护费"],
        ["31013", d.threePublic.amounts.vehicle_purchase.actual, "公务用车购置费"],
      ];
      return pairs
        .filter(([code, actual]) => (econ.get(code) ?? 0) > actual)
        .map(([code, actual, label]) => ({
          key: `R-3P-T6:${code}`,
          message: `基本支出经济分类${code}中${label}${w(econ.get(code) ?? 0)}，大于“三公”经费中${label}决算${w(actual)}。`,
        }));
    },
  },
  {
    id: "R-AGENCY",
    severity: "error",
    section: "otherMatters",
    title: "机关运行经费不超过公用经费",
    check: (d) => {
      const k = keyFigures(d);
      return d.otherMatters.agencyOperatingCost > k.publicUse
        ? [
            {
              key: "R-AGENCY",
              message: `机关运行经费${w(d.otherMatters.agencyOperatingCost)}超过一般公共预算财政拨款公用经费${w(k.publicUse)}。`,
              field: "agencyOperatingCost",
            },
          ]
        : [];
    },
  },
  {
    id: "R-AGENCY-UNITS",
    severity: "error",
    section: "otherMatters",
    title: "机关运行经费只在有行政单位或参公事业单位时填列",
    check: (d) =>
      d.otherMatters.agencyOperatingCost !== 0 &&
      !d.units.some((u) => u.nature === "administrative" || u.nature === "civil_service_managed")
        ? [
            {
              key: "R-AGENCY-UNITS",
              message: `机关运行经费填了${w(d.otherMatters.agencyOperatingCost)}，但本部门的单位中没有行政单位或参照公务员法管理的事业单位；机关运行经费只反映这两类单位的公用经费。请核对单位性质，或将机关运行经费填为0。`,
              field: "agencyOperatingCost",
            },
          ]
        : [],
  },
  {
    id: "R-PROCUREMENT",
    severity: "error",
    section: "otherMatters",
    title: "政府采购：货物、工程、服务之和等于合计；中小企业、小微企业不超过合计",
    check: (d) => {
      const o = d.otherMatters;
      const parts = o.procurementGoods + o.procurementWorks + o.procurementServices;
      const out: ReturnType<Rule["check"]> = [];
      if (parts !== o.procurementTotal) {
        out.push({
          key: "R-PROCUREMENT:parts",
          message: `政府采购货物${w(o.procurementGoods)}、工程${w(o.procurementWorks)}、服务${w(o.procurementServices)}之和${w(parts)}，与政府采购支出合计${w(o.procurementTotal)}不等。`,
          field: "procurementTotal",
        });
      }
      if (o.procurementSme > o.procurementTotal) {
        out.push({
          key: "R-PROCUREMENT:sme",
          message: `授予中小企业合同金额${w(o.procurementSme)}超过政府采购支出合计${w(o.procurementTotal)}。`,
          field: "procurementSme",
        });
      }
      if (o.procurementSmallMicro > o.procurementSme) {
        out.push({
          key: "R-PROCUREMENT:micro",
          message: `授予小微企业合同金额${w(o.procurementSmallMicro)}超过授予中小企业合同金额${w(o.procurementSme)}。`,
          field: "procurementSmallMicro",
        });
      }
      return out;
    },
  },
  {
    id: "R-VEHICLES",
    severity: "error",
    section: "otherMatters",
    facts: ["assets"],
    title: "各类车辆之和等于车辆总数",
    check: (d) => {
      const sum = VEHICLE_CATEGORIES.reduce((s, c) => s + d.vehicleCounts[c], 0);
      return sum === d.otherMatters.vehiclesTotal
        ? []
        : [
            {
              key: "R-VEHICLES",
              message: `各类车辆之和为${sum}辆，与车辆总数${d.otherMatters.vehiclesTotal}辆不符。`,
              field: "vehiclesTotal",
            },
          ];
    },
  },
  {
    id: "R-VEHICLES-3P",
    severity: "warning",
    section: "otherMatters",
    facts: ["assets", "quantities"],
    title: "车辆总数与“三公”经费公务用车保有量一致",
    check: (d) =>
      d.otherMatters.vehiclesTotal === d.threePublic.quantities.vehiclesHeld
        ? []
        : [
            {
              key: "R-VEHICLES-3P",
              message: `国有资产中车辆总数${d.otherMatters.vehiclesTotal}辆，与“三公”经费实物量中公务用车保有量${d.threePublic.quantities.vehiclesHeld}辆不一致。`,
              field: "vehiclesTotal",
            },
          ],
  },
  {
    id: "R-STAFF",
    severity: "warning",
    section: "profile",
    facts: ["profile"],
    title: "实有人数超过核定编制",
    check: (d) =>
      d.profile.staffing
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.actual > s.authorized)
        .map(({ s, i }) => ({
          key: `R-STAFF:${s.category}`,
          message: `${s.category}实有${s.actual}人，超过核定编制${s.authorized}名。`,
          field: `staffing.${i}.actual`,
        })),
  },
  {
    id: "R-PROJ-OVER",
    severity: "error",
    section: "performance",
    title: "项目执行数不超过全年预算数",
    check: (d) =>
      d.projects
        .filter((p) => p.executed > p.budget)
        .map((p) => ({
          key: `R-PROJ-OVER:${p.name}`,
          message: `项目“${p.name}”执行数${w(p.executed)}超过全年预算数${w(p.budget)}。`,
          field: `project:${p.id}`,
        })),
  },
  {
    id: "R-SCORE",
    severity: "error",
    section: "performance",
    title: "自评得分、指标分值和平均分在0到100之间",
    check: (d) => {
      const out: ReturnType<Rule["check"]> = [];
      const outside = (h: number | null) => h !== null && (h < 0 || h > 10_000);
      for (const p of d.projects) {
        if (outside(p.scoreHundredths))
          out.push({
            key: `R-SCORE:${p.name}`,
            message: `项目“${p.name}”的自评得分${formatPoints(p.scoreHundredths!)}分不在0到100之间。`,
            field: `project:${p.id}`,
          });
        p.indicators.forEach((ind, i) => {
          if (outside(ind.weightHundredths) || outside(ind.scoreHundredths))
            out.push({
              key: `R-SCORE:${p.name}:${i + 1}`,
              message: `项目“${p.name}”第${i + 1}个绩效指标“${ind.level3 || ind.level2 || ind.level1}”的分值${formatPoints(ind.weightHundredths)}分、得分${formatPoints(ind.scoreHundredths)}分，应在0到100之间。`,
              field: `project:${p.id}`,
            });
        });
      }
      if (outside(d.performance.averageScoreHundredths))
        out.push({
          key: "R-SCORE:average",
          message: `自评项目平均分${formatPoints(d.performance.averageScoreHundredths!)}分不在0到100之间。`,
          field: "averageScore",
        });
      return out;
    },
  },
  {
    id: "R-PROJ-SHARE",
    severity: "error",
    section: "performance",
    title: "自评项目执行数合计不超过一般公共预算财政拨款项目支出",
    check: (d) => {
      const k = keyFigures(d);
      const evaluated = d.projects.filter((p) => p.scoreHundredths !== null);
      const executed = evaluated.reduce((s, p) => s + p.executed, 0);
      if (executed <= k.generalBudgetProject) return [];
      return [
        {
          key: "R-PROJ-SHARE",
          message: `${evaluated.length}个自评项目的执行数合计${w(executed)}，超过一般公共预算财政拨款项目支出${w(k.generalBudgetProject)}${k.generalBudgetProject > 0 ? `（公开文本将印出“占一般公共预算项目支出总额的${percent(executed, k.generalBudgetProject)}%”）` : ""}。请核对项目执行数或功能分类中的项目支出。`,
          field: evaluated.length === 1 ? `project:${evaluated[0]!.id}` : undefined,
        },
      ];
    },
  },
  {
    id: "R-PROJ-RATE",
    severity: "warning",
    section: "performance",
    title: "项目预算执行率低于90%",
    check: (d) =>
      d.projects
        .filter((p) => p.budget > 0 && p.executed <= p.budget && p.executed * 10 < p.budget * 9)
        .map((p) => ({
          key: `R-PROJ-RATE:${p.name}`,
          message: `项目“${p.name}”全年预算数${w(p.budget)}，执行数${w(p.executed)}，执行率${percent(p.executed, p.budget)}%，低于90%。`,
          field: `project:${p.id}`,
        })),
  },
  {
    id: "R-PROJ-GRADE",
    severity: "warning",
    section: "performance",
    title: "自评表填写的等级与得分不符",
    check: (d, ctx) =>
      d.projects.flatMap((p) => {
        const grade = gradeFor(p.scoreHundredths, ctx.template.gradeBands);
        if (!p.declaredGrade || !grade || p.declaredGrade === grade) return [];
        return [
          {
            key: `R-PROJ-GRADE:${p.name}`,
            message: `项目“${p.name}”自评得分${formatPoints(p.scoreHundredths!)}分，按评分标准应为“${grade}”，自评表填写的是“${p.declaredGrade}”；公开文本按“${grade}”统计。`,
            field: `project:${p.id}`,
          },
        ];
      }),
  },
  {
    id: "R-REASON",
    severity: "error",
    section: "explanations",
    title: "公开文本要说明原因的变动和预算差异都已填写原因",
    check: (d, ctx) =>
      ctx
        .slots()
        .filter((s) => s.state === "needed" && !(d.explanations[s.key] ?? "").trim())
        .map((s) => ({
          key: `R-REASON:${s.key}`,
          message: `${s.section.replace(/^[一二三四五六七八九十]+、/, "")}：${s.label}（${s.figure}）尚未填写主要原因。`,
          field: s.key,
        })),
  },
  {
    id: "R-REASON-STALE",
    severity: "warning",
    section: "explanations",
    title: "已不需要的原因（公开文本不会印出）应清除",
    check: (d, ctx) =>
      ctx
        .slots()
        .filter((s) => s.state === "stale")
        .map((s) => ({
          key: `R-REASON-STALE:${s.key}`,
          message: `${s.label}：已填写的原因“${(d.explanations[s.key] ?? "").trim().slice(0, 40)}”已不需要（数字已无变化或差异，公开文本不会印出），请在“说明”页清除。`,
          field: s.key,
        })),
  },
  {
    id: "R-NEGATIVE",
    severity: "error",
    section: "functionLines",
    title: "金额不应为负数（结余分配除外）",
    check: (d) => {
      const out: ReturnType<Rule["check"]> = [];
      d.functionLines.forEach((l, i) => {
        for (const f of FUNCTION_MONEY_FIELDS as readonly FunctionMoneyField[]) {
          if (l[f] < 0)
            out.push({
              key: `R-NEGATIVE:${l.subjectCode}:${f}`,
              message: `科目${l.subjectCode}有负数金额${w(l[f])}。`,
              field: `lines.${i}.${f}`,
            });
        }
      });
      for (const e of d.economicLines) {
        if (e.amount < 0 || e.priorYearAmount < 0)
          out.push({ key: `R-NEGATIVE:${e.subjectCode}`, message: `经济分类${e.subjectCode}有负数金额。` });
      }
      return out;
    },
  },
  {
    id: "R-CATALOG",
    severity: "error",
    section: "functionLines",
    title: "科目在本年度科目表中",
    check: (d) => [
      ...d.functionLines
        .filter((l) => d.functionSubjects[l.subjectCode]?.level !== "item")
        .map((l) => ({
          key: `R-CATALOG:${l.subjectCode}`,
          message: `功能分类科目${l.subjectCode}不在${d.report.year}年科目表的项级科目中。`,
          field: `lines.${d.functionLines.indexOf(l)}.subjectCode`,
        })),
      ...d.economicLines
        .filter((e) => d.economicSubjects[e.subjectCode]?.level !== "section")
        .map((e) => ({
          key: `R-CATALOG:${e.subjectCode}`,
          message: `经济分类科目${e.subjectCode}不在${d.report.year}年科目表的款级科目中。`,
        })),
    ],
  },
  {
    id: "R-SUBJECT-LOCAL",
    severity: "warning",
    section: "functionLines",
    title: "使用的科目是填报时添加、尚待管理员确认的",
    check: (d) =>
      d.functionLines.flatMap((l) => {
        const local = [l.subjectCode, l.subjectCode.slice(0, 5), l.subjectCode.slice(0, 3)]
          .map((code) => d.functionSubjects[code])
          .filter((s) => s?.addedLocally);
        if (local.length === 0) return [];
        const names = local.map((s) => `${s!.code}“${s!.name}”`).join("、");
        return [
          {
            key: `R-SUBJECT-LOCAL:${l.subjectCode}`,
            message: `科目${names}是填报时添加到${d.report.year}年科目表的，尚待管理员确认。请核对编码和名称与财政部门发布的科目表一致；管理员确认后此警告消失。`,
            field: `lines.${d.functionLines.indexOf(l)}.subjectCode`,
          },
        ];
      }),
  },
  {
    id: "R-FUNDS-DECLARED",
    severity: "error",
    section: "funds",
    title: "声明“无此项收支”时不应有相应数据",
    check: (d) => {
      const has = (kind: "GovFund" | "StateCapital") =>
        d.functionLines.some(
          (l) =>
            l[`income${kind}`] ||
            l[`basic${kind}`] ||
            l[`project${kind}`] ||
            l[`carryStart${kind}`] ||
            l[`carryEnd${kind}`],
        );
      const out: ReturnType<Rule["check"]> = [];
      if (d.report.noGovFundActivity && has("GovFund"))
        out.push({
          key: "R-FUNDS-DECLARED:GovFund",
          message: "已声明本部门无政府性基金收支，但功能分类中填有政府性基金数据。",
          field: "noGovFundActivity",
        });
      if (d.report.noStateCapitalActivity && has("StateCapital"))
        out.push({
          key: "R-FUNDS-DECLARED:StateCapital",
          message: "已声明本部门无国有资本经营预算支出，但功能分类中填有国有资本经营预算数据。",
          field: "noStateCapitalActivity",
        });
      return out;
    },
  },
  ...TEMPLATE_FIT_RULES,
  ...FREE_TEXT_RULES,
];

/** The id of the finding for amounts beyond the limit of exact arithmetic (lib/disclosure/limits.ts). */
export const AMOUNT_LIMIT_RULE = "R-AMOUNT-LIMIT";

/**
 * Every finding of every rule, in rule order. A report whose amounts add up beyond the limit of exact
 * arithmetic (stored before the limit existed) gets only that finding, one per section: no other rule
 * can compute its figures exactly, and the clerk's first job is to correct them.
 */
export function runRules(data: ReportData, template: DisclosureTemplate): Finding[] {
  const beyond = amountLimitProblems(data);
  if (beyond.length > 0)
    return beyond.map((p) => ({
      ruleId: AMOUNT_LIMIT_RULE,
      severity: "error",
      key: `${AMOUNT_LIMIT_RULE}:${p.section}`,
      section: p.section,
      message: p.message,
    }));
  let slots: ExplanationSlot[] | undefined;
  const ctx: RuleContext = { template, slots: () => (slots ??= explanationSlots(data, template)) };
  const toConfirm = new Set(data.toConfirm.map((c) => c.group));
  return RULES.flatMap((rule) =>
    (rule.facts?.some((g) => toConfirm.has(g)) ? [] : rule.check(data, ctx)).map((f) => ({
      ...f,
      ruleId: rule.id,
      severity: rule.severity,
      section: f.section ?? rule.section,
    })),
  );
}

/**
 * Whether a report may be submitted: no error, and a 说明 for every warning. Returns the reasons it may
 * not, in Chinese.
 */
export function submissionBlockers(findings: Finding[], notes: Record<string, string>): string[] {
  const errors = findings.filter((f) => f.severity === "error");
  const unexplained = findings.filter((f) => f.severity === "warning" && !(notes[f.key] ?? "").trim());
  const out: string[] = [];
  if (errors.length) out.push(`有${errors.length}项审核错误，须改正后才能提交。`);
  if (unexplained.length) out.push(`有${unexplained.length}项审核警告尚未填写说明。`);
  return out;
}
