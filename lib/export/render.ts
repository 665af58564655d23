import "server-only";
import type { DisclosureDocument } from "../disclosure/model";
import { CONTENT_TYPES, exportFileName, type ExportKind } from "./file-name";
import { renderPdf } from "./pdf";
import { renderXlsx } from "./xlsx";

/** A file download response with a UTF-8 file name (RFC 5987). */
function fileResponse(body: Buffer, fileName: string, contentType: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_");
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The document as a downloadable PDF or Excel file. */
export async function documentFile(document: DisclosureDocument, kind: ExportKind): Promise<Response> {
  const body = kind === "pdf" ? await renderPdf(document) : await renderXlsx(document);
  return fileResponse(body, exportFileName(document, kind), CONTENT_TYPES[kind]);
}
