import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listUsers } from "@/lib/users/users";
import { formatDateTime } from "@/lib/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { buttonClass } from "@/components/ui/button";
import { UsersTable } from "@/components/admin/users-table";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user, "admin.users")) return <NoAccess />;
  const rows = listUsers(user).map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentName: u.departmentName ?? "—",
    active: u.active,
    lastLoginText: u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "从未登录",
  }));
  return (
    <>
      <PageHeader
        title="用户管理"
        description="新建用户、调整角色和部门、停用账号、重置密码。角色、部门或密码一经修改，该用户需重新登录。"
        actions={
          <Link href="/admin/users/new" className={buttonClass("primary")}>
            新建用户
          </Link>
        }
      />
      <UsersTable rows={rows} />
    </>
  );
}
