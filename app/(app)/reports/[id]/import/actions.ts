"use server";

import { revalidatePath } from "next/cache";
import { withUser } from "@/lib/action";
import { applyReportImport, cancelReportImport, recheckReportImport } from "@/lib/imports/import-report";
import { ZImportRef } from "@/lib/imports/import.schema";

/** 确认导入: the stored preview, all or nothing. */
export const applyImportAction = withUser(ZImportRef, (user, input) => {
  const result = applyReportImport(user, input);
  revalidatePath(`/reports/${input.reportId}`, "layout");
  return result;
});

/** 取消导入: the preview is closed, the report unchanged. */
export const cancelImportAction = withUser(ZImportRef, (user, input) => {
  cancelReportImport(user, input);
  return { cancelled: true };
});

/** 重新核对: the same file read again (after a subject was added to the catalog). */
export const recheckImportAction = withUser(ZImportRef, async (user, input) => {
  const result = await recheckReportImport(user, input);
  if (!result.ok) return { id: null, errors: result.errors };
  return { id: result.id, errors: [] };
});
