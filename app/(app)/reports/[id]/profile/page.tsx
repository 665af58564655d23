import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSectionContext } from "@/lib/reports/section-context";
import { getProfileForm } from "@/lib/reports/sections/profile";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/sections/profile-form";

export const metadata: Metadata = { title: "部门概况" };

export default async function ProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  return (
    <>
      <PageHeader title="部门概况" description="第一部分：部门职责、机构设置、核定编制情况" />
      <ProfileForm
        reportId={reportId}
        version={ctx.report.version}
        canEdit={ctx.canEdit}
        readOnlyReason={ctx.readOnlyReason}
        initial={getProfileForm(user, reportId)}
      />
    </>
  );
}
