import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getReport } from "@/lib/reports/get-report";
import { getReportTotals } from "@/lib/reports/get-report-totals";
import { STATUS_LABELS } from "@/lib/reports/labels";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { formatDateTime } from "@/lib/format-date";
import { formatWan } from "@/lib/money";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "报告概览" };

export default async function ReportOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await reportIdFrom(params);
  const report = orNotFound(() => getReport(user, id));
  const totals = getReportTotals(user, id);
  const figures: [string, number][] = [
    ["本年收入合计", totals.income],
    ["本年支出合计", totals.expenditure],
    ["基本支出", totals.basic],
    ["项目支出", totals.project],
    ["人员经费（一般公共预算财政拨款基本支出）", totals.personnel],
    ["公用经费（一般公共预算财政拨款基本支出）", totals.publicUse],
  ];
  const history: [string, Date | null][] = [
    ["创建", report.createdAt],
    ["最后修改", report.updatedAt],
    ["提交", report.submittedAt],
    ["退回", report.returnedAt],
    ["审核通过", report.approvedAt],
    ["公开", report.publishedAt],
  ];
  return (
    <>
      <PageHeader
        title={`${report.departmentName} ${report.year}年度部门决算`}
        description={
          <>
            状态：<strong data-testid="report-status">{STATUS_LABELS[report.status]}</strong>
            <span className="mx-2 text-slate-300">|</span>
            {report.revision === 1 ? "原始版本" : `第${report.revision - 1}次修订`}
            <span className="mx-2 text-slate-300">|</span>数据版本 {report.version}
          </>
        }
      />
      <section aria-labelledby="figures-heading" className="mb-8">
        <h2 id="figures-heading" className="mb-3 text-base font-semibold">
          主要数字（万元）
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
          {figures.map(([label, fen]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="tabular mt-1 text-lg font-semibold">{formatWan(fen, { grouping: true })}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          已录入功能分类科目 {totals.functionLineCount} 个，绩效自评项目 {totals.projectCount} 个。
        </p>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-base font-semibold">
          流转记录
        </h2>
        <ul className="flex flex-col gap-1 text-sm text-slate-700">
          {history
            .filter((h): h is [string, Date] => h[1] !== null)
            .map(([label, at]) => (
              <li key={label}>
                {label}：{formatDateTime(at)}
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
