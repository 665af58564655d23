import type { Metadata } from "next";
import { loadSectionPage } from "@/lib/reports/section-page";
import { carriedNotice } from "@/lib/reports/sections/carried";
import { getProfileForm } from "@/lib/reports/sections/profile";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/sections/profile-form";

export const metadata: Metadata = { title: "部门概况" };

export default async function ProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "profile");
  return (
    <>
      <PageHeader title="部门概况" description="第一部分：部门职责、机构设置、核定编制情况" />
      <ProfileForm
        {...shell}
        carried={carriedNotice(user, reportId, "profile")}
        initial={getProfileForm(user, reportId)}
      />
    </>
  );
}
