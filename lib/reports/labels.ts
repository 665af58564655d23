import type { ReportStatus } from "../../db/schema";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  approved: "已审核",
  published: "已公开",
  superseded: "已被修订",
};
