import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { carriedNotice } from "@/lib/reports/sections/carried";
import { getThreePublicForm } from "@/lib/reports/sections/three-public";
import { PageHeader } from "@/components/ui/page-header";
import { ImportLinks } from "@/components/imports/import-links";
import { ThreePublicForm } from "@/components/sections/three-public-form";

export const metadata: Metadata = { title: "“三公”经费" };

export default async function ThreePublicPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "threePublic");
  return (
    <>
      <PageHeader
        actions={<ImportLinks reportId={reportId} section="threePublic" canEdit={shell.canEdit} />}
        title="“三公”经费"
        description="一般公共预算财政拨款安排的“三公”经费（含基本支出和项目支出），生成决算公开07表和第三部分七。"
      />
      <ThreePublicForm
        {...shell}
        carried={carriedNotice(user, reportId, "quantities")}
        initial={getThreePublicForm(user, reportId)}
      />
    </>
  );
}
