"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withUser } from "@/lib/action";
import { loadReportData } from "@/lib/reports/load-report-data";
import { deriveTemplate, importTemplate, saveTemplateVersion } from "@/lib/templates/templates";
import { ZDeriveTemplate, ZImportTemplate, ZSaveTemplate } from "@/lib/templates/templates.schema";
import { ValidationError } from "@/lib/errors";

export const deriveTemplateAction = withUser(ZDeriveTemplate, (user, input) => {
  const template = deriveTemplate(user, input);
  revalidatePath("/admin/templates");
  return { id: template.id };
});

/** Saves the edited template as its next version; a template that is not valid comes back with its problems. */
export const saveTemplateAction = withUser(ZSaveTemplate, (user, { id, definitionJson }) => {
  let raw: unknown;
  try {
    raw = JSON.parse(definitionJson);
  } catch {
    throw new ValidationError("模板内容不是有效的 JSON。");
  }
  const result = saveTemplateVersion(user, id, raw);
  if (result.ok) revalidatePath("/admin/templates", "layout");
  return result.ok ? { version: result.template.version, errors: [] } : { version: null, errors: result.errors };
});

export const importTemplateAction = withUser(ZImportTemplate, (user, { json }) => {
  const result = importTemplate(user, json);
  if (result.ok) revalidatePath("/admin/templates");
  return result.ok ? { id: result.template.id, errors: [] } : { id: null, errors: result.errors };
});

/** A report's data for the live preview of a template being edited (the admin may read every report). */
export const previewDataAction = withUser(z.object({ reportId: z.number().int().positive() }), (user, { reportId }) =>
  loadReportData(user, reportId),
);
