import "server-only";
import type { ExportKind } from "../export/file-name";
import { documentFile, textResponse, unavailable } from "../export/render";
import { memoDocumentHtml } from "../reports/derived";
import { notModified, PUBLIC_CACHE_CONTROL } from "../http/etag";
import { departmentCodeParam, getPublished, type PublishedDisclosure } from "./published";

/**
 * Public answers from a frozen snapshot carry its SHA-256 as their ETag: a browser or a CDN in front
 * that has the answer asks again with If-None-Match and gets a 304 (no body, no file read).
 */
const etagOf = (sha256: string, what: string) => `"${sha256}.${what}"`;

async function publishedOf(params: Promise<{ departmentCode: string; year: string }>) {
  const { departmentCode, year } = await params;
  const code = departmentCodeParam(departmentCode);
  return /^\d{4}$/.test(year) && code !== null ? getPublished(code, Number(year)) : null;
}

const notModifiedResponse = (etag: string) =>
  new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL } });

/** A published disclosure's PDF or Excel, rendered once from its frozen snapshot and stored; public. */
export async function publishedFile(
  params: Promise<{ departmentCode: string; year: string }>,
  kind: ExportKind,
  request?: Request,
): Promise<Response> {
  const published = await publishedOf(params);
  if (!published) return textResponse(404, "未找到该公开文本。");
  const etag = etagOf(published.sha256, kind);
  if (notModified(request, etag)) return notModifiedResponse(etag);
  try {
    const response = await documentFile({ document: published.document, snapshotSha256: published.sha256 }, kind);
    response.headers.set("ETag", etag);
    return response;
  } catch (error) {
    return unavailable(error, `public ${kind}`);
  }
}

/**
 * The published document's HTML alone (text/plain: never shown as a page of its own), for the public
 * page reached by client-side navigation (components/disclosure/document-body.tsx).
 */
export async function publishedDocumentHtml(
  params: Promise<{ departmentCode: string; year: string }>,
  request?: Request,
): Promise<Response> {
  const published: PublishedDisclosure | null = await publishedOf(params);
  if (!published) return textResponse(404, "未找到该公开文本。");
  const etag = etagOf(published.sha256, "html");
  if (notModified(request, etag)) return notModifiedResponse(etag);
  return textResponse(200, memoDocumentHtml(published.document).html, {
    ETag: etag,
    "Cache-Control": PUBLIC_CACHE_CONTROL,
  });
}
