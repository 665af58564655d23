import { z } from "zod";
import { MAX_ROWS, refineAmountLimit, ZSectionBase, zMoney } from "./fields";

export const ZEconomicLines = z
  .object({
    lines: z
      .array(
        z.object({
          subjectCode: z
            .string()
            .trim()
            .regex(/^\d{5}$/, { error: "经济分类科目编码应为5位款级编码，如 30101" }),
          amount: zMoney(),
          priorYearAmount: zMoney(),
        }),
      )
      .max(MAX_ROWS, { error: `最多${MAX_ROWS}行` }),
  })
  .superRefine((value, ctx) =>
    refineAmountLimit(
      "economicLines",
      value.lines.flatMap((l, i) => [
        { path: ["lines", i, "amount"], fen: l.amount },
        { path: ["lines", i, "priorYearAmount"], fen: l.priorYearAmount },
      ]),
      ctx,
    ),
  );
export type TEconomicLinesInput = z.input<typeof ZEconomicLines>;
export type TEconomicLines = z.output<typeof ZEconomicLines>;

export const ZSaveEconomicLines = ZSectionBase.and(ZEconomicLines);
