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
 * A Content-Disposition header naming a download (RFC 6266): `filename*` (RFC 8187) carries the exact
 * UTF-8 name, which every current browser uses; `filename` is a plain-ASCII fallback. A name is data
 * (a department's name), so characters that could end the quoted string (`"`, `\`), break the header
 * (control characters) or name a path (`/`) become `_` first.
 */
export function contentDisposition(fileName: string): string {
  // Control characters (Cc), lone surrogates (Cs: a pair is one code point under the u flag), " \ /.
  const safe = fileName.replace(/[\p{Cc}\p{Cs}"\\/]/gu, "_");
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_");
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 8187's attr-char allows ! but not the others.
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
