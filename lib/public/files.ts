import "server-only";
import type { ExportKind } from "../export/file-name";
import { documentFile } from "../export/render";
import { departmentCodeParam, getPublished } from "./published";
const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A published disclosure's PDF or Excel, rendered from its frozen snapshot; public. */
export async function publishedFile(
  params: Promise<{ departmentCode: string; year: string }>,
  kind: ExportKind,
): Promise<Response> {
  const { departmentCode, year } = await params;
  const code = departmentCodeParam(departmentCode);
  const published = /^\d{4}$/.test(year) && code !== null ? getPublished(code, Number(year)) : null;
  if (!published) return text(404, "未找到该公开文本。");
  try {
    return await documentFile(published.document, kind);
  } catch (error) {
    console.error(`public ${kind} failed`, error);
    return text(503, "文件生成失败，请稍后重试。");
  }
}
