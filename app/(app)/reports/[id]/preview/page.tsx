import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ValidationError } from "@/lib/errors";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { exportFileName } from "@/lib/export/file-name";
import { memoDocumentHtml } from "@/lib/reports/derived";
import { getDisclosure } from "@/lib/reports/get-disclosure";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { DocumentView } from "@/components/disclosure/document-view";
import { DownloadButton } from "@/components/disclosure/download-button";
import { PrintButton } from "@/components/disclosure/print-button";

export const metadata: Metadata = { title: "公开文本预览" };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  let disclosure: ReturnType<typeof getDisclosure>;
  try {
    disclosure = orNotFound(() => getDisclosure(user, reportId));
  } catch (error) {
    // Figures that cannot be built into a text (beyond the limit of exact arithmetic): say what to fix.
    if (!(error instanceof ValidationError)) throw error;
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-900">
        <p>{error.message}</p>
        <Link href={`/reports/${reportId}/checks`} className="mt-2 inline-block text-brand-700 hover:underline">
          查看审核结果
        </Link>
      </div>
    );
  }
  const { report, document } = disclosure;
  const mayExport = can(user, "report.export", { departmentId: report.departmentId });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-slate-600">
          {report.snapshotSha256 ? "已公开的冻结文本。" : "按当前数据生成的公开文本预览，与发布后一致。"}
          数字均由填报数据计算。
        </p>
        {mayExport && (
          <div className="flex flex-wrap items-start gap-2">
            <PrintButton />
            <DownloadButton
              href={`/reports/${reportId}/export/pdf`}
              label="PDF"
              fileName={exportFileName(document, "pdf")}
            />
            <DownloadButton
              href={`/reports/${reportId}/export/xlsx`}
              label="Excel"
              fileName={exportFileName(document, "xlsx")}
            />
          </div>
        )}
      </div>
      <DocumentView htmlKey={memoDocumentHtml(document).key} src={`/reports/${reportId}/preview/document`} />
    </>
  );
}
