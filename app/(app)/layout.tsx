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
  const account = (testId?: string) => (
    <>
      <p className="font-medium text-slate-900" data-testid={testId}>
        {user.displayName}
        <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{ROLE_LABELS[user.role]}</span>
      </p>
      <p className="mt-1 text-xs leading-5 text-slate-600">{user.departmentName ?? "未关联部门"}</p>
      <form action={logoutAction} className="mt-3">
        <button type="submit" className="text-sm text-brand-700 underline">
          退出登录
        </button>
      </form>
    </>
  );
  return (
    <div className="flex min-h-screen flex-col lg:flex-row">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        跳到正文
      </a>
      {/* Phones and narrow windows: a bar with the menu folded away. */}
      <header className="border-b border-slate-200 bg-white px-4 py-2 lg:hidden print:hidden">
        <details>
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">部门决算公开编制系统 · 菜单</summary>
          <SideNav links={links} />
          <div className="px-3 pb-2 text-sm">{account()}</div>
        </details>
      </header>
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white lg:flex print:hidden">
        <div className="border-b border-slate-200 px-5 py-4">
          <p className="text-sm font-semibold leading-5 text-brand-800">部门决算公开编制系统</p>
        </div>
        <SideNav links={links} />
        <div className="mt-auto border-t border-slate-200 px-5 py-4 text-sm">{account("current-user")}</div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-4 outline-none sm:px-8 sm:py-6">
        {children}
      </main>
    </div>
  );
}
