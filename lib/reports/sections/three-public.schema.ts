import { z } from "zod";
import { ZSectionBase, zConfirmCarried, zCount, zMoney } from "./fields";
import { THREE_PUBLIC_ITEMS } from "../../domain";

export const QUANTITY_FIELDS = [
  ["abroadGroups", "因公出国（境）团组数（个）"],
  ["abroadPeople", "因公出国（境）人次（人）"],
  ["vehiclesPurchased", "公务用车购置数（辆）"],
  ["vehiclesHeld", "公务用车保有量（辆）"],
  ["receptionBatches", "国内公务接待批次（批）"],
  ["receptionPeople", "国内公务接待人次（人）"],
  ["foreignAffairsBatches", "其中：外事接待批次（批）"],
  ["foreignAffairsPeople", "其中：外事接待人次（人）"],
  ["overseasBatches", "其中：国（境）外公务接待批次（批）"],
  ["overseasPeople", "其中：国（境）外公务接待人次（人）"],
] as const;

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
