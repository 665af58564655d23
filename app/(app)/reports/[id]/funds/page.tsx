import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getFundsPage } from "@/lib/reports/sections/funds";
import { PageHeader } from "@/components/ui/page-header";
import { FundsForm } from "@/components/sections/funds-form";

export const metadata: Metadata = { title: "政府性基金 / 国有资本经营" };

export default async function FundsPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "funds");
  const page = getFundsPage(user, reportId);
  return (
    <>
      <PageHeader title="政府性基金 / 国有资本经营" description="决算公开08、09表和第三部分十一、十二。" />
      <FundsForm {...shell} {...page} />
    </>
  );
}
