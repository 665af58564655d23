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

/**
 * What the lists and the overview call a report's state: a draft that a supervisor returned (and that
 * has not been submitted again since) is 已退回, so the clerk sees that it waits for them.
 */
export type DisplayStatus = ReportStatus | "returned";

export const DISPLAY_STATUS_LABELS: Record<DisplayStatus, string> = { ...REPORT_STATUS_LABELS, returned: "已退回" };

export function displayStatus(report: {
  status: ReportStatus;
  returnedAt: Date | null;
  submittedAt: Date | null;
}): DisplayStatus {
  const returned =
    report.status === "draft" &&
    report.returnedAt !== null &&
    (report.submittedAt === null || report.returnedAt.getTime() >= report.submittedAt.getTime());
  return returned ? "returned" : report.status;
}
