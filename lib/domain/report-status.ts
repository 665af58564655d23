/** 报告状态: draft → submitted → approved → published, and superseded once a 修订 is published. */
export const REPORT_STATUSES = ["draft", "submitted", "approved", "published", "superseded"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  approved: "已审核",
  published: "已公开",
  superseded: "已被修订",
};
