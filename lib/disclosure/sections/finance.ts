/** 第三部分: 收入支出总体, 收入, 支出, 财政拨款, 一般公共预算, 基本支出. */
import { slotKey } from "../slot-keys";
import { classOf, isPersonnelCode } from "../derive";
import type { FunctionLine, ReportData } from "../report-data";
import { change, completion, flag, list, printed, rate, shares, wan, type Values } from "../values";
import { budgetFigure, purposeFor, reasonFor, yoy, type SectionKindDef } from "./kind";

const COMPARISON = {
  change: "与上年的变化（按所选变化句式表述）",
  reason: "变化的主要原因（无变化或未填写时不成立）",
};

export const total: SectionKindDef = {
  label: "收入支出决算总体情况",
  placeholders: { grandTotal: "收入支出总计", priorGrandTotal: "上年收入支出总计", ...COMPARISON },
  values: (ctx) => ({
    values: {
      grandTotal: wan(ctx.k.grandTotal),
      priorGrandTotal: wan(ctx.data.summary.priorYearGrandTotal),
      ...yoy(ctx, slotKey("total", "yoy"), "收入、支出总计", ctx.k.grandTotal, ctx.data.summary.priorYearGrandTotal),
    },
  }),
};

export const fiscal: SectionKindDef = {
  label: "财政拨款收入支出决算总体情况",
  placeholders: {
    fiscalGrandTotal: "财政拨款收入支出总计",
    priorFiscalGrandTotal: "上年财政拨款收入支出总计",
    ...COMPARISON,
  },
  values: (ctx) => ({
    values: {
      fiscalGrandTotal: wan(ctx.k.fiscalGrandTotal),
      priorFiscalGrandTotal: wan(ctx.data.summary.priorYearFiscalGrandTotal),
      ...yoy(
        ctx,
        slotKey("fiscal", "yoy"),
        "财政拨款收入、支出总计",
        ctx.k.fiscalGrandTotal,
        ctx.data.summary.priorYearFiscalGrandTotal,
      ),
    },
  }),
};

const INCOME_OF: Record<string, (l: FunctionLine) => number> = {
  fiscal: (l) => l.incomeGeneralBudget + l.incomeGovFund + l.incomeStateCapital,
  generalBudget: (l) => l.incomeGeneralBudget,
  govFund: (l) => l.incomeGovFund,
  stateCapital: (l) => l.incomeStateCapital,
  superiorSubsidy: (l) => l.incomeSuperiorSubsidy,
  business: (l) => l.incomeBusiness,
  operating: (l) => l.incomeOperating,
  fromSubsidiary: (l) => l.incomeFromSubsidiary,
  other: (l) => l.incomeOther,
};

/** Items with an amount, each with its share of `whole` (shares of one list add up to 100.00%). */
function shareItems(parts: { label: string; fen: number }[]): Values[] {
  const present = parts.filter((p) => printed(p.fen) !== 0);
  const s = shares(present.map((p) => p.fen));
  return present.map((p, i) => ({ label: p.label, amount: wan(p.fen), share: s[i] ?? null }));
}

const SHARE_ITEM = { label: "名称", amount: "金额", share: "占合计的比例" };

export const income: SectionKindDef = {
  label: "收入决算情况",
  placeholders: { incomeTotal: "本年收入合计" },
  lists: { items: SHARE_ITEM },
  values: ({ data, k }, spec) => {
    const sources = spec.options.incomeSources ?? [];
    const items = sources.map((s) => ({
      label: s.label,
      fen: data.functionLines.reduce((sum, l) => sum + INCOME_OF[s.source]!(l), 0),
    }));
    return {
      values: { incomeTotal: wan(k.incomeTotal), items: list(shareItems(items)) },
      sums: [{ total: k.incomeTotal, parts: items.map((i) => i.fen), uses: ["items"] }],
    };
  },
};

