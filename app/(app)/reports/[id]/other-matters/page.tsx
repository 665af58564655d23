import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { keyFigures } from "@/lib/disclosure/derive";
import { loadReportData } from "@/lib/reports/load-report-data";
import { getSectionContext } from "@/lib/reports/section-context";
import { getOtherMattersForm } from "@/lib/reports/sections/other-matters";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { OtherMattersForm } from "@/components/sections/other-matters-form";

export const metadata: Metadata = { title: "其他事项" };

export default async function OtherMattersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  return (
    <>
      <PageHeader title="其他事项" description="第三部分八（机关运行经费）、九（政府采购）、十（国有资产占用）。" />
      <OtherMattersForm
        reportId={reportId}
        version={ctx.report.version}
        canEdit={ctx.canEdit}
        readOnlyReason={ctx.readOnlyReason}
        initial={getOtherMattersForm(user, reportId)}
        publicUse={keyFigures(loadReportData(user, reportId)).publicUse}
      />
    </>
  );
}
