import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getExplanationsForm } from "@/lib/reports/sections/explanations";
import { PageHeader } from "@/components/ui/page-header";
import { ExplanationsForm } from "@/components/sections/explanations-form";

export const metadata: Metadata = { title: "说明（主要原因）" };

export default async function ExplanationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "explanations");
  const { slots, initial } = getExplanationsForm(user, reportId);
  return (
    <>
      <PageHeader
        title="说明（主要原因）"
        description="系统根据已填数据列出需要说明原因的每一处变动和预算差异；数字由系统计算，这里只填写原因。"
      />
      <ExplanationsForm {...shell} slots={slots} initial={initial} />
    </>
  );
}
