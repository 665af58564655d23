import { z } from "zod";
import { ZSectionBase } from "./fields";

export const ZFunds = z.object({
  noGovFundActivity: z.boolean(),
  noStateCapitalActivity: z.boolean(),
});
export type TFunds = z.infer<typeof ZFunds>;
export const ZSaveFunds = ZSectionBase.extend(ZFunds.shape);
