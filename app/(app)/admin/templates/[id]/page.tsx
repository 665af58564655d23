import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { builtInTemplate } from "@/lib/disclosure/templates";
import { listReports, reportListQueryOf } from "@/lib/reports/list-reports";
import { orNotFound } from "@/lib/route-helpers";
import { getTemplate, templateUsage } from "@/lib/templates/templates";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { TemplateEditor } from "@/components/admin/template-editor";

export const metadata: Metadata = { title: "编辑公开模板" };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "admin.templates")) return <NoAccess />;
  const id = decodeURIComponent((await params).id);
  const template = orNotFound(() => getTemplate(user, id));
  const builtIn = !!builtInTemplate(id);
  const usage = templateUsage(user, template.id);
  // Preview with the reports of this template first, then the others.
  const first = reportListQueryOf({ size: "50" });
  const using = listReports(user, { ...first, templateId: template.id }).rows;
  const others = listReports(user, first).rows.filter((r) => r.templateId !== template.id);
  const reports = [...using, ...others].slice(0, 50).map((r) => ({
    id: r.id,
    label: `${r.departmentName} ${r.year}年度${r.revision > 1 ? `（第${r.revision - 1}次修订）` : ""}`,
  }));
  return (
    <>
      <PageHeader
        title={`${builtIn ? "查看" : "编辑"}公开模板：${template.name}`}
        description={`${template.id} · 第${template.version}版 · ${template.region} · ${template.year}年度 · 草稿${usage.drafts}份、其他状态${usage.others}份使用此模板（已公开的报告不受修改影响）`}
        actions={
          <Link href="/admin/templates" className="text-sm text-brand-700 hover:underline">
            返回模板列表
          </Link>
        }
      />
      <TemplateEditor
        key={`${template.id}@${template.version}`}
        initial={template}
        editable={!builtIn}
        reports={reports}
      />
    </>
  );
}
