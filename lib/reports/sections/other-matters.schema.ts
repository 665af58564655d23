import { z } from "zod";
import { VEHICLE_CATEGORIES } from "../../../db/schema";
import { ZSectionBase, zCount, zMoney, zText } from "./fields";

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
] as const;

export const VEHICLE_LABELS: Record<(typeof VEHICLE_CATEGORIES)[number], string> = {
  ministerial: "副部（省）级及以上领导用车",
  principal_leader: "主要领导干部用车",
  confidential: "机要通信用车",
  emergency: "应急保障用车",
  law_enforcement: "执法执勤用车",
  special_technical: "特种专业技术用车",
  retired_cadre: "离退休干部用车",
  other: "其他用车",
};

export const ZOtherMatters = z.object({
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
});
export type TOtherMattersInput = z.input<typeof ZOtherMatters>;
export type TOtherMatters = z.output<typeof ZOtherMatters>;
export const ZSaveOtherMatters = ZSectionBase.extend(ZOtherMatters.shape);
