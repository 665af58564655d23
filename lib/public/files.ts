import "server-only";
import type { ExportKind } from "../export/file-name";
import { documentFile, textResponse, unavailable } from "../export/render";
import { departmentCodeParam, getPublished } from "./published";
/** A published disclosure's PDF or Excel, rendered once from its frozen snapshot and stored; public. */
export async function publishedFile(
  params: Promise<{ departmentCode: string; year: string }>,
  kind: ExportKind,
): Promise<Response> {
  const { departmentCode, year } = await params;
  const code = departmentCodeParam(departmentCode);
  const published = /^\d{4}$/.test(year) && code !== null ? getPublished(code, Number(year)) : null;
  if (!published) return textResponse(404, "未找到该公开文本。");
  try {
    return await documentFile({ document: published.document, snapshotSha256: published.sha256 }, kind);
  } catch (error) {
    return unavailable(error, `public ${kind}`);
  }
}
