import { z } from "zod";

export const ZCreateReport = z.object({
  year: z
    .number({ error: "请填写年度" })
    .int({ error: "年度须为整数" })
    .min(2015, { error: "年度不能早于2015年" })
    .max(new Date().getFullYear(), { error: "只能为已结束或当前的年度编制决算" }),
});
export type TCreateReport = z.infer<typeof ZCreateReport>;
