import { z } from "zod";
import { ZSectionBase, zConfirmCarried, zCount, zMoney, zText } from "./fields";
import { VEHICLE_CATEGORIES } from "../../domain";

export const OTHER_MONEY_FIELDS = [
  ["agencyOperatingCost", "机关运行经费"],
  ["agencyOperatingCostPrior", "机关运行经费（上年决算数）"],
  ["meetingCost", "会议费"],
  ["meetingCostPrior", "会议费（上年决算数）"],
  ["trainingCost", "培训费"],
  ["trainingCostPrior", "培训费（上年决算数）"],
  ["procurementTotal", "政府采购支出合计"],
  ["procurementGoods", "其中：政府采购货物支出"],
  ["procurementWorks", "其中：政府采购工程支出"],
  ["procurementServices", "其中：政府采购服务支出"],
  ["procurementSme", "授予中小企业合同金额"],
  ["procurementSmallMicro", "其中：授予小微企业合同金额"],
  ["procurementReservedSme", "面向中小企业预留政府采购项目预算金额"],
  ["procurementReservedSmallMicro", "其中：面向小微企业预留政府采购项目预算金额"],
  ["procurementSmeWonReserved", "面向中小企业预留的项目中，中小企业中标（成交）金额"],
  ["procurementSmallMicroWonReserved", "面向小微企业预留的项目中，小微企业中标（成交）金额"],
  ["procurementSmeWonOther", "其他政府采购项目中，中小企业中标（成交）金额"],
] as const;

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
