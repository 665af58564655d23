"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import { formatYuan } from "@/lib/money";
import type { ProjectRow } from "@/lib/reports/sections/performance";
import { DataTable } from "@/components/grids/data-table";

export function ProjectsTable({ reportId, rows }: { reportId: number; rows: ProjectRow[] }) {
  const columns: ColumnDef<ProjectRow>[] = [
    {
      accessorKey: "name",
      header: "项目名称",
      cell: ({ row }) => (
        <Link href={`/reports/${reportId}/performance/${row.original.id}`} className="text-brand-700 hover:underline">
          {row.original.name}
        </Link>
      ),
    },
    {
      accessorKey: "budget",
      header: "全年预算数（元）",
      cell: (c) => <span className="tabular">{formatYuan(c.getValue<number>())}</span>,
      enableGlobalFilter: false,
    },
    {
      accessorKey: "executed",
      header: "执行数（元）",
      cell: (c) => <span className="tabular">{formatYuan(c.getValue<number>())}</span>,
      enableGlobalFilter: false,
    },
    {
      id: "rate",
      accessorFn: (r) => (r.rate === null ? -1 : Number(r.rate)),
      header: "执行率",
      cell: ({ row }) => (row.original.rate === null ? "—" : `${row.original.rate}%`),
      enableGlobalFilter: false,
    },
    {
      id: "score",
      accessorFn: (r) => (r.score === null ? -1 : Number(r.score)),
      header: "自评得分",
      cell: ({ row }) => row.original.score ?? "未评",
      enableGlobalFilter: false,
    },
    {
      accessorKey: "grade",
      header: "评价等级",
      cell: ({ row }) => (
        <span>
          {row.original.grade ?? "—"}
          {row.original.declaredGrade && row.original.grade && row.original.declaredGrade !== row.original.grade && (
            <span className="ml-2 text-xs text-amber-800">（自评表填“{row.original.declaredGrade}”）</span>
          )}
        </span>
      ),
    },
  ];
  return (
    <DataTable caption="绩效自评项目" data={rows} columns={columns} searchLabel="搜索项目" emptyText="尚未添加项目。" />
  );
}
