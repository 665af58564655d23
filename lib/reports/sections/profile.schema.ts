import { z } from "zod";
import { ZSectionBase, zConfirmCarried, zCount, zRequiredText, zText } from "./fields";

const ZName = z.object({ name: zRequiredText(100, "请填写名称，或删除此行") });

export const ZProfile = z.object({
  /** “与上年相同，确认沿用”: settles the facts carried from last year that the page shows as 待确认. */
  confirmCarried: zConfirmCarried,
  duties: z
    .array(z.object({ text: zRequiredText(2000, "请填写职责内容，或删除此行") }))
    .max(100, { error: "职责最多100条" }),
  dutiesSupplement: zText(),
  internalOrgs: z.array(ZName).max(100, { error: "最多100个机构" }),
  additionalOrgs: z.array(ZName).max(50, { error: "最多50个" }),
  subordinateUnits: z
    .array(z.object({ name: zRequiredText(100, "请填写单位名称，或删除此行"), category: zText(20) }))
    .max(100, { error: "最多100个下属单位" }),
  staffing: z
    .array(
      z.object({
        category: zRequiredText(30, "请填写编制类别，如“行政编制”"),
        authorized: zCount,
        actualLabel: zText(30),
        actual: zCount,
      }),
    )
    .max(30, { error: "最多30类编制" }),
});
export type TProfileInput = z.input<typeof ZProfile>;
export type TProfile = z.output<typeof ZProfile>;

export const ZSaveProfile = ZSectionBase.extend(ZProfile.shape);
