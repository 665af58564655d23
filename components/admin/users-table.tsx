"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/grids/data-table";
import { ROLE_LABELS, type Role } from "@/lib/domain";

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentName: string;
  active: boolean;
  lastLoginText: string;
}

const columns: ColumnDef<UserRow>[] = [
  { accessorKey: "username", header: "用户名" },
  { accessorKey: "displayName", header: "姓名" },
  { id: "role", accessorFn: (r) => ROLE_LABELS[r.role], header: "角色" },
  { accessorKey: "departmentName", header: "部门" },
  {
    id: "active",
    accessorFn: (r) => (r.active ? "启用" : "已停用"),
    header: "状态",
    cell: ({ row }) =>
      row.original.active ? <span className="text-green-700">启用</span> : <span className="text-red-700">已停用</span>,
  },
  { accessorKey: "lastLoginText", header: "最近登录", enableSorting: false, enableGlobalFilter: false },
  {
    id: "edit",
    header: "操作",
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={`/admin/users/${row.original.id}`} className="text-brand-700 hover:underline">
        编辑<span className="sr-only">用户 {row.original.username}</span>
      </Link>
    ),
  },
];

export function UsersTable({ rows }: { rows: UserRow[] }) {
  return (
    <DataTable
      caption="用户列表"
      data={rows}
      columns={columns}
      searchLabel="搜索用户"
      initialSorting={[{ id: "username", desc: false }]}
    />
  );
}
