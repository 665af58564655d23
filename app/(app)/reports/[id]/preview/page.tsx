import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { exportFileName } from "@/lib/export/file-name";
import { getDisclosure } from "@/lib/reports/get-disclosure";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { DocumentView } from "@/components/disclosure/document-view";
import { DownloadButton } from "@/components/disclosure/download-button";
import { PrintButton } from "@/components/disclosure/print-button";

export const metadata: Metadata = { title: "公开文本预览" };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const { report, document } = orNotFound(() => getDisclosure(user, reportId));
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
      <DocumentView document={document} />
    </>
  );
}
