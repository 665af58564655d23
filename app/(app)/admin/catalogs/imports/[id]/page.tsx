import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { getCatalogImport } from "@/lib/catalogs/import-catalog";
import { formatDateTime } from "@/lib/format-date";
import { orNotFound } from "@/lib/route-helpers";
import { CATALOG_KIND_LABELS, CATALOG_SOURCE_LABELS, MAPPING_REASON_LABELS, SUBJECT_LEVEL_LABELS } from "@/lib/domain";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { ApplyImportButton } from "@/components/admin/apply-import-button";

export const metadata: Metadata = { title: "导入科目表：预览变化" };

/** How many subjects each list of changes shows (the counts are always complete). */
const SHOWN = 300;

function ChangeList({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: { code: string; level: keyof typeof SUBJECT_LEVEL_LABELS; text: string }[];
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-2 text-base font-semibold">
        {title}（{rows.length}个）
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">无。</p>
      ) : (
        <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-labelledby={id}>
          <table className="min-w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                  科目编码
                </th>
                <th scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                  级次
                </th>
                <th scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                  科目名称
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid={id}>
              {rows.slice(0, SHOWN).map((r) => (
                <tr key={r.code}>
                  <td className="px-2 py-1 tabular">{r.code}</td>
                  <td className="px-2 py-1">{SUBJECT_LEVEL_LABELS[r.level]}</td>
                  <td className="px-2 py-1">{r.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN && <p className="mt-2 text-sm text-slate-600">另有{rows.length - SHOWN}个未列出。</p>}
        </div>
      )}
    </section>
  );
}

export default async function CatalogImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "catalog.import")) return <NoAccess />;
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const preview = orNotFound(() => getCatalogImport(user, Number(id)));
  const { changes } = preview;
  const label = `${preview.year}年${CATALOG_KIND_LABELS[preview.kind]}科目表`;
  const back = `/admin/catalogs?kind=${preview.kind}&year=${preview.year}`;
  return (
    <>
      <PageHeader
        title={`导入${label}：预览变化`}
        description={`文件“${preview.fileName}”，${preview.createdBy ?? "管理员"}于${formatDateTime(preview.createdAt)}上传，共${preview.subjects}个科目。`}
      />
      <div
        className="mb-6 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
        data-testid="import-summary"
      >
        <p className="font-medium">
          {preview.comparedWith === null
            ? `此前没有更早的科目表：文件中的${preview.subjects}个科目都是新增。`
            : `与${preview.comparedWith}年科目表相比：新增${changes.added.length}个，删除${changes.removed.length}个，改名${changes.renamed.length}个，未变${changes.unchanged}个。`}
        </p>
        <p>
          {preview.replaces
            ? `导入后替换现有的${preview.year}年科目表（${CATALOG_SOURCE_LABELS[preview.replaces.source]}，${preview.replaces.subjects}个科目）。`
            : `${preview.year}年目前没有自己的科目表，导入后${preview.year}年起使用这份科目表。`}
          {preview.laterYears.length > 0 && `${preview.laterYears.join("、")}年已有自己的科目表，不受影响。`}
        </p>
        {preview.keptLocal.length > 0 && (
          <p>
            填报时添加、文件中没有的{preview.keptLocal.length}个科目予以保留，仍待确认：
            {preview.keptLocal.map((e) => `${e.code} ${e.name}`).join("、")}。
          </p>
        )}
        {preview.suggestions.length > 0 && (
          <p>
            导入后，科目表页将建议{preview.suggestions.length}个上年→本年的编码对应：
            {preview.suggestions
              .slice(0, 3)
              .map((s) => `${s.fromCode}→${s.toCode}（${MAPPING_REASON_LABELS[s.reason]}）`)
              .join("、")}
            {preview.suggestions.length > 3 ? "等" : ""}，请在那里确认。
          </p>
        )}
      </div>
      <div className="mb-6">
        {preview.appliedAt ? (
          <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" role="status">
            已于{formatDateTime(preview.appliedAt)}导入。
            <Link href={back} className="ml-2 underline">
              返回科目表
            </Link>
          </p>
        ) : (
          <ApplyImportButton importId={preview.id} label={label} back={back} />
        )}
      </div>
      <div className="grid gap-4 xl:grid-cols-3">
        <ChangeList
          id="import-added"
          title="新增"
          rows={changes.added.map((e) => ({ code: e.code, level: e.level, text: e.name }))}
        />
        <ChangeList
          id="import-removed"
          title="删除"
          rows={changes.removed.map((e) => ({ code: e.code, level: e.level, text: e.name }))}
        />
        <ChangeList
          id="import-renamed"
          title="改名"
          rows={changes.renamed.map((r) => ({ code: r.code, level: r.level, text: `${r.before} → ${r.after}` }))}
        />
      </div>
    </>
  );
}
