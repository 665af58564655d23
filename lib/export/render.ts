import "server-only";
import type { DisclosureDocument } from "../disclosure/model";
import { cachedFile, sha256Hex } from "./file-cache";
import { CONTENT_TYPES, contentDisposition, exportFileName, type ExportKind } from "./file-name";
import { renderPdf } from "./pdf";
import { RenderBusyError } from "./render-queue";
import { renderXlsx } from "./xlsx";

/** What a file is made from: a document, and the SHA-256 of its frozen snapshot when it is published. */
export interface ExportSource {
  document: DisclosureDocument;
  snapshotSha256: string | null;
}

/** A plain-text answer (the export routes' refusals and failures). */
export const textResponse = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

/**
 * The document as a downloadable PDF or Excel file, rendered once per document (lib/export/file-cache.ts):
 * a published snapshot's files are kept under its SHA-256, a draft's under the SHA-256 of its content.
 */
export async function documentFile(source: ExportSource, kind: ExportKind): Promise<Response> {
  const { document, snapshotSha256 } = source;
  const body = await cachedFile(
    snapshotSha256 ? "published" : "drafts",
    snapshotSha256 ?? sha256Hex(JSON.stringify(document)),
    kind,
    () => (kind === "pdf" ? renderPdf(document) : renderXlsx(document)),
  );
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[kind],
      "Content-Disposition": contentDisposition(exportFileName(document, kind)),
      "Cache-Control": snapshotSha256 ? "public, max-age=300" : "private, no-store",
    },
  });
}

/** The answer when a file cannot be made now: 503 with Retry-After when renders are busy, else a plain 503. */
export function unavailable(error: unknown, what: string): Response {
  if (error instanceof RenderBusyError)
    return textResponse(503, error.message, { "Retry-After": String(error.retryAfterSeconds) });
  console.error(`${what} failed`, error);
  return textResponse(503, "文件生成失败，请稍后重试。");
}
