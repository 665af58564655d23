import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getReport } from "@/lib/reports/get-report";
import { loadReportData } from "@/lib/reports/load-report-data";
import { diffReports } from "@/lib/reports/report-diff";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/lists/pager";
import { pageOf, pageQueryOf } from "@/lib/paging";

export const metadata: Metadata = { title: "修订对比" };

/** Changes per page: a revision of a whole grid can change thousands of figures. */
const CHANGES_PAGE_SIZE = 100;

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const report = orNotFound(() => getReport(user, reportId));
  if (report.previousRevisionId === null) notFound();
  const all = diffReports(loadReportData(user, report.previousRevisionId), loadReportData(user, reportId));
  const changes = pageOf(all, pageQueryOf(await searchParams, CHANGES_PAGE_SIZE));
  return (
    <>
      <PageHeader
        title="修订对比"
        description={`第${report.revision}版与上一版（第${report.revision - 1}版）相比的全部变化：共 ${all.length} 处。`}
      />
      {all.length === 0 ? (
        <p className="text-sm text-slate-600">与上一版相比没有变化。</p>
      ) : (
        <table className="min-w-full rounded-lg border border-slate-200 bg-white text-sm">
          <caption className="sr-only">修订变化</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                部分
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                内容
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                原值
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                新值
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {changes.rows.map((c, i) => (
              <tr key={i} data-testid="diff-row">
                <td className="px-3 py-2 whitespace-nowrap">{c.section}</td>
                <td className="px-3 py-2">{c.label}</td>
                <td className="px-3 py-2 text-slate-500 line-through decoration-slate-300">{c.old}</td>
                <td className="px-3 py-2 font-medium">{c.new}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.pageCount > 1 && <Pager list={changes} path={`/reports/${reportId}/revisions`} label="修订变化分页" />}
    </>
  );
}
