import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getGlossaryForm } from "@/lib/reports/sections/glossary";
import { PageHeader } from "@/components/ui/page-header";
import { GlossaryForm } from "@/components/sections/glossary-form";

export const metadata: Metadata = { title: "名词解释" };

export default async function GlossaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "glossary");
  return (
    <>
      <PageHeader title="名词解释" description="公开文本末尾的名词解释，新建报告时按模板预填。" />
      <GlossaryForm {...shell} initial={getGlossaryForm(user, reportId)} />
    </>
  );
}
