import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { listUsers, userListQueryOf, type UserListItem } from "@/lib/users/users";
import { formatDateTime } from "@/lib/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { buttonClass } from "@/components/ui/button";
import { ListFilters } from "@/components/lists/list-filters";
import { ListTable, type ListColumn } from "@/components/lists/list-table";
import { Pager } from "@/components/lists/pager";
import { ROLES, ROLE_LABELS } from "@/lib/domain";

export const metadata: Metadata = { title: "用户管理" };

const columns: ListColumn<UserListItem>[] = [
  { header: "用户名", cell: (u) => u.username },
  { header: "姓名", cell: (u) => u.displayName },
  { header: "角色", cell: (u) => ROLE_LABELS[u.role] },
  { header: "部门", cell: (u) => u.departmentName ?? "—" },
  {
    header: "状态",
    cell: (u) =>
      u.active ? <span className="text-green-700">启用</span> : <span className="text-red-700">已停用</span>,
  },
  { header: "最近登录", cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "从未登录") },
  {
    header: "操作",
    cell: (u) => (
      <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
        编辑<span className="sr-only">用户 {u.username}</span>
      </Link>
    ),
  },
];

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  if (!can(user, "admin.users")) return <NoAccess />;
  const query = userListQueryOf(await searchParams);
  const list = listUsers(user, query);
  const state = query.active === null ? "" : query.active ? "active" : "disabled";
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
      <ListFilters
        path="/admin/users"
        label="筛选用户"
        fields={[
          { kind: "search", name: "q", label: "用户名、姓名或部门", value: query.q },
          {
            kind: "select",
            name: "role",
            label: "角色",
            value: query.role ?? "",
            options: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
          },
          {
            kind: "select",
            name: "state",
            label: "状态",
            value: state,
            options: [
              { value: "active", label: "启用" },
              { value: "disabled", label: "已停用" },
            ],
          },
        ]}
      />
      <ListTable
        caption="用户列表"
        columns={columns}
        rows={list.rows}
        rowKey={(u) => u.id}
        emptyText="没有符合筛选条件的用户。"
      />
      <Pager list={list} path="/admin/users" params={{ q: query.q, role: query.role ?? "", state }} />
    </>
  );
}
