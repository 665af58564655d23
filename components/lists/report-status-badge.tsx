import { REPORT_STATUS_LABELS, type ReportStatus } from "@/lib/domain";

const STATUS_STYLE: Record<ReportStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  submitted: "bg-amber-50 text-amber-800",
  approved: "bg-sky-50 text-sky-800",
  published: "bg-green-50 text-green-800",
  superseded: "bg-slate-100 text-slate-500",
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLE[status]}`}>{REPORT_STATUS_LABELS[status]}</span>;
}
