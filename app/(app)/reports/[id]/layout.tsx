import { requireUser } from "@/lib/auth/session";
import { getChecks } from "@/lib/reports/checks";
import { getReport } from "@/lib/reports/get-report";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { SideNav } from "@/components/shell/side-nav";
import { DISPLAY_STATUS_LABELS, displayStatus, ENTRY_SECTIONS } from "@/lib/domain";

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
  // Each entry section carries the number of 审核 errors to fix in it.
  const { findings } = getChecks(user, reportId);
  const errorsIn = (key: string) => findings.filter((f) => f.section === key && f.severity === "error").length;
  const links = [
    { href: base, label: "概览" },
    ...ENTRY_SECTIONS.map((s) => ({ href: `${base}/${s.path}`, label: s.title, errors: errorsIn(s.key) })),
    { href: `${base}/checks`, label: "审核", errors: findings.filter((f) => f.severity === "error").length },
    { href: `${base}/preview`, label: "公开文本预览" },
    { href: `${base}/audit`, label: "审计日志" },
    ...(report.previousRevisionId !== null ? [{ href: `${base}/revisions`, label: "修订对比" }] : []),
  ];
  const heading = `${report.year}年度 · ${DISPLAY_STATUS_LABELS[displayStatus(report)]}`;
  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:gap-6">
      <details className="rounded-lg border border-slate-200 bg-white lg:hidden print:hidden">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">报告各部分（{heading}）</summary>
        <SideNav label="报告各部分" exact links={links} />
      </details>
      <aside className="hidden w-52 shrink-0 lg:block print:hidden">
        <p className="px-3 text-xs text-slate-600">{heading}</p>
        <SideNav label="报告各部分" exact links={links} />
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
