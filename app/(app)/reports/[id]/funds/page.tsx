import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSectionContext } from "@/lib/reports/section-context";
import { getFundsPage } from "@/lib/reports/sections/funds";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { FundsForm } from "@/components/sections/funds-form";

export const metadata: Metadata = { title: "政府性基金 / 国有资本经营" };

export default async function FundsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  const page = getFundsPage(user, reportId);
  return (
    <>
      <PageHeader title="政府性基金 / 国有资本经营" description="决算公开08、09表和第三部分十一、十二。" />
      <FundsForm reportId={reportId} version={ctx.report.version} canEdit={ctx.canEdit} readOnlyReason={ctx.readOnlyReason} {...page} />
    </>
  );
}