export const expense: SectionKindDef = {
  label: "支出决算情况",
  placeholders: { expenseTotal: "本年支出合计" },
  lists: { items: SHARE_ITEM },
  values: ({ data, k }, spec) => {
    const sum = (f: (l: FunctionLine) => number) => data.functionLines.reduce((s, l) => s + f(l), 0);
    const amounts: Record<string, number> = {
      basic: k.basicTotal,
      project: k.projectTotal,
      remitToSuperior: sum((l) => l.remitToSuperior),
      operating: sum((l) => l.operatingExpense),
      subsidyToSubsidiary: sum((l) => l.subsidyToSubsidiary),
    };
    const items = (spec.options.expenseKinds ?? []).map((e) => ({ label: e.label, fen: amounts[e.kind] ?? 0 }));
    return {
      values: { expenseTotal: wan(k.expenseTotal), items: list(shareItems(items)) },
      sums: [{ total: k.expenseTotal, parts: items.map((i) => i.fen), uses: ["items"] }],
    };
  },
};

interface Row {
  code: string;
  actual: number;
  basic: number;
  project: number;
  budget: number;
  prior: number;
}

/** 一般公共预算财政拨款 per 类 or per 项, in code order; rows with nothing to say are left out. */
export function generalBudgetRows(data: ReportData, level: "class" | "item", basis: "initial" | "adjusted"): Row[] {
  const map = new Map<string, Row>();
  for (const l of data.functionLines) {
    const code = level === "class" ? classOf(l.subjectCode) : l.subjectCode;
    const row = map.get(code) ?? { code, actual: 0, basic: 0, project: 0, budget: 0, prior: 0 };
    row.basic += l.basicGeneralBudget;
    row.project += l.projectGeneralBudget;
    row.actual += l.basicGeneralBudget + l.projectGeneralBudget;
    row.budget += basis === "adjusted" ? l.adjustedBudgetGeneralBudget : l.initialBudgetGeneralBudget;
    row.prior += l.priorYearGeneralBudget;
    map.set(code, row);
  }
  return [...map.values()]
    .filter((r) => r.actual !== 0 || r.budget !== 0 || (level === "class" && r.prior !== 0))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export const generalBudget: SectionKindDef = {
  label: "一般公共预算财政拨款支出决算情况（总体、结构、具体情况）",
  placeholders: {
    amount: "一般公共预算财政拨款支出",
    basic: "其中基本支出",
    project: "其中项目支出",
    prior: "上年一般公共预算财政拨款支出",
    shareOfExpense: "占本年支出合计的比例",
    budget: "预算数（年初预算或全年预算，按设置）",
    rate: "完成预算的比例（无预算时不成立）",
    completion: "决算与预算的比较（按所选完成句式表述）",
    hasDetails: "有逐项说明时为空、否则不成立",
    ...COMPARISON,
  },
  lists: {
    classes: { code: "类级科目编码", name: "类名称", amount: "支出决算", share: "占一般公共预算财政拨款支出的比例" },
    details: {
      code: "科目编码（按设置的层级：类或项）",
      name: "科目名称",
      className: "所属类名称",
      sectionName: "所属款名称",
      itemName: "项名称",
      budget: "预算数",
      actual: "支出决算",
      prior: "上年决算数",
      change: "与上年的变化",
      completion: "决算与预算的比较",
      rate: "完成预算的比例",
      purpose: "主要用于（填报员在“说明”页填写；未填时不成立）",
    },
  },
  values: (ctx, spec) => {
    const { data, k } = ctx;
    const level = spec.options.level ?? "class";
    const basis = spec.options.budgetBasis ?? "initial";
    const basisLabel = basis === "adjusted" ? "全年预算" : "年初预算";
    const name = (code: string) => data.functionSubjects[code]?.name ?? code;
    const budget = data.functionLines.reduce(
      (s, l) => s + (basis === "adjusted" ? l.adjustedBudgetGeneralBudget : l.initialBudgetGeneralBudget),
      0,
    );
    const rows = generalBudgetRows(data, level, basis);
    const classes = generalBudgetRows(data, "class", basis).filter((r) => printed(r.actual) !== 0);
    const classShares = shares(classes.map((r) => r.actual));
    const details: Values[] = rows.map((r) => {
      const label = level === "class" ? name(r.code) : `${r.code} ${name(r.code)}`;
      return {
        code: r.code,
        name: name(r.code),
        className: name(r.code.slice(0, 3)),
        sectionName: r.code.length >= 5 ? name(r.code.slice(0, 5)) : null,
        itemName: r.code.length === 7 ? name(r.code) : null,
        budget: wan(r.budget),
        actual: wan(r.actual),
        prior: wan(r.prior),
        change: change(r.actual, r.prior),
        rate: rate(r.actual, r.budget),
        completion: completion(
          r.actual,
          r.budget,
          reasonFor(
            ctx,
            slotKey("generalBudget", "budget", r.code),
            `${label}：决算数与${basisLabel}数的差异`,
            budgetFigure(r.actual, r.budget, basisLabel),
            true,
          ),
        ),
        purpose: purposeFor(ctx, slotKey("generalBudget", "purpose", r.code), `${label}：主要用于`),
      };
    });
    return {
      values: {
        amount: wan(k.generalBudgetExpense),
        basic: wan(k.generalBudgetBasic),
        project: wan(k.generalBudgetProject),
        prior: wan(k.generalBudgetPrior),
        shareOfExpense: rate(k.generalBudgetExpense, k.expenseTotal),
        budget: wan(budget),
        rate: rate(k.generalBudgetExpense, budget),
        completion: completion(
          k.generalBudgetExpense,
          budget,
          reasonFor(
            ctx,
            slotKey("generalBudget", "budget"),
            `一般公共预算财政拨款支出：决算数与${basisLabel}数的差异`,
            budgetFigure(k.generalBudgetExpense, budget, basisLabel),
            true,
          ),
        ),
        hasDetails: flag(details.length > 0),
        ...yoy(
          ctx,
          slotKey("generalBudget", "yoy"),
          "一般公共预算财政拨款支出",
          k.generalBudgetExpense,
          k.generalBudgetPrior,
        ),
        classes: list(
          classes.map((r, i) => ({
            code: r.code,
            name: name(r.code),
            amount: wan(r.actual),
            share: classShares[i] ?? null,
          })),
        ),
        details: list(details),
      },
      sums: [
        { total: k.generalBudgetExpense, parts: classes.map((r) => r.actual), uses: ["classes"] },
        { total: k.generalBudgetExpense, parts: rows.map((r) => r.actual), uses: ["details"] },
        { total: budget, parts: rows.map((r) => r.budget), uses: ["details"] },
      ],
    };
  },
};

export const basic: SectionKindDef = {
  label: "一般公共预算财政拨款基本支出决算情况",
  placeholders: {
    amount: "一般公共预算财政拨款基本支出",
    personnel: "人员经费",
    publicUse: "公用经费",
    personnelChange: "人员经费与上年的变化",
    personnelReason: "人员经费变化的主要原因",
    publicChange: "公用经费与上年的变化",
    publicReason: "公用经费变化的主要原因",
    personnelItems: "人员经费包括的经济科目（有金额的款），以“、”分隔",
    publicItems: "公用经费包括的经济科目（有金额的款），以“、”分隔",
  },
  values: (ctx) => {
    const { data, k } = ctx;
    const names = (personnel: boolean) => {
      const list = data.economicLines
        .filter((e) => printed(e.amount) !== 0 && isPersonnelCode(e.subjectCode) === personnel)
        .map((e) => data.economicSubjects[e.subjectCode]?.name ?? e.subjectCode);
      return list.length ? list.join("、") : null;
    };
    const personnel = yoy(ctx, slotKey("basic.personnel", "yoy"), "人员经费", k.personnel, k.personnelPrior);
    const publicUse = yoy(ctx, slotKey("basic.public", "yoy"), "公用经费", k.publicUse, k.publicUsePrior);
    return {
      values: {
        amount: wan(k.generalBudgetBasic),
        personnel: wan(k.personnel),
        publicUse: wan(k.publicUse),
        personnelChange: personnel.change,
        personnelReason: personnel.reason,
        publicChange: publicUse.change,
        publicReason: publicUse.reason,
        personnelItems: names(true),
        publicItems: names(false),
      },
      sums: [{ total: k.generalBudgetBasic, parts: [k.personnel, k.publicUse], uses: ["personnel", "publicUse"] }],
    };
  },
};
