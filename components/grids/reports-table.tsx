"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "./data-table";
import type { DisplayStatus } from "@/lib/domain";

export interface ReportRow {
  id: number;
  departmentName: string;
  year: number;
  revision: number;
  status: DisplayStatus;
  statusLabel: string;
  /** Who returned it and when, for 已退回. */
  statusNote: string;
  updatedAt: number;
  updatedAtText: string;
  updatedByName: string;
}

const STATUS_STYLE: Record<DisplayStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  returned: "bg-red-50 text-red-800",
  submitted: "bg-amber-50 text-amber-800",
  approved: "bg-sky-50 text-sky-800",
  published: "bg-green-50 text-green-800",
  superseded: "bg-slate-100 text-slate-600",
};

const columns: ColumnDef<ReportRow>[] = [
  { accessorKey: "departmentName", header: "部门" },
  { accessorKey: "year", header: "年度", cell: (c) => `${c.getValue<number>()}年度` },
  {
    accessorKey: "revision",
    header: "版本",
    cell: (c) => (c.getValue<number>() === 1 ? "原始版本" : `第${c.getValue<number>() - 1}次修订`),
  },
  {
    accessorKey: "statusLabel",
    header: "状态",
    cell: ({ row }) => (
      <span>
        <span className={`rounded px-2 py-0.5 text-xs ${STATUS_STYLE[row.original.status]}`}>
          {row.original.statusLabel}
        </span>
        {row.original.statusNote && <span className="ml-2 text-xs text-slate-600">{row.original.statusNote}</span>}
      </span>
    ),
  },
  {
    id: "updatedAt",
    accessorFn: (r) => r.updatedAt,
    header: "最后修改",
    cell: ({ row }) =>
      `${row.original.updatedAtText}${row.original.updatedByName ? `（${row.original.updatedByName}）` : ""}`,
    enableGlobalFilter: false,
  },
  {
    id: "open",
    header: "操作",
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={`/reports/${row.original.id}`} className="text-brand-700 hover:underline">
        打开<span className="sr-only">{`${row.original.departmentName}${row.original.year}年度报告`}</span>
      </Link>
    ),
  },
];

export function ReportsTable({ rows }: { rows: ReportRow[] }) {
  return (
    <DataTable
      caption="年度报告列表"
      data={rows}
      columns={columns}
      searchLabel="搜索报告"
      emptyText="还没有报告。"
      initialSorting={[{ id: "year", desc: true }]}
    />
  );
}
