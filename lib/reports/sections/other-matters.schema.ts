import { z } from "zod";
import { ZSectionBase, zConfirmCarried, zCount, zMoney, zText } from "./fields";
import { VEHICLE_CATEGORIES } from "../../domain";
import { OTHER_MONEY_FIELDS } from "./columns";

export const ZOtherMatters = z.object({
  /** “与上年相同，确认沿用”: settles the facts carried from last year that the page shows as 待确认. */
  confirmCarried: zConfirmCarried,
  ...(Object.fromEntries(OTHER_MONEY_FIELDS.map(([k]) => [k, zMoney()])) as Record<
    (typeof OTHER_MONEY_FIELDS)[number][0],
    ReturnType<typeof zMoney>
  >),
  vehiclesTotal: zCount,
  vehicles: z.object(
    Object.fromEntries(VEHICLE_CATEGORIES.map((c) => [c, zCount])) as Record<
      (typeof VEHICLE_CATEGORIES)[number],
      typeof zCount
    >,
  ),
  otherVehiclePurpose: zText(200),
  generalEquipmentOver500k: zCount,
  specialEquipmentOver1m: zCount,
  equipmentOver1m: zCount,
});
export type TOtherMattersInput = z.input<typeof ZOtherMatters>;
export type TOtherMatters = z.output<typeof ZOtherMatters>;
export const ZSaveOtherMatters = ZSectionBase.extend(ZOtherMatters.shape);
