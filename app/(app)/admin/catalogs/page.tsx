import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listCatalog } from "@/lib/catalog";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { CatalogView } from "@/components/admin/catalog-view";

export const metadata: Metadata = { title: "科目表" };

const LEVEL_LABELS = { class: "类", section: "款", item: "项" } as const;

export default async function CatalogsPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await requireUser();
  if (!can(user, "admin.catalogs")) return <NoAccess />;
  const kind = (await searchParams).kind === "economic" ? "economic" : "function";
  const rows = listCatalog(user, kind).map((r) => ({
    code: r.code,
    name: r.name,
    levelLabel: LEVEL_LABELS[r.level],
    validFrom: r.validFrom,
  }));
  const tab = (k: "function" | "economic", label: string) => (
    <Link
      href={`/admin/catalogs?kind=${k}`}
      aria-current={kind === k ? "page" : undefined}
      className={`rounded-full border px-3 py-1 text-sm ${kind === k ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700"}`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader title="科目表" description="参考科目表未收录的科目，可在此添加；填报时即可选用。上级科目须已存在。" />
      <nav aria-label="科目表" className="mb-4 flex gap-2">
        {tab("function", "支出功能分类")}
        {tab("economic", "支出经济分类")}
      </nav>
      <CatalogView key={kind} kind={kind} rows={rows} />
    </>
  );
}
