import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listDepartments } from "@/lib/departments/departments";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { buttonClass } from "@/components/ui/button";
import { DepartmentsTable } from "@/components/admin/departments-table";

export const metadata: Metadata = { title: "部门与单位" };

export default async function DepartmentsPage() {
  const user = await requireUser();
  if (!can(user, "admin.departments")) return <NoAccess />;
  return (
    <>
      <PageHeader
        title="部门与单位"
        description="部门编码用于公开网址；单位性质决定机关运行经费的口径（行政单位和参公事业单位）。"
        actions={
          <Link href="/admin/departments/new" className={buttonClass("primary")}>
            新建部门
          </Link>
        }
      />
      <DepartmentsTable rows={listDepartments(user)} />
    </>
  );
}
