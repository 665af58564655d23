import { z } from "zod";
import { ZSectionBase, zRequiredText } from "./fields";

export const ZGlossary = z.object({
  entries: z
    .array(
      z.object({ term: zRequiredText(100, "请填写名词，或删除此行"), definition: zRequiredText(5000, "请填写解释") }),
    )
    .max(200, { error: "名词解释最多200条" }),
});
export type TGlossary = z.infer<typeof ZGlossary>;
export const ZSaveGlossary = ZSectionBase.extend(ZGlossary.shape);
