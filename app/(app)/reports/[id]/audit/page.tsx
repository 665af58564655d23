import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { subjectNames } from "@/lib/catalog";
import { AUDIT_ACTION_LABELS, AUDIT_PART_LABELS, auditQueryOf, listAudit, type AuditRow } from "@/lib/reports/audit";
import { describeField } from "@/lib/reports/describe-field";
import { getReport } from "@/lib/reports/get-report";
import { formatDateTime } from "@/lib/format-date";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { ListFilters } from "@/components/lists/list-filters";
import { ListTable, type ListColumn } from "@/components/lists/list-table";
import { Pager } from "@/components/lists/pager";

export const metadata: Metadata = { title: "审计日志" };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const wrap = "max-w-xs whitespace-normal break-words px-4 py-2.5 tabular";

/** The columns, naming 科目 by the report year's catalog. */
const columnsFor = (nameOf: (code: string) => string | undefined): ListColumn<AuditRow>[] => [
  { header: "时间", cell: (r) => formatDateTime(r.at) },
  { header: "操作人", cell: (r) => r.actorName },
  { header: "类型", cell: (r) => AUDIT_ACTION_LABELS[r.action] ?? r.action },
  {
    header: "内容",
    cell: (r) => (r.field ? describeField(r.field, nameOf) : ""),
    className: "whitespace-normal px-4 py-2.5",
  },
  { header: "原值", cell: (r) => <span className="text-slate-500">{r.oldValue ?? ""}</span>, className: wrap },
  { header: "新值", cell: (r) => r.newValue ?? "", className: wrap },
];

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const query = auditQueryOf(await searchParams);
  const list = orNotFound(() => listAudit(user, reportId, query));
  const names = subjectNames(orNotFound(() => getReport(user, reportId, "report.audit")).year);
  const columns = columnsFor((code) => names.get(code));
  const path = `/reports/${reportId}/audit`;
  return (
    <>
      <PageHeader
        title="审计日志"
        description="本报告的每一次修改和流转：谁、何时、改了什么、原值与新值，最新的在前。日志只增不改。"
      />
      <ListFilters
        path={path}
        label="筛选审计日志"
        fields={[
          { kind: "select", name: "action", label: "类型", value: query.action, options: options(AUDIT_ACTION_LABELS) },
          { kind: "select", name: "part", label: "部分", value: query.part, options: options(AUDIT_PART_LABELS) },
          { kind: "search", name: "q", label: "科目编码或数值", value: query.q, placeholder: "如 2013101" },
        ]}
      />
      <ListTable
        caption="审计日志"
        columns={columns}
        rows={list.rows}
        rowKey={(r) => r.id}
        emptyText="没有符合条件的记录。"
      />
      <Pager list={list} path={path} params={{ action: query.action, part: query.part, q: query.q }} />
    </>
  );
}
