import { z } from "zod";
import { zPlainText } from "../text";
import { TRANSITION_ACTIONS } from "../workflow";

const reportId = z.number().int().positive();

export const ZTransition = z.object({
  reportId,
  action: z.enum(TRANSITION_ACTIONS as [string, ...string[]]),
  comment: zPlainText().trim().max(2000, { error: "意见最多2000个字" }).default(""),
});
export type TTransition = z.infer<typeof ZTransition>;

export const ZComment = z.object({
  reportId,
  body: zPlainText().trim().min(1, { error: "请填写意见内容" }).max(2000, { error: "意见最多2000个字" }),
});
export type TComment = z.infer<typeof ZComment>;

export const ZFindingNotes = z.object({
  reportId,
  version: z.number().int().nonnegative(),
  notes: z
    .array(
      z.object({
        key: zPlainText().min(1).max(200),
        text: zPlainText().trim().max(2000, { error: "说明最多2000个字" }),
      }),
    )
    .max(500),
});
export type TFindingNotes = z.infer<typeof ZFindingNotes>;

/** The 说明 form on the 审核 page, as the browser checks it before saving: the save's own checks. */
export const ZFindingNotesForm = ZFindingNotes.pick({ notes: true });
export type TFindingNotesForm = z.infer<typeof ZFindingNotesForm>;

export const ZReportRef = z.object({ reportId });
