import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listReports } from "@/lib/reports/list-reports";
import { formatDateTime } from "@/lib/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { ReportsTable } from "@/components/grids/reports-table";
import { NewReportForm } from "@/components/forms/new-report-form";
import { DISPLAY_STATUS_LABELS, displayStatus } from "@/lib/domain";

export const metadata: Metadata = { title: "年度报告" };

export default async function ReportsPage() {
  const user = await requireUser();
  const rows = listReports(user).map((r) => {
    const status = displayStatus(r);
    return {
      id: r.id,
      departmentName: r.departmentName,
      year: r.year,
      revision: r.revision,
      status,
      statusLabel: DISPLAY_STATUS_LABELS[status],
      statusNote:
        status === "returned" && r.returnedAt ? `${r.returnedByName ?? ""}${formatDateTime(r.returnedAt)}退回` : "",
      updatedAt: r.updatedAt.getTime(),
      updatedAtText: formatDateTime(r.updatedAt),
      updatedByName: r.updatedByName ?? "",
    };
  });
  const mayCreate = user.departmentId !== null && can(user, "report.create", { departmentId: user.departmentId });
  return (
    <>
      <PageHeader
        title="年度报告"
        description={
          user.role === "admin" ? "全部部门的部门决算公开报告" : `${user.departmentName ?? ""}的部门决算公开报告`
        }
      />
      {mayCreate && <NewReportForm defaultYear={new Date().getFullYear() - 1} />}
      <ReportsTable rows={rows} />
    </>
  );
}
