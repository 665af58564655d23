import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { getDepartment } from "@/lib/departments/departments";
import { orNotFound } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { DepartmentForm } from "@/components/admin/department-form";
import { templateRegions } from "@/lib/templates/templates";

export const metadata: Metadata = { title: "编辑部门" };

export default async function EditDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "admin.departments")) return <NoAccess />;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const department = orNotFound(() => getDepartment(user, id));
  const { hasReports, ...values } = department;
  return (
    <>
      <PageHeader
        title={`编辑部门：${values.name}`}
        description={hasReports ? "该部门已有报告；修改部门编码会改变其公开网址。" : undefined}
        actions={
          <Link href="/admin/departments" className="text-sm text-brand-700 hover:underline">
            返回部门列表
          </Link>
        }
      />
      <DepartmentForm department={values} regions={templateRegions()} />
    </>
  );
}
