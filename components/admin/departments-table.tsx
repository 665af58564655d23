"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { DepartmentListItem } from "@/lib/departments/departments";
import { DataTable } from "@/components/grids/data-table";

const columns: ColumnDef<DepartmentListItem>[] = [
  { accessorKey: "code", header: "部门编码" },
  { accessorKey: "name", header: "部门名称" },
  { accessorKey: "shortName", header: "简称" },
  { accessorKey: "region", header: "地区" },
  { accessorKey: "unitCount", header: "单位数", enableGlobalFilter: false },
  { accessorKey: "userCount", header: "用户数", enableGlobalFilter: false },
  {
    id: "edit",
    header: "操作",
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={`/admin/departments/${row.original.id}`} className="text-brand-700 hover:underline">
        编辑<span className="sr-only">{row.original.name}</span>
      </Link>
    ),
  },
];

export function DepartmentsTable({ rows }: { rows: DepartmentListItem[] }) {
  return (
    <DataTable
      caption="部门列表"
      data={rows}
      columns={columns}
      searchLabel="搜索部门"
      initialSorting={[{ id: "code", desc: false }]}
    />
  );
}
