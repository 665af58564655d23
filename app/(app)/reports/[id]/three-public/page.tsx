import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSectionContext } from "@/lib/reports/section-context";
import { getThreePublicForm } from "@/lib/reports/sections/three-public";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { ThreePublicForm } from "@/components/sections/three-public-form";

export const metadata: Metadata = { title: "“三公”经费" };

export default async function ThreePublicPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  return (
    <>
      <PageHeader title="“三公”经费" description="一般公共预算财政拨款安排的“三公”经费（含基本支出和项目支出），生成决算公开07表和第三部分七。" />
      <ThreePublicForm reportId={reportId} version={ctx.report.version} canEdit={ctx.canEdit} readOnlyReason={ctx.readOnlyReason} initial={getThreePublicForm(user, reportId)} />
    </>
  );
}
