import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { DomainError, NotFoundError } from "@/lib/errors";
import { sameOrigin } from "@/lib/http/same-origin";
import { MAX_IMPORT_FILE_BYTES, previewReportImport } from "@/lib/imports/import-report";
import { IMPORT_SECTIONS, type ImportSection } from "@/lib/imports/layouts";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status });
const refuse = (status: number, error: string) => json(status, { ok: false, errors: [error] });

/**
 * 导入Excel, step 1: a clerk uploads a workbook for a draft report as multipart form data (section —
 * one of the importable sections, or empty for a whole-report workbook — and file, ≤ 5 MB). The answer
 * is the id of the stored preview, or the reason the file cannot be read at all. The report does not
 * change here. Only this site's own pages may post (Origin), only a signed-in user who may edit the
 * report (lib/access through the data layer: department scope, draft).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return refuse(403, "请从本系统的导入页面上传。");
  const user = await getCurrentUser();
  if (!user) return refuse(401, "登录已失效，请重新登录。");
  // The role, before the body is read (the department and the report's state: the data layer, below).
  if (!can(user, "report.edit", { departmentId: user.departmentId ?? -1 }))
    return refuse(403, "只有填报员可以导入数据。");
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) return refuse(404, "报告不存在。");
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_IMPORT_FILE_BYTES + 64 * 1024) return refuse(413, "文件超过5 MB。");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "上传的内容无法读取，请重新选择文件。");
  }
  const asked = String(form.get("section") ?? "");
  if (asked !== "" && !IMPORT_SECTIONS.includes(asked as ImportSection)) return refuse(400, "请选择要导入的部分。");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "请选择要导入的文件。");
  if (file.size > MAX_IMPORT_FILE_BYTES) return refuse(413, "文件超过5 MB。");
  try {
    const result = await previewReportImport(user, {
      reportId: Number(id),
      section: asked === "" ? null : (asked as ImportSection),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return json(result.ok ? 200 : 422, result);
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, error.message);
    if (error instanceof DomainError) return refuse(403, error.message);
    console.error("report import upload failed", error);
    return refuse(500, "系统暂时无法读取文件，请稍后重试。");
  }
}
