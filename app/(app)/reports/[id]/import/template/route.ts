import { contentDisposition } from "@/lib/export/file-name";
import { exportFor } from "@/lib/export/respond";
import { buildImportTemplate } from "@/lib/imports/template";
import { IMPORT_SECTIONS, type ImportSection } from "@/lib/imports/layouts";

export const dynamic = "force-dynamic";

/**
 * 下载导入模板: GET /reports/[id]/import/template?section=functionLines (or without a section: every
 * importable section in one workbook), with the report's current data. Whoever may see the report.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asked = new URL(request.url).searchParams.get("section");
  const section = IMPORT_SECTIONS.includes(asked as ImportSection) ? (asked as ImportSection) : null;
  return exportFor(async (user) => {
    const { fileName, bytes } = await buildImportTemplate(user, /^\d{1,15}$/.test(id) ? Number(id) : -1, section);
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": contentDisposition(fileName),
        "Cache-Control": "private, no-store",
      },
    });
  });
}
