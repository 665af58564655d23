import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { SideNav } from "@/components/shell/side-nav";
import { logoutAction } from "./actions";
import { ROLE_LABELS } from "@/lib/domain";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const links = [
    { href: "/reports", label: "年度报告" },
    ...(can(user, "admin.users") ? [{ href: "/admin/users", label: "用户管理" }] : []),
    ...(can(user, "admin.departments") ? [{ href: "/admin/departments", label: "部门与单位" }] : []),
    ...(can(user, "admin.catalogs") ? [{ href: "/admin/catalogs", label: "科目表" }] : []),
    ...(can(user, "admin.templates") ? [{ href: "/admin/templates", label: "公开模板" }] : []),
    { href: "/disclosures", label: "公开查询" },
  ];
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white print:hidden">
        <div className="border-b border-slate-200 px-5 py-4">
          <p className="text-sm font-semibold leading-5 text-brand-800">部门决算公开编制系统</p>
        </div>
        <SideNav links={links} />
        <div className="mt-auto border-t border-slate-200 px-5 py-4 text-sm">
          <p className="font-medium text-slate-900" data-testid="current-user">
            {user.displayName}
            <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">
              {ROLE_LABELS[user.role]}
            </span>
          </p>
          <p className="mt-1 text-xs leading-5 text-slate-500">{user.departmentName ?? "未关联部门"}</p>
          <form action={logoutAction} className="mt-3">
            <button type="submit" className="text-sm text-brand-700 hover:underline">
              退出登录
            </button>
          </form>
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
    </div>
  );
}
