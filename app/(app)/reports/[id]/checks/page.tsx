import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getChecks } from "@/lib/reports/checks";
import { getSectionContext } from "@/lib/reports/section-context";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { PageHeader } from "@/components/ui/page-header";
import { FindingsList } from "@/components/workflow/findings-list";
import { FindingNotesForm } from "@/components/workflow/finding-notes-form";

export const metadata: Metadata = { title: "审核" };

export default async function ChecksPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  const { findings, notes } = getChecks(user, reportId);
  const warnings = findings.filter((f) => f.severity === "warning");
  const errors = findings.length - warnings.length;
  return (
    <>
      <PageHeader
        title="审核"
        description={`按当前数据审核：错误 ${errors} 项（须改正后才能提交），警告 ${warnings.length} 项（须填写说明后才能提交）。每次保存后自动重新审核。`}
      />
      <FindingsList reportId={reportId} findings={findings} notes={notes} />
      {warnings.length > 0 && (
        <section aria-labelledby="notes-heading" className="mt-8">
          <h2 id="notes-heading" className="mb-3 text-base font-semibold">
            警告的说明
          </h2>
          <FindingNotesForm
            key={warnings.map((w) => w.key).join("|")}
            reportId={reportId}
            version={ctx.report.version}
            canEdit={ctx.canEdit}
            readOnlyReason={ctx.readOnlyReason}
            warnings={warnings}
            notes={notes}
          />
        </section>
      )}
    </>
  );
}
