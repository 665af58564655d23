import { requireUser } from "@/lib/auth/session";
import { getReport } from "@/lib/reports/get-report";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { SideNav } from "@/components/shell/side-nav";
import { REPORT_STATUS_LABELS, ENTRY_SECTIONS } from "@/lib/domain";

export default async function ReportLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const report = orNotFound(() => getReport(user, reportId));
  const base = `/reports/${report.id}`;
  return (
    <div className="flex gap-6">
      <aside className="w-52 shrink-0 print:hidden">
        <p className="px-3 text-xs text-slate-500">
          {report.year}年度 · {REPORT_STATUS_LABELS[report.status]}
        </p>
        <SideNav
          label="报告各部分"
          exact
          links={[
            { href: base, label: "概览" },
            ...ENTRY_SECTIONS.map((s) => ({ href: `${base}/${s.path}`, label: s.title })),
            { href: `${base}/checks`, label: "审核" },
            { href: `${base}/preview`, label: "公开文本预览" },
            { href: `${base}/audit`, label: "审计日志" },
            ...(report.previousRevisionId !== null ? [{ href: `${base}/revisions`, label: "修订对比" }] : []),
          ]}
        />
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
