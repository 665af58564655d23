import { z } from "zod";
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "../../disclosure/report-data";
import { MAX_ROWS, refineAmountLimit, ZSectionBase, zMoney } from "./fields";

/** The columns of the 功能分类 grid, in tabs, with the 决算 forms' headings. */
export const FUNCTION_COLUMN_GROUPS: {
  key: string;
  title: string;
  columns: { field: FunctionMoneyField; group: string; header: string }[];
}[] = [
  {
    key: "income",
    title: "本年收入",
    columns: [
      { field: "incomeGeneralBudget", group: "财政拨款收入", header: "一般公共预算" },
      { field: "incomeGovFund", group: "财政拨款收入", header: "政府性基金预算" },
      { field: "incomeStateCapital", group: "财政拨款收入", header: "国有资本经营预算" },
      { field: "incomeSuperiorSubsidy", group: "其他来源", header: "上级补助收入" },
      { field: "incomeBusiness", group: "其他来源", header: "事业收入" },
      { field: "incomeOperating", group: "其他来源", header: "经营收入" },
      { field: "incomeFromSubsidiary", group: "其他来源", header: "附属单位上缴收入" },
      { field: "incomeOther", group: "其他来源", header: "其他收入" },
    ],
  },
  {
    key: "expense",
    title: "本年支出",
    columns: [
      { field: "basicGeneralBudget", group: "一般公共预算财政拨款", header: "基本支出" },
      { field: "projectGeneralBudget", group: "一般公共预算财政拨款", header: "项目支出" },
      { field: "basicGovFund", group: "政府性基金预算财政拨款", header: "基本支出" },
      { field: "projectGovFund", group: "政府性基金预算财政拨款", header: "项目支出" },
      { field: "basicStateCapital", group: "国有资本经营预算财政拨款", header: "基本支出" },
      { field: "projectStateCapital", group: "国有资本经营预算财政拨款", header: "项目支出" },
      { field: "basicOtherFunds", group: "非财政拨款资金", header: "基本支出" },
      { field: "projectOtherFunds", group: "非财政拨款资金", header: "项目支出" },
      { field: "remitToSuperior", group: "其他支出", header: "上缴上级支出" },
      { field: "operatingExpense", group: "其他支出", header: "经营支出" },
      { field: "subsidyToSubsidiary", group: "其他支出", header: "对附属单位补助支出" },
    ],
  },
  {
    key: "carry",
    title: "结转和结余",
    columns: [
      { field: "carryStartGeneralBudget", group: "年初结转和结余", header: "一般公共预算" },
      { field: "carryStartGovFund", group: "年初结转和结余", header: "政府性基金" },
      { field: "carryStartStateCapital", group: "年初结转和结余", header: "国有资本经营" },
      { field: "carryStartOther", group: "年初结转和结余", header: "非财政拨款" },
      { field: "carryEndGeneralBudget", group: "年末结转和结余", header: "一般公共预算" },
      { field: "carryEndGovFund", group: "年末结转和结余", header: "政府性基金" },
      { field: "carryEndStateCapital", group: "年末结转和结余", header: "国有资本经营" },
      { field: "carryEndOther", group: "年末结转和结余", header: "非财政拨款" },
    ],
  },
  {
    key: "budget",
    title: "年初预算与上年决算",
    columns: [
      { field: "initialBudgetGeneralBudget", group: "年初预算数", header: "一般公共预算" },
      { field: "initialBudgetGovFund", group: "年初预算数", header: "政府性基金" },
      { field: "initialBudgetStateCapital", group: "年初预算数", header: "国有资本经营" },
      { field: "adjustedBudgetGeneralBudget", group: "全年预算数（选填）", header: "一般公共预算" },
      { field: "priorYearTotal", group: "上年决算数", header: "本年支出合计" },
      { field: "priorYearGeneralBudget", group: "上年决算数", header: "一般公共预算财政拨款支出" },
      { field: "priorYearGovFund", group: "上年决算数", header: "政府性基金预算财政拨款支出" },
      { field: "priorYearStateCapital", group: "上年决算数", header: "国有资本经营预算财政拨款支出" },
    ],
  },
];

const moneyColumns = Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, zMoney()])) as Record<
  FunctionMoneyField,
  ReturnType<typeof zMoney>
>;

export const ZFunctionLine = z.object({
  subjectCode: z
    .string()
    .trim()
    .regex(/^\d{7}$/, { error: "科目编码应为7位项级编码，如 2013101" }),
  ...moneyColumns,
});

export const ZFunctionLines = z
  .object({
    lines: z.array(ZFunctionLine).max(MAX_ROWS, { error: `最多${MAX_ROWS}个科目` }),
    institutionFundUsed: zMoney(),
    surplusDistribution: zMoney({ allowNegative: true }),
    priorYearGrandTotal: zMoney(),
    priorYearFiscalGrandTotal: zMoney(),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.lines.forEach((line, i) => {
      const first = seen.get(line.subjectCode);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["lines", i, "subjectCode"],
          message: `科目${line.subjectCode}重复（与第${first + 1}行相同）`,
        });
      } else seen.set(line.subjectCode, i);
    });
    const { lines, ...summary } = value;
    refineAmountLimit(
      "functionLines",
      [
        ...lines.flatMap((line, i) => FUNCTION_MONEY_FIELDS.map((f) => ({ path: ["lines", i, f], fen: line[f] }))),
        ...Object.entries(summary).map(([k, fen]) => ({ path: [k], fen })),
      ],
      ctx,
    );
  });
export type TFunctionLinesInput = z.input<typeof ZFunctionLines>;
export type TFunctionLines = z.output<typeof ZFunctionLines>;

export const ZSaveFunctionLines = ZSectionBase.and(ZFunctionLines);
