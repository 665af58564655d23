import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listReports, reportListQueryOf, type ReportListItem } from "@/lib/reports/list-reports";
import { formatDateTime } from "@/lib/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { NewReportForm } from "@/components/forms/new-report-form";
import { ListFilters } from "@/components/lists/list-filters";
import { ListTable, type ListColumn } from "@/components/lists/list-table";
import { Pager } from "@/components/lists/pager";
import { ReportStatusBadge } from "@/components/lists/report-status-badge";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/domain";

export const metadata: Metadata = { title: "年度报告" };

const columns: ListColumn<ReportListItem>[] = [
  { header: "部门", cell: (r) => r.departmentName },
  { header: "年度", cell: (r) => `${r.year}年度` },
  { header: "版本", cell: (r) => (r.revision === 1 ? "原始版本" : `第${r.revision - 1}次修订`) },
  { header: "状态", cell: (r) => <ReportStatusBadge report={r} /> },
  {
    header: "最后修改",
    cell: (r) => `${formatDateTime(r.updatedAt)}${r.updatedByName ? `（${r.updatedByName}）` : ""}`,
  },
  {
    header: "操作",
    cell: (r) => (
      <Link href={`/reports/${r.id}`} className="text-brand-700 hover:underline">
        打开<span className="sr-only">{`${r.departmentName}${r.year}年度报告`}</span>
      </Link>
    ),
  },
];

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const query = reportListQueryOf(await searchParams);
  const list = listReports(user, query);
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
      <ListFilters
        path="/reports"
        label="筛选报告"
        fields={[
          ...(user.role === "admin"
            ? [{ kind: "search" as const, name: "q", label: "部门名称或编码", value: query.q }]
            : []),
          {
            kind: "search",
            name: "year",
            label: "年度",
            value: query.year === null ? "" : String(query.year),
            placeholder: "如 2020",
          },
          {
            kind: "select",
            name: "status",
            label: "状态",
            value: query.status ?? "",
            options: REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] })),
          },
        ]}
      />
      <ListTable
        caption="年度报告列表"
        columns={columns}
        rows={list.rows}
        rowKey={(r) => r.id}
        emptyText={query.q || query.year || query.status ? "没有符合筛选条件的报告。" : "还没有报告。"}
      />
      <Pager list={list} path="/reports" params={{ q: query.q, year: query.year ?? "", status: query.status ?? "" }} />
    </>
  );
}
