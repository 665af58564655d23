import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { carriedNotice } from "@/lib/reports/sections/carried";
import { getOtherMattersForm } from "@/lib/reports/sections/other-matters";
import { PageHeader } from "@/components/ui/page-header";
import { OtherMattersForm } from "@/components/sections/other-matters-form";

export const metadata: Metadata = { title: "其他事项" };

export default async function OtherMattersPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "otherMatters");
  return (
    <>
      <PageHeader
        title="其他事项"
        description="机关运行经费、政府采购和国有资产占用情况（按本报告的公开模板列出需要填写的项）。"
      />
      <OtherMattersForm
        {...shell}
        carried={carriedNotice(user, reportId, "assets")}
        {...getOtherMattersForm(user, reportId)}
      />
    </>
  );
}
