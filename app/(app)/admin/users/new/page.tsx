import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { departmentOptions } from "@/lib/departments/departments";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { CreateUserForm } from "@/components/admin/user-forms";

export const metadata: Metadata = { title: "新建用户" };

export default async function NewUserPage() {
  const user = await requireUser();
  if (!can(user, "admin.users")) return <NoAccess />;
  return (
    <>
      <PageHeader title="新建用户" />
      <CreateUserForm departments={departmentOptions(user)} />
    </>
  );
}
