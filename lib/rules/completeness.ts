/**
 * Completeness and plausibility: a report with nothing in it, or whose amounts were typed in the wrong
 * unit, must not pass 审核 just because nothing contradicts anything. Pure.
 */
import { keyFigures } from "../disclosure/derive";
import { type Rule, w } from "./rule";

export const COMPLETENESS_RULES: Rule[] = [
  {
    id: "R-NO-LINES",
    severity: "error",
    section: "functionLines",
    title: "至少填列一个功能分类项级科目",
    check: (d) =>
      d.functionLines.length === 0
        ? [
            {
              key: "R-NO-LINES",
              message: `尚未填列任何功能分类科目：${d.report.year}年度的收入、支出都按项级科目填列，公开的九张表都由它们汇总。`,
            },
          ]
        : [],
  },
  {
    id: "R-NO-INCOME",
    severity: "error",
    section: "functionLines",
    title: "本年收入合计不为0",
    check: (d) => {
      if (d.functionLines.length === 0) return [];
      const k = keyFigures(d);
      return k.incomeTotal === 0
        ? [
            {
              key: "R-NO-INCOME",
              message: `已填列${d.functionLines.length}个科目，但本年收入合计为0.00万元。请在功能分类中填列各项收入。`,
              field: "lines.0.incomeGeneralBudget",
            },
          ]
        : [];
    },
  },
  {
    id: "R-NO-EXPENSE",
    severity: "error",
    section: "functionLines",
    title: "本年支出合计不为0",
    check: (d) => {
      if (d.functionLines.length === 0) return [];
      const k = keyFigures(d);
      return k.expenseTotal === 0
        ? [
            {
              key: "R-NO-EXPENSE",
              message: `已填列${d.functionLines.length}个科目，本年收入合计${w(k.incomeTotal)}，但本年支出合计为0.00万元。请在功能分类中填列基本支出和项目支出。`,
              field: "lines.0.basicGeneralBudget",
            },
          ]
        : [];
    },
  },
  {
    id: "R-PROFILE",
    severity: "error",
    section: "profile",
    facts: ["profile"],
    title: "部门概况填写了部门职责和机构设置",
    check: (d) => {
      const out: ReturnType<Rule["check"]> = [];
      if (!d.profile.duties.some((t) => t.trim()) && !d.profile.dutiesSupplement.trim())
        out.push({
          key: "R-PROFILE:duties",
          message: "部门概况尚未填写部门职责：公开文本第一部分从部门职责开始。",
          field: "duties.0.text",
        });
      if (!d.profile.organisations.some((o) => o.name.trim()))
        out.push({
          key: "R-PROFILE:organisations",
          message: "部门概况尚未填写机构设置（内设机构或下属单位）。",
          field: "internalOrgs.0.name",
        });
      return out;
    },
  },
  {
    id: "R-MAGNITUDE",
    severity: "warning",
    section: "functionLines",
    title: "收入、支出总计与上年相差十倍以上：请确认金额单位",
    check: (d) => {
      const current = BigInt(keyFigures(d).grandTotal);
      const prior = BigInt(d.summary.priorYearGrandTotal);
      if (current <= 0n || prior <= 0n) return [];
      const tooSmall = current * 10n < prior;
      const tooLarge = current > prior * 10n;
      if (!tooSmall && !tooLarge) return [];
      return [
        {
          key: "R-MAGNITUDE",
          message: `收入、支出总计${w(Number(current))}，上年为${w(Number(prior))}，${tooSmall ? "不到上年的十分之一" : `是上年的${(current / prior).toString()}倍以上`}。请确认各项金额都按“元”填列（不是万元或千元），上年决算数也按元填列；确属实际变化的，请在说明中写明。`,
          field: "lines.0.incomeGeneralBudget",
        },
      ];
    },
  },
];
