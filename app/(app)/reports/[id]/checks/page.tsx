import type { Metadata } from "next";
import { getChecks } from "@/lib/reports/checks";
import { loadSectionPage } from "@/lib/reports/section-page";
import { PageHeader } from "@/components/ui/page-header";
import { FindingsList } from "@/components/workflow/findings-list";
import { FindingNotesForm } from "@/components/workflow/finding-notes-form";

export const metadata: Metadata = { title: "审核" };

export default async function ChecksPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, reportId, shell } = await loadSectionPage(params, "findingNotes");
  const { findings, notes } = getChecks(user, reportId);
  const warnings = findings.filter((f) => f.severity === "warning");
  const errors = findings.length - warnings.length;
  return (
    <>
      <PageHeader
        title="审核"
        description={`按当前数据审核：错误 ${errors} 项（须改正后才能提交），警告 ${warnings.length} 项（须填写说明后才能提交）。每次保存后自动重新审核。`}
      />
      <FindingsList reportId={reportId} findings={findings} notes={notes} canEdit={shell.canEdit} />
      {warnings.length > 0 && (
        <section aria-labelledby="notes-heading" className="mt-8">
          <h2 id="notes-heading" className="mb-3 text-base font-semibold">
            警告的说明
          </h2>
          <FindingNotesForm key={warnings.map((w) => w.key).join("|")} {...shell} warnings={warnings} notes={notes} />
        </section>
      )}
    </>
  );
}
