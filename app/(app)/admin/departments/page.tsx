import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { departmentListQueryOf, listDepartments, type DepartmentListItem } from "@/lib/departments/departments";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { buttonClass } from "@/components/ui/button";
import { ListFilters } from "@/components/lists/list-filters";
import { ListTable, type ListColumn } from "@/components/lists/list-table";
import { Pager } from "@/components/lists/pager";

export const metadata: Metadata = { title: "部门与单位" };

const columns: ListColumn<DepartmentListItem>[] = [
  { header: "部门编码", cell: (d) => d.code },
  { header: "部门名称", cell: (d) => d.name },
  { header: "简称", cell: (d) => d.shortName },
  { header: "地区", cell: (d) => d.region },
  { header: "单位数", cell: (d) => d.unitCount },
  { header: "用户数", cell: (d) => d.userCount },
  {
    header: "操作",
    cell: (d) => (
      <Link href={`/admin/departments/${d.id}`} className="text-brand-700 hover:underline">
        编辑<span className="sr-only">{d.name}</span>
      </Link>
    ),
  },
];

export default async function DepartmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  if (!can(user, "admin.departments")) return <NoAccess />;
  const query = departmentListQueryOf(await searchParams);
  const list = listDepartments(user, query);
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
      <ListFilters
        path="/admin/departments"
        label="查找部门"
        fields={[{ kind: "search", name: "q", label: "编码、名称或地区", value: query.q }]}
      />
      <ListTable
        caption="部门列表"
        columns={columns}
        rows={list.rows}
        rowKey={(d) => d.id}
        emptyText="没有符合条件的部门。"
      />
      <Pager list={list} path="/admin/departments" params={{ q: query.q }} />
    </>
  );
}
