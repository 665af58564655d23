/** A comment on a report: an ordinary one, or the reason given with a 退回. */
export const COMMENT_KINDS = ["comment", "return"] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];
