import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { catalogYear, listCatalogPage, listCatalogYears, listUnconfirmedSubjects } from "@/lib/catalog";
import { ZCatalogQuery } from "@/lib/catalog.schema";
import { mappingOverview } from "@/lib/catalogs/mappings";
import { recentCatalogImports } from "@/lib/catalogs/import-catalog";
import { formatDateTime } from "@/lib/format-date";
import {
  CATALOG_KIND_LABELS,
  CATALOG_SOURCE_LABELS,
  SUBJECT_LEVEL_LABELS,
  SUBJECT_SOURCE_LABELS,
  type CatalogKind,
} from "@/lib/domain";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { buttonClass } from "@/components/ui/button";
import { AddSubjectForm, CatalogImportForm } from "@/components/admin/catalog-forms";
import { MappingsPanel, UnconfirmedSubjects } from "@/components/admin/catalog-decisions";

export const metadata: Metadata = { title: "科目表" };

export default async function CatalogsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser();
  if (!can(user, "admin.catalogs")) return <NoAccess />;
  const params = await searchParams;
  const query = ZCatalogQuery.parse(params);
  const imported = /^(\d+)-(\d+)-(\d+)$/.exec(params.imported ?? "");
  const { kind, year } = query;
  const years = listCatalogYears(user);
  const inForce = catalogYear(kind, year);
  const own = years.find((y) => y.kind === kind && y.year === year);
  const page = listCatalogPage(user, { kind, year, search: query.q, page: query.page });
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const mappings = mappingOverview(user, kind, year);
  const unconfirmed = kind === "function" ? listUnconfirmedSubjects(user) : [];
  const imports = recentCatalogImports(user, 5).filter((i) => !i.appliedAt);
  const href = (over: Partial<{ kind: CatalogKind; year: number; q: string; page: number }>) => {
    const p = { kind, year, q: query.q, page: 1, ...over };
    const s = new URLSearchParams({ kind: p.kind, year: String(p.year) });
    if (p.q) s.set("q", p.q);
    if (p.page > 1) s.set("page", String(p.page));
    return `/admin/catalogs?${s}`;
  };
  const tab = (k: CatalogKind) => (
    <Link
      href={href({ kind: k, q: "" })}
      aria-current={kind === k ? "page" : undefined}
      className={`rounded-full border px-3 py-1 text-sm ${kind === k ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700"}`}
    >
      {CATALOG_KIND_LABELS[k]}
    </Link>
  );
  const kindYears = years.filter((y) => y.kind === kind);
  return (
    <>
      <PageHeader
        title="科目表"
        description="每个年度有自己的支出功能分类和支出经济分类科目表；某年没有时沿用此前最近一年的。导入财政部门发布的科目表文件即可准备一个新的年度。"
      />
      {imported && (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          已导入{year}年{CATALOG_KIND_LABELS[kind]}科目表：新增{imported[1]}个，删除{imported[2]}个，改名{imported[3]}
          个。
        </p>
      )}
      <nav aria-label="科目表类别" className="mb-4 flex gap-2">
        {tab("function")}
        {tab("economic")}
      </nav>

      <section aria-labelledby="years-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="years-heading" className="mb-2 text-base font-semibold">
          年度
        </h2>
        <ul className="mb-3 flex flex-wrap gap-2 text-sm">
          {kindYears.map((y) => (
            <li key={y.year}>
              <Link
                href={href({ year: y.year, q: "" })}
                aria-current={y.year === year ? "page" : undefined}
                className={`inline-block rounded-md border px-2.5 py-1 ${y.year === year ? "border-brand-600 bg-brand-50 font-medium text-brand-800" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
              >
                {y.year}年 · {CATALOG_SOURCE_LABELS[y.source]}
                {y.source === "derived" && y.basedOnYear ? `${y.basedOnYear}年` : ""} · {y.subjects}个
                {y.unconfirmed > 0 && <span className="ml-1 text-amber-800">（{y.unconfirmed}个待确认）</span>}
              </Link>
            </li>
          ))}
        </ul>
        <form method="get" action="/admin/catalogs" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="kind" value={kind} />
          <div className="flex flex-col gap-1">
            <label htmlFor="catalog-year" className="text-sm font-medium text-slate-700">
              查看年度
            </label>
            <input
              id="catalog-year"
              name="year"
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              defaultValue={year}
              className="w-28 rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            查看
          </button>
        </form>
        <p className="mt-3 text-sm text-slate-700" data-testid="catalog-in-force">
          {inForce === null
            ? "尚无科目表。"
            : own
              ? `${year}年${CATALOG_KIND_LABELS[kind]}科目表：${CATALOG_SOURCE_LABELS[own.source]}${own.fileName ? `（${own.fileName}）` : own.source === "derived" && own.basedOnYear ? `自${own.basedOnYear}年` : ""}，${own.subjects}个科目${own.updatedBy ? `，${own.updatedBy}于${formatDateTime(own.updatedAt)}` : ""}。`
              : `${year}年没有自己的${CATALOG_KIND_LABELS[kind]}科目表，使用${inForce}年的。`}
          <a
            href={`/admin/catalogs/export?kind=${kind}&year=${year}`}
            className="ml-3 text-brand-700 underline"
            download
          >
            导出{year}年科目表（Excel）
          </a>
        </p>
      </section>

      <div className="mb-6 grid gap-6 xl:grid-cols-2">
        <CatalogImportForm kind={kind} defaultYear={year} />
        <AddSubjectForm kind={kind} year={year} />
      </div>

      {imports.length > 0 && (
        <section
          aria-labelledby="pending-imports"
          className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm"
        >
          <h2 id="pending-imports" className="mb-2 font-semibold">
            已上传、尚未导入的文件
          </h2>
          <ul className="flex flex-col gap-1">
            {imports.map((i) => (
              <li key={i.id}>
                <Link href={`/admin/catalogs/imports/${i.id}`} className="text-brand-700 underline">
                  {i.year}年{CATALOG_KIND_LABELS[i.kind]}：{i.fileName}
                </Link>
                （{i.by}，{formatDateTime(i.createdAt)}）
              </li>
            ))}
          </ul>
        </section>
      )}

      {unconfirmed.length > 0 && (
        <UnconfirmedSubjects
          rows={unconfirmed.map((u) => ({ ...u, addedAt: u.addedAt ? formatDateTime(u.addedAt) : "" }))}
        />
      )}

      {mappings && (
        <MappingsPanel
          overview={{
            ...mappings,
            decisions: mappings.decisions.map((d) => ({ ...d, decidedAt: formatDateTime(d.decidedAt) })),
          }}
        />
      )}

      <section aria-labelledby="subjects-heading" className="flex flex-col gap-3">
        <h2 id="subjects-heading" className="text-base font-semibold">
          {inForce ?? year}年{CATALOG_KIND_LABELS[kind]}科目（共{page.total}个{query.q ? `符合“${query.q}”` : ""}）
        </h2>
        <form method="get" action="/admin/catalogs" className="flex flex-wrap items-end gap-2" role="search">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="year" value={year} />
          <div className="flex flex-col gap-1">
            <label htmlFor="catalog-search" className="text-sm font-medium text-slate-700">
              搜索科目
            </label>
            <input
              id="catalog-search"
              name="q"
              defaultValue={query.q}
              placeholder="编码开头或名称"
              className="w-64 rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            搜索
          </button>
        </form>
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">科目表</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                {["科目编码", "科目名称", "级次", "来源"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.map((r) => (
                <tr key={r.code}>
                  <td className="px-3 py-1.5 tabular">{r.code}</td>
                  <td
                    className={`px-3 py-1.5 ${r.level === "class" ? "font-semibold" : r.level === "section" ? "pl-6" : "pl-10"}`}
                  >
                    {r.name}
                  </td>
                  <td className="px-3 py-1.5">{SUBJECT_LEVEL_LABELS[r.level]}</td>
                  <td className="px-3 py-1.5">
                    {SUBJECT_SOURCE_LABELS[r.source]}
                    {r.unconfirmed && (
                      <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs text-amber-900">待确认</span>
                    )}
                  </td>
                </tr>
              ))}
              {page.rows.length === 0 && (
                <tr>
                  <td colSpan={4} className="px-3 py-4 text-center text-slate-600">
                    没有符合条件的科目。
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {pages > 1 && (
          <nav aria-label="分页" className="flex flex-wrap items-center gap-3 text-sm">
            {page.page > 1 && (
              <Link href={href({ page: page.page - 1 })} className="text-brand-700 underline">
                上一页
              </Link>
            )}
            <span>
              第{page.page}页，共{pages}页
            </span>
            {page.page < pages && (
              <Link href={href({ page: page.page + 1 })} className="text-brand-700 underline">
                下一页
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
