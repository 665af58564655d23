import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { formatDateTime } from "@/lib/format-date";
import { recentReportImports } from "@/lib/imports/import-report";
import { IMPORT_SECTION_LABELS, IMPORT_SECTIONS, type ImportSection } from "@/lib/imports/layouts";
import { loadSectionPage } from "@/lib/reports/section-page";
import { PageHeader } from "@/components/ui/page-header";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "导入Excel" };

export default async function ImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ section?: string }>;
}) {
  const { user, reportId, shell } = await loadSectionPage(params, "functionLines");
  const asked = (await searchParams).section ?? "";
  const section = IMPORT_SECTIONS.includes(asked as ImportSection) ? asked : "";
  const recent = recentReportImports(user, reportId);
  const templateHref = `/reports/${reportId}/import/template${section ? `?section=${section}` : ""}`;
  return (
    <>
      <PageHeader
        title="导入Excel"
        description="用已有的 Excel 数据填写报告：先下载模板（已填入当前数据），在 Excel 中修改或粘贴后上传；预览无误再确认导入。"
        actions={
          <a href={templateHref} className={buttonClass("secondary")} download>
            下载导入模板{section ? `（${IMPORT_SECTION_LABELS[section as ImportSection]}）` : "（全部）"}
          </a>
        }
      />
      {shell.canEdit ? (
        <ImportUploadForm
          reportId={reportId}
          sections={IMPORT_SECTIONS.map((key) => ({ key, label: IMPORT_SECTION_LABELS[key] }))}
          defaultSection={section}
        />
      ) : (
        <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {shell.readOnlyReason ?? "您不能修改这份报告。"}
        </p>
      )}
      {recent.length > 0 && (
        <section aria-labelledby="recent-imports" className="mt-8 max-w-2xl">
          <h2 id="recent-imports" className="mb-2 text-base font-semibold">
            最近的导入
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <Link href={`/reports/${reportId}/import/${r.id}`} className="text-brand-700 underline">
                  {r.fileName}
                </Link>
                <span className="text-slate-600">
                  {r.section ? IMPORT_SECTION_LABELS[r.section as ImportSection] : "整个报告"} ·{" "}
                  {formatDateTime(r.createdAt)} · {r.appliedAt ? "已导入" : r.cancelledAt ? "已取消" : "待确认"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
