import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listFunctionItems } from "@/lib/catalog";
import { getSectionContext } from "@/lib/reports/section-context";
import { getFunctionLinesForm } from "@/lib/reports/sections/function-lines";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { FunctionLinesForm } from "@/components/sections/function-lines-form";

export const metadata: Metadata = { title: "收入支出（功能分类）" };

export default async function FunctionLinesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  return (
    <>
      <PageHeader
        title="收入支出（功能分类）"
        description="每个项级科目一行。类、款由编码推出；决算公开01–05、08、09表和各项说明均由此汇总生成。"
      />
      <FunctionLinesForm
        reportId={reportId}
        version={ctx.report.version}
        canEdit={ctx.canEdit}
        readOnlyReason={ctx.readOnlyReason}
        initial={getFunctionLinesForm(user, reportId)}
        catalog={listFunctionItems(ctx.report.year)}
        year={ctx.report.year}
      />
    </>
  );
}
