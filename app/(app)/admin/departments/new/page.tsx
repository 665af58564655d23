import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { DepartmentForm } from "@/components/admin/department-form";
import { templateRegions } from "@/lib/templates/templates";

export const metadata: Metadata = { title: "新建部门" };

export default async function NewDepartmentPage() {
  const user = await requireUser();
  if (!can(user, "admin.departments")) return <NoAccess />;
  return (
    <>
      <PageHeader title="新建部门" />
      <DepartmentForm
        department={{ id: null, code: "", name: "", shortName: "", region: "", units: [] }}
        regions={templateRegions()}
      />
    </>
  );
}
