import type { Metadata } from "next";
import { formatDate } from "@/lib/format-date";
import { exportFileName } from "@/lib/export/file-name";
import { publishedFrom } from "@/lib/public/params";
import { memoDocumentHtml } from "@/lib/reports/derived";
import { DocumentView } from "@/components/disclosure/document-view";
import { DownloadButton } from "@/components/disclosure/download-button";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ departmentCode: string; year: string }>;
}): Promise<Metadata> {
  const p = await publishedFrom(params);
  return { title: p.document.title };
}

export default async function PublishedDisclosurePage({
  params,
}: {
  params: Promise<{ departmentCode: string; year: string }>;
}) {
  const p = await publishedFrom(params);
  const base = `/disclosures/${encodeURIComponent(p.departmentCode)}/${p.year}`;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3 print:hidden">
        <div className="text-sm text-slate-600">
          <p>
            公开日期：{formatDate(p.publishedAt)}
            {p.revision > 1 && (
              <span className="ml-2 rounded bg-amber-50 px-2 py-0.5 text-amber-900" data-testid="revision-note">
                本文为第{p.revision - 1}次修订后的版本，替代此前公开的版本。
              </span>
            )}
          </p>
          <p className="mt-1 break-all text-xs text-slate-500">文本校验码（SHA-256）：{p.sha256}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <DownloadButton href={`${base}/pdf`} label="PDF" fileName={exportFileName(p.document, "pdf")} />
          <DownloadButton href={`${base}/xlsx`} label="Excel" fileName={exportFileName(p.document, "xlsx")} />
        </div>
      </div>
      <DocumentView htmlKey={memoDocumentHtml(p.document).key} src={`${base}/document`} />
    </>
  );
}
