import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getSectionContext } from "@/lib/reports/section-context";
import { getProjectForm, gradeBandsOf } from "@/lib/reports/sections/performance";
import { projectLock } from "@/lib/reports/sections/save-section";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectForm } from "@/components/sections/project-form";

export const metadata: Metadata = { title: "项目绩效自评" };

export default async function ProjectPage({ params }: { params: Promise<{ id: string; projectId: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const { projectId: raw } = await params;
  if (raw !== "new" && !/^\d{1,15}$/.test(raw)) notFound();
  const projectId = raw === "new" ? null : Number(raw);
  // Each project is locked on its own; a new one has no lock yet (project 0: version 0).
  const section = projectLock(projectId ?? 0);
  const ctx = orNotFound(() => getSectionContext(user, reportId, section));
  if (projectId === null && !ctx.canEdit) notFound();
  const initial = orNotFound(() => getProjectForm(user, reportId, projectId));
  return (
    <>
      <PageHeader
        title={projectId === null ? "新增项目" : `项目：${initial.name}`}
        actions={
          <Link href={`/reports/${reportId}/performance`} className="text-sm text-brand-700 hover:underline">
            返回项目列表
          </Link>
        }
      />
      <ProjectForm
        reportId={reportId}
        version={ctx.version}
        draft={{ userId: user.id, section }}
        canEdit={ctx.canEdit}
        readOnlyReason={ctx.readOnlyReason}
        initial={initial}
        gradeBands={gradeBandsOf(user, reportId)}
      />
    </>
  );
}
