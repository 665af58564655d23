import "server-only";
import { requireUser } from "../auth/session";
import { orNotFound, reportIdFrom } from "../route-helpers";
import { getSectionContext } from "./section-context";
import type { SectionLock } from "./sections/save-section";

/**
 * What every entry page starts with: the signed-in user, the report (within their scope, else 404)
 * and the props of the section form's frame: the section's version, whether the user may edit and
 * why not, and what names the browser's draft of the page (user, report, section).
 */
export async function loadSectionPage(params: Promise<{ id: string }>, section: SectionLock) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId, section));
  return {
    user,
    reportId,
    report: ctx.report,
    shell: {
      reportId,
      version: ctx.version,
      canEdit: ctx.canEdit,
      readOnlyReason: ctx.readOnlyReason,
      draft: { userId: user.id, section },
    },
  };
}
