import { formatDateTime } from "@/lib/format-date";
import { DISPLAY_STATUS_LABELS, displayStatus, type DisplayStatus, type ReportStatus } from "@/lib/domain";

const STATUS_STYLE: Record<DisplayStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  returned: "bg-red-50 text-red-800",
  submitted: "bg-amber-50 text-amber-800",
  approved: "bg-sky-50 text-sky-800",
  published: "bg-green-50 text-green-800",
  superseded: "bg-slate-100 text-slate-600",
};

/** A report's status as people say it: a draft sent back is 已退回, with who returned it and when. */
export function ReportStatusBadge({
  report,
}: {
  report: { status: ReportStatus; returnedAt: Date | null; submittedAt: Date | null; returnedByName: string | null };
}) {
  const status = displayStatus(report);
  return (
    <span>
      <span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLE[status]}`}>{DISPLAY_STATUS_LABELS[status]}</span>
      {status === "returned" && report.returnedAt && (
        <span className="ml-2 text-xs text-slate-600">
          {report.returnedByName ?? ""}
          {formatDateTime(report.returnedAt)}退回
        </span>
      )}
    </span>
  );
}
