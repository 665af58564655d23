import "server-only";
import { getCurrentUser, type SessionUser } from "../auth/session";
import { AccessDeniedError, NotFoundError, ValidationError } from "../errors";
import { getDisclosure } from "../reports/get-disclosure";
import type { ExportKind } from "./file-name";
import { memoDocumentHtml } from "../reports/derived";
import { documentFile, textResponse, unavailable } from "./render";

/**
 * Runs an export for the signed-in user: 401 without a session, 404 for a report they may not see,
 * 403 for one they may not export, 422 with the reason for one whose figures cannot be built into a
 * text; busy renders or a failure of the renderer are a 503 with a message (and Retry-After), not a crash.
 */
export async function exportFor(handler: (user: SessionUser) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "请先登录。");
  try {
    return await handler(user);
  } catch (error) {
    if (error instanceof NotFoundError) return textResponse(404, error.message);
    if (error instanceof AccessDeniedError) return textResponse(403, error.message);
    if (error instanceof ValidationError) return textResponse(422, error.message);
    return unavailable(error, "export");
  }
}

/** A report's PDF or Excel for the signed-in user (the route handlers of /reports/[id]/export/*). */
export async function reportFile(params: Promise<{ id: string }>, kind: ExportKind): Promise<Response> {
  const { id } = await params;
  return exportFor(async (user) => {
    const { report, document } = getDisclosure(user, /^\d{1,15}$/.test(id) ? Number(id) : -1, "report.export");
    return documentFile({ document, snapshotSha256: report.snapshotSha256 }, kind);
  });
}

/**
 * A report's document HTML alone, for the signed-in user who may see the report (text/plain: never
 * shown as a page of its own): the preview reached by client-side navigation fetches it
 * (components/disclosure/document-body.tsx).
 */
export async function reportDocumentHtml(params: Promise<{ id: string }>): Promise<Response> {
  const { id } = await params;
  return exportFor(async (user) => {
    const { document } = getDisclosure(user, /^\d{1,15}$/.test(id) ? Number(id) : -1);
    return textResponse(200, memoDocumentHtml(document).html, { "Cache-Control": "private, no-store" });
  });
}
