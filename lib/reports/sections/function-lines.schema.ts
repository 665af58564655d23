import { z } from "zod";
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "../../disclosure/report-data";
import { MAX_ROWS, refineAmountLimit, ZSectionBase, zMoney } from "./fields";

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
