import { z } from "zod";
import { ZSectionBase, zConfirmCarried, zCount, zMoney } from "./fields";
import { THREE_PUBLIC_ITEMS } from "../../domain";
import { QUANTITY_FIELDS } from "./columns";

export const ZThreePublic = z.object({
  /** “与上年相同，确认沿用”: settles the facts carried from last year that the page shows as 待确认. */
  confirmCarried: zConfirmCarried,
  amounts: z
    .array(
      z.object({ item: z.enum(THREE_PUBLIC_ITEMS), initialBudget: zMoney(), actual: zMoney(), priorYear: zMoney() }),
    )
    .length(THREE_PUBLIC_ITEMS.length)
    .refine((a) => THREE_PUBLIC_ITEMS.every((item, i) => a[i]?.item === item), { error: "“三公”经费项目不完整" }),
  quantities: z.object(
    Object.fromEntries(QUANTITY_FIELDS.map(([k]) => [k, zCount])) as Record<
      (typeof QUANTITY_FIELDS)[number][0],
      typeof zCount
    >,
  ),
});
export type TThreePublicInput = z.input<typeof ZThreePublic>;
export type TThreePublic = z.output<typeof ZThreePublic>;
export const ZSaveThreePublic = ZSectionBase.extend(ZThreePublic.shape);
