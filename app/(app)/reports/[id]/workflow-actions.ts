"use server";

import { revalidatePath } from "next/cache";
import { withSectionSave, withUser } from "@/lib/action";
import { getChecks, saveFindingNotes } from "@/lib/reports/checks";
import { addComment } from "@/lib/reports/comments";
import { setReportTemplate } from "@/lib/reports/set-report-template";
import { startRevision } from "@/lib/reports/start-revision";
import { ZSetReportTemplate } from "@/lib/templates/templates.schema";
import { transitionReport } from "@/lib/reports/transition-report";
import { ZComment, ZFindingNotes, ZReportRef, ZTransition } from "@/lib/reports/workflow.schema";
import type { TransitionAction } from "@/lib/workflow";

export const transitionAction = withUser(ZTransition, (user, { reportId, action, comment }) => {
  const result = transitionReport(user, reportId, action as TransitionAction, comment);
  revalidatePath("/reports", "layout");
  revalidatePath("/disclosures", "layout");
  return result;
});

export const addCommentAction = withUser(ZComment, (user, { reportId, body }) => {
  const created = addComment(user, reportId, body);
  revalidatePath(`/reports/${reportId}`);
  return created;
});

export const saveFindingNotesAction = withSectionSave(
  ZFindingNotes,
  (user, { reportId, version, notes }) => {
    // No revalidatePath: the form refreshes the page after 「已保存」 (components/sections/use-section-form.tsx).
    const result = saveFindingNotes(user, reportId, version, notes);
    return { version: result.version };
  },
  (user, { reportId, notes }) => {
    const current = getChecks(user, reportId).notes;
    return { notes: notes.map(({ key }) => ({ key, text: current[key] ?? "" })) };
  },
);

export const startRevisionAction = withUser(ZReportRef, (user, { reportId }) => {
  const created = startRevision(user, reportId);
  revalidatePath("/reports", "layout");
  return created;
});

export const setReportTemplateAction = withUser(ZSetReportTemplate, (user, { reportId, version, templateId }) => {
  const result = setReportTemplate(user, reportId, version, templateId);
  revalidatePath(`/reports/${reportId}`, "layout");
  return result;
});
