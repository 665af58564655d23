import "server-only";
import type { DisclosureDocument } from "../disclosure/model";
import { CONTENT_TYPES, contentDisposition, exportFileName, type ExportKind } from "./file-name";
import { renderPdf } from "./pdf";
import { renderXlsx } from "./xlsx";

/** A file download response with a UTF-8 file name (RFC 6266). */
function fileResponse(body: Buffer, fileName: string, contentType: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
    },
  });
}

/** The document as a downloadable PDF or Excel file. */
export async function documentFile(document: DisclosureDocument, kind: ExportKind): Promise<Response> {
  const body = kind === "pdf" ? await renderPdf(document) : await renderXlsx(document);
  return fileResponse(body, exportFileName(document, kind), CONTENT_TYPES[kind]);
}
