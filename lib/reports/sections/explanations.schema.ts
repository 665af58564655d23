import { z } from "zod";
import { ZSectionBase, zText } from "./fields";

export const ZExplanations = z.object({
  items: z
    .array(
      z.object({
        slot: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .regex(/^[\w.]+$/, { error: "说明位置无效" }),
        text: zText(2000),
      }),
    )
    .max(500, { error: "说明条目过多" }),
});
export type TExplanations = z.infer<typeof ZExplanations>;
export const ZSaveExplanations = ZSectionBase.extend(ZExplanations.shape);
