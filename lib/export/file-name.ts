import type { DisclosureDocument } from "../disclosure/model";

export type ExportKind = "pdf" | "xlsx";

export const CONTENT_TYPES: Record<ExportKind, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** `<部门>_<年度>年度部门决算公开.<ext>` */
export function exportFileName(document: DisclosureDocument, ext: ExportKind): string {
  return `${document.departmentName}_${document.year}年度部门决算公开.${ext}`;
}
