"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useId, useState } from "react";
import { DataTable } from "@/components/grids/data-table";

export interface AuditItem {
  id: number;
  atText: string;
  at: number;
  actorName: string;
  actionLabel: string;
  fieldLabel: string;
  oldValue: string;
  newValue: string;
}

const columns: ColumnDef<AuditItem>[] = [
  {
    id: "at",
    accessorFn: (r) => r.at,
    header: "时间",
    cell: ({ row }) => row.original.atText,
    enableGlobalFilter: false,
  },
  { accessorKey: "actorName", header: "操作人" },
  { accessorKey: "actionLabel", header: "类型" },
  {
    accessorKey: "fieldLabel",
    header: "内容",
    cell: (c) => <span className="whitespace-normal">{c.getValue<string>()}</span>,
  },
  {
    accessorKey: "oldValue",
    header: "原值",
    enableSorting: false,
    cell: (c) => (
      <span className="block max-w-xs whitespace-normal break-all text-slate-500">{c.getValue<string>()}</span>
    ),
  },
  {
    accessorKey: "newValue",
    header: "新值",
    enableSorting: false,
    cell: (c) => <span className="block max-w-xs whitespace-normal break-all">{c.getValue<string>()}</span>,
  },
];

export function AuditTable({ rows, actions }: { rows: AuditItem[]; actions: string[] }) {
  const [action, setAction] = useState("");
  const id = useId();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm text-slate-700">
          类型
        </label>
        <select
          id={id}
          value={action}
          onChange={(e) => setAction(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">全部</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <DataTable
        caption="审计日志"
        data={action ? rows.filter((r) => r.actionLabel === action) : rows}
        columns={columns}
        searchLabel="搜索记录"
        emptyText="暂无记录。"
        initialSorting={[{ id: "at", desc: true }]}
      />
    </div>
  );
}
