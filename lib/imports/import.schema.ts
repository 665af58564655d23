import { z } from "zod";

/** One stored import preview of a report (apply, cancel, read again). */
export const ZImportRef = z.object({
  reportId: z.number().int().positive(),
  importId: z.number().int().positive(),
});
export type TImportRef = z.infer<typeof ZImportRef>;
