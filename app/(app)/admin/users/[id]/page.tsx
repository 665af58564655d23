import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { departmentOptions } from "@/lib/departments/departments";
import { orNotFound } from "@/lib/route-helpers";
import { getUser } from "@/lib/users/users";
import { PageHeader } from "@/components/ui/page-header";
import { NoAccess } from "@/components/ui/no-access";
import { EditUserForm, ResetPasswordForm, UserActiveToggle } from "@/components/admin/user-forms";

export const metadata: Metadata = { title: "编辑用户" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!can(actor, "admin.users")) return <NoAccess />;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const target = orNotFound(() => getUser(actor, id));
  return (
    <>
      <PageHeader
        title={`编辑用户：${target.username}`}
        actions={
          <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
            返回用户列表
          </Link>
        }
      />
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading" className="mb-3 text-base font-semibold">
            基本信息
          </h2>
          <EditUserForm
            departments={departmentOptions(actor)}
            user={{
              id: target.id,
              displayName: target.displayName,
              role: target.role,
              departmentId: target.departmentId,
            }}
          />
        </section>
        <div className="flex flex-col gap-10">
          <section aria-labelledby="password-heading">
            <h2 id="password-heading" className="mb-3 text-base font-semibold">
              重置密码
            </h2>
            <ResetPasswordForm userId={target.id} />
          </section>
          <section aria-labelledby="active-heading">
            <h2 id="active-heading" className="mb-3 text-base font-semibold">
              账号状态
            </h2>
            <UserActiveToggle userId={target.id} active={target.active} isSelf={target.id === actor.id} />
          </section>
        </div>
      </div>
    </>
  );
}
