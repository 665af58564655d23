import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSectionContext } from "@/lib/reports/section-context";
import { getGlossaryForm } from "@/lib/reports/sections/glossary";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { GlossaryForm } from "@/components/sections/glossary-form";

export const metadata: Metadata = { title: "名词解释" };

export default async function GlossaryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  return (
    <>
      <PageHeader title="名词解释" description="公开文本末尾的名词解释，新建报告时按模板预填。" />
      <GlossaryForm reportId={reportId} version={ctx.report.version} canEdit={ctx.canEdit} readOnlyReason={ctx.readOnlyReason} initial={getGlossaryForm(user, reportId)} />
    </>
  );
}
