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

/**
 * An attachment's Content-Disposition (RFC 6266): an ASCII fallback with quotes, backslashes and
 * control or non-ASCII characters replaced, and the UTF-8 name (RFC 5987).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
