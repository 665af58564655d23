import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getPerformancePage } from "@/lib/reports/sections/performance";
import { PageHeader } from "@/components/ui/page-header";
import { ImportLinks } from "@/components/imports/import-links";
import { buttonClass } from "@/components/ui/button";
import { ProjectsTable } from "@/components/sections/projects-table";
import { PerformanceSummaryForm } from "@/components/sections/performance-summary-form";
import { describeBands } from "@/lib/disclosure/grades";

export const metadata: Metadata = { title: "绩效自评" };

export default async function PerformancePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "performance");
  const { projects, summary, layout } = getPerformancePage(user, reportId);
  const bands = describeBands(layout.gradeBands);
  return (
    <>
      <PageHeader
        title="绩效自评"
        description={`评价等级按得分由系统确定（${bands}），依本报告的公开模板。`}
        actions={
          <>
            <ImportLinks reportId={reportId} section="performance" canEdit={shell.canEdit} />
            {shell.canEdit && (
              <Link href={`/reports/${reportId}/performance/new`} className={buttonClass("primary")}>
                新增项目
              </Link>
            )}
          </>
        }
      />
      <section aria-labelledby="projects-heading" className="mb-10">
        <h2 id="projects-heading" className="mb-3 text-base font-semibold">
          项目绩效自评
        </h2>
        <ProjectsTable reportId={reportId} rows={projects} />
      </section>
      <section aria-labelledby="dept-heading">
        <h2 id="dept-heading" className="mb-3 text-base font-semibold">
          预算绩效管理情况与部门绩效评价
        </h2>
        <PerformanceSummaryForm {...shell} initial={summary} layout={layout} />
      </section>
    </>
  );
}
