import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getOtherMattersForm } from "@/lib/reports/sections/other-matters";
import { PageHeader } from "@/components/ui/page-header";
import { OtherMattersForm } from "@/components/sections/other-matters-form";

export const metadata: Metadata = { title: "其他事项" };

export default async function OtherMattersPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "otherMatters");
  return (
    <>
      <PageHeader title="其他事项" description="第三部分八（机关运行经费）、九（政府采购）、十（国有资产占用）。" />
      <OtherMattersForm {...shell} {...getOtherMattersForm(user, reportId)} />
    </>
  );
}
