import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSectionContext } from "@/lib/reports/section-context";
import { getExplanationsForm } from "@/lib/reports/sections/explanations";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { ExplanationsForm } from "@/components/sections/explanations-form";

export const metadata: Metadata = { title: "说明（主要原因）" };

export default async function ExplanationsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  const { slots, initial } = getExplanationsForm(user, reportId);
  return (
    <>
      <PageHeader
        title="说明（主要原因）"
        description="系统根据已填数据列出需要说明原因的每一处变动和预算差异；数字由系统计算，这里只填写原因。"
      />
      <ExplanationsForm reportId={reportId} version={ctx.report.version} canEdit={ctx.canEdit} readOnlyReason={ctx.readOnlyReason} slots={slots} initial={initial} />
    </>
  );
}
