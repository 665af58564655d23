import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { functionParentNames } from "@/lib/catalog";
import { ENTRY_SECTIONS } from "@/lib/domain";
import { formatDateTime } from "@/lib/format-date";
import { getReportImport } from "@/lib/imports/import-report";
import { describeProblem } from "@/lib/imports/read-tables";
import type { RowChange, SectionPlan } from "@/lib/imports/plan";
import { loadSectionPage } from "@/lib/reports/section-page";
import { orNotFound } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { ImportDecision } from "@/components/imports/import-decision";
import { UnknownSubjects } from "@/components/imports/unknown-subjects";

export const metadata: Metadata = { title: "导入Excel：预览" };

/** How many changed rows each section lists (the counts are always complete). */
const SHOWN = 500;
const KIND_LABELS: Record<RowChange["kind"], string> = { added: "新增", changed: "修改", removed: "删除" };

function SectionChanges({ plan, index }: { plan: SectionPlan; index: number }) {
  const id = `import-section-${index}`;
  const count = (kind: RowChange["kind"]) => plan.changes.filter((c) => c.kind === kind).length;
  const rows = plan.changes.slice(0, SHOWN);
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="text-base font-semibold">
        {plan.title}（工作表“{plan.sheet}”）
      </h2>
      <p className="mb-2 text-sm text-slate-600" data-testid={`${id}-summary`}>
        新增{count("added")}行，修改{count("changed")}行，删除{count("removed")}行，不变{plan.unchanged}行。
      </p>
      {plan.changes.length > 0 && (
        <div className="max-h-[32rem] overflow-auto" tabIndex={0} role="region" aria-labelledby={id}>
          <table className="min-w-full text-sm">
            <caption className="sr-only">{plan.title}的变化</caption>
            <thead className="sticky top-0 bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  变化
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  行
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  栏目
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  原值
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  新值
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid={`${id}-changes`}>
              {rows.flatMap((c) =>
                (c.fields.length > 0 ? c.fields : [{ label: "", old: "", new: "" }]).map((f, i) => (
                  <tr key={`${c.kind}:${c.key}:${i}`}>
                    <td className="px-2 py-1 whitespace-nowrap">{i === 0 ? KIND_LABELS[c.kind] : ""}</td>
                    <td className="px-2 py-1">{i === 0 ? c.label : ""}</td>
                    <td className="px-2 py-1">{f.label}</td>
                    <td className="tabular px-2 py-1 text-right">{f.old}</td>
                    <td className="tabular px-2 py-1 text-right">{f.new}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          {plan.changes.length > SHOWN && (
            <p className="mt-2 text-xs text-slate-600">
              只列出前{SHOWN}行；导入时全部{plan.changes.length}行都会保存。
            </p>
          )}
        </div>
      )}
    </section>
  );
}

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string; importId: string }> }) {
  const { importId: raw } = await params;
  if (!/^\d{1,15}$/.test(raw)) notFound();
  const { user, reportId, report, shell } = await loadSectionPage(params, "functionLines");
  const view = orNotFound(() => getReportImport(user, reportId, Number(raw)));
  const { plan } = view;
  const unknown = plan.problems.flatMap((p) => (p.unknownSubject ? [p.unknownSubject] : []));
  const path = view.section ? ENTRY_SECTIONS.find((s) => s.key === view.section)?.path : undefined;
  const back = `/reports/${reportId}${path ? `/${path}` : ""}`;
  const open = !view.appliedAt && !view.cancelledAt;
  return (
    <>
      <PageHeader
        title="导入Excel：预览"
        description={`文件“${view.fileName}”，${view.createdBy ?? ""}于${formatDateTime(view.createdAt)}上传。以下是导入将作出的全部改变；确认后在一次保存中全部导入，取消则不作任何改变。`}
      />
      <div className="flex flex-col gap-4">
        {view.appliedAt && (
          <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
            已于{formatDateTime(view.appliedAt)}导入。
          </p>
        )}
        {view.cancelledAt && (
          <p role="status" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
            已取消，报告没有改变。
            <Link
              href={`/reports/${reportId}/import${view.section ? `?section=${view.section}` : ""}`}
              className="text-brand-700 underline"
            >
              重新上传
            </Link>
          </p>
        )}
        {plan.problems.length > 0 && (
          <section
            aria-labelledby="import-problems"
            className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
          >
            <h2 id="import-problems" className="text-base font-semibold">
              文件中有{plan.problems.length}处问题，改正前不能导入
            </h2>
            <ul className="mt-2 list-disc pl-5" data-testid="import-problems">
              {plan.problems.map((p, i) => (
                <li key={i}>{describeProblem(p)}</li>
              ))}
            </ul>
          </section>
        )}
        {open && shell.canEdit && unknown.length > 0 && (
          <UnknownSubjects
            reportId={reportId}
            importId={view.id}
            year={report.year}
            parents={functionParentNames(report.year)}
            subjects={unknown}
          />
        )}
        {plan.sections.map((s, i) => (
          <SectionChanges key={s.section} plan={s} index={i} />
        ))}
        {open && shell.canEdit && (
          <ImportDecision
            reportId={reportId}
            importId={view.id}
            back={back}
            blocked={
              plan.problems.length > 0 ? "请在 Excel 中改正上面的问题后重新上传（或添加缺少的科目后重新核对）。" : null
            }
          />
        )}
      </div>
    </>
  );
}
