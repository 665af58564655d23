import { getCurrentUser } from "@/lib/auth/session";
import { AccessDeniedError, NotFoundError } from "@/lib/errors";
import { contentDisposition } from "@/lib/export/file-name";
import { getTemplate } from "@/lib/templates/templates";

export const dynamic = "force-dynamic";

/** 导出: a template as a JSON file, to keep, share with another installation, or import again. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录。", { status: 401 });
  const { id } = await params;
  try {
    const template = getTemplate(user, decodeURIComponent(id));
    return new Response(JSON.stringify(template, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": contentDisposition(`${template.id}-v${template.version}.json`),
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    if (error instanceof AccessDeniedError) return new Response(error.message, { status: 403 });
    throw error;
  }
}
