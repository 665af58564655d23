import type { Metadata } from "next";
import { functionParentNames, listFunctionItems } from "@/lib/catalog";
import { catalogDataOf } from "@/lib/reports/derived";
import { loadSectionPage } from "@/lib/reports/section-page";
import { getFunctionLinesForm } from "@/lib/reports/sections/function-lines";
import { PageHeader } from "@/components/ui/page-header";
import { ImportLinks } from "@/components/imports/import-links";
import { FunctionLinesForm } from "@/components/sections/function-lines-form";

export const metadata: Metadata = { title: "收入支出（功能分类）" };

export default async function FunctionLinesPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, report, shell } = await loadSectionPage(params, "functionLines");
  const initial = getFunctionLinesForm(user, reportId);
  // The subjects of the lines entered; the page fetches the rest of the year's catalog when it has loaded.
  const codes = new Set(initial.lines.map((l) => l.subjectCode));
  const subjects = catalogDataOf("functionItems", report.year, listFunctionItems).filter((s) => codes.has(s.code));
  return (
    <>
      <PageHeader
        actions={<ImportLinks reportId={reportId} section="functionLines" canEdit={shell.canEdit} />}
        title="收入支出（功能分类）"
        description="每个项级科目一行。类、款由编码推出；决算公开01–05、08、09表和各项说明均由此汇总生成。"
      />
      <FunctionLinesForm
        {...shell}
        initial={initial}
        subjects={subjects}
        parents={catalogDataOf("functionParents", report.year, functionParentNames)}
        year={report.year}
      />
    </>
  );
}
