import type { DisclosureDocument } from "../disclosure/model";

/** `<部门>_<年度>年度部门决算公开.<ext>` */
export function exportFileName(document: DisclosureDocument, ext: "pdf" | "xlsx"): string {
  return `${document.departmentName}_${document.year}年度部门决算公开.${ext}`;
}
