import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { subjectNames } from "@/lib/catalog";
import { AUDIT_ACTION_LABELS, listAudit } from "@/lib/reports/audit";
import { describeField } from "@/lib/reports/describe-field";
import { getReport } from "@/lib/reports/get-report";
import { formatDateTime } from "@/lib/format-date";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { AuditTable } from "@/components/workflow/audit-table";

export const metadata: Metadata = { title: "审计日志" };

export default async function AuditPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const report = orNotFound(() => getReport(user, reportId));
  const names = subjectNames(report.year);
  const rows = orNotFound(() => listAudit(user, reportId)).map((r) => ({
    id: r.id,
    at: r.at.getTime(),
    atText: formatDateTime(r.at),
    actorName: r.actorName,
    actionLabel: AUDIT_ACTION_LABELS[r.action] ?? r.action,
    fieldLabel: r.field ? describeField(r.field, (code) => names.get(code)) : "",
    oldValue: r.oldValue ?? "",
    newValue: r.newValue ?? "",
  }));
  return (
    <>
      <PageHeader
        title="审计日志"
        description="本报告的每一次修改和流转：谁、何时、改了什么、原值与新值。日志只增不改。"
      />
      <AuditTable rows={rows} actions={[...new Set(rows.map((r) => r.actionLabel))]} />
    </>
  );
}
