import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getEconomicLinesForm } from "@/lib/reports/sections/economic-lines";
import { PageHeader } from "@/components/ui/page-header";
import { ImportLinks } from "@/components/imports/import-links";
import { EconomicLinesForm } from "@/components/sections/economic-lines-form";

export const metadata: Metadata = { title: "基本支出（经济分类）" };

export default async function EconomicLinesPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "economicLines");
  const { initial, rows, functionBasicGeneralBudget } = getEconomicLinesForm(user, reportId);
  return (
    <>
      <PageHeader
        actions={<ImportLinks reportId={reportId} section="economicLines" canEdit={shell.canEdit} />}
        title="基本支出（经济分类）"
        description="一般公共预算财政拨款基本支出按经济分类款级科目填列，生成决算公开06表。"
      />
      <EconomicLinesForm
        {...shell}
        initial={initial}
        rows={rows}
        functionBasicGeneralBudget={functionBasicGeneralBudget}
      />
    </>
  );
}
