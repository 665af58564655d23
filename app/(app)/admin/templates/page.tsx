import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listTemplates } from "@/lib/templates/templates";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { DeriveTemplateForm, ImportTemplateForm } from "@/components/admin/template-forms";

export const metadata: Metadata = { title: "公开模板" };

export default async function TemplatesPage() {
  const user = await requireUser();
  if (!can(user, "admin.templates")) return <NoAccess />;
  const templates = listTemplates(user);
  return (
    <>
      <PageHeader
        title="公开模板"
        description="公开模板规定部门决算公开文本的版式：各部分和各节的顺序、标题、句式，各表的格式，名词解释和绩效等级。新建报告按部门所在地区和年度选用模板；新的年度或地区由此派生，无需开发人员。"
      />
      <div className="relative mb-8 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">公开模板列表</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {["模板名称", "编号", "地区", "年度", "版本", "来源", "使用的报告", "操作"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {templates.map((t) => (
              <tr key={t.id}>
                <td className="px-3 py-2">{t.name}</td>
                <td className="px-3 py-2 tabular">{t.id}</td>
                <td className="px-3 py-2">{t.region}</td>
                <td className="px-3 py-2 tabular">{t.year}</td>
                <td className="px-3 py-2 tabular">第{t.version}版</td>
                <td className="px-3 py-2">{t.builtIn ? "内置" : t.basedOn ? `派生自 ${t.basedOn.id}` : "导入"}</td>
                <td className="px-3 py-2 tabular">{t.reportCount}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Link href={`/admin/templates/${t.id}`} className="text-brand-700 hover:underline">
                    {t.builtIn ? "查看" : "编辑"}
                    <span className="sr-only">{t.name}</span>
                  </Link>
                  <a href={`/admin/templates/${t.id}/export`} className="ml-3 text-brand-700 hover:underline" download>
                    导出<span className="sr-only">{t.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <DeriveTemplateForm
          templates={templates.map((t) => ({ id: t.id, name: t.name, region: t.region, year: t.year }))}
        />
        <ImportTemplateForm />
      </div>
    </>
  );
}
