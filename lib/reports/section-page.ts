import "server-only";
import { requireUser } from "../auth/session";
import { orNotFound, reportIdFrom } from "../route-helpers";
import { getSectionContext } from "./section-context";

/**
 * What every entry page starts with: the signed-in user, the report (within their scope, else 404)
 * and the props of the section form's frame (version, whether they may edit, and why not).
 */
export async function loadSectionPage(params: Promise<{ id: string }>) {
  const user = await requireUser();
  const reportId = await reportIdFrom(params);
  const ctx = orNotFound(() => getSectionContext(user, reportId));
  return {
    user,
    reportId,
    report: ctx.report,
    shell: { reportId, version: ctx.report.version, canEdit: ctx.canEdit, readOnlyReason: ctx.readOnlyReason },
  };
}
