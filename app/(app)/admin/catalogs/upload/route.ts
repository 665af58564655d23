import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/access";
import { CATALOG_KINDS, type CatalogKind } from "@/lib/domain";
import { previewCatalogImport } from "@/lib/catalogs/import-catalog";
import { MAX_CATALOG_FILE_BYTES } from "@/lib/catalogs/read-file";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status });
const refuse = (status: number, error: string) => json(status, { ok: false, errors: [error] });

/** A browser's cross-site POST carries another Origin: only this site's own pages may upload. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * 导入科目表, step 1: an admin uploads a year's catalog file (.xlsx or .csv, at most 5 MB) as
 * multipart form data (kind, year, file). The answer is the id of the preview to look at, or the
 * reasons the file cannot be read (each naming its row). Nothing in the catalog changes here.
 */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return refuse(403, "请从本系统的科目表页面上传。");
  const user = await getCurrentUser();
  if (!user) return refuse(401, "登录已失效，请重新登录。");
  if (!can(user, "catalog.import")) return refuse(403, "只有系统管理员可以导入科目表。");
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_CATALOG_FILE_BYTES + 64 * 1024) return refuse(413, "文件超过5 MB。");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "上传的内容无法读取，请重新选择文件。");
  }
  const kind = String(form.get("kind") ?? "");
  const year = Number(form.get("year"));
  const file = form.get("file");
  if (!CATALOG_KINDS.includes(kind as CatalogKind)) return refuse(400, "请选择科目表类别。");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return refuse(400, "请填写正确的年度（2000–2100）。");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "请选择要导入的文件。");
  if (file.size > MAX_CATALOG_FILE_BYTES) return refuse(413, "文件超过5 MB。");
  try {
    const result = await previewCatalogImport(user, {
      kind: kind as CatalogKind,
      year,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return json(result.ok ? 200 : 422, result);
  } catch (error) {
    console.error("catalog upload failed", error);
    return refuse(500, "系统暂时无法读取文件，请稍后重试。");
  }
}
