import { ZCatalogQuery } from "@/lib/catalog.schema";
import { catalogWorkbook } from "@/lib/catalogs/export-catalog";
import { exportFor } from "@/lib/export/respond";
import { contentDisposition, CONTENT_TYPES } from "@/lib/export/file-name";

export const dynamic = "force-dynamic";

/** 导出: the catalog in force for a year, as an .xlsx an admin can keep, edit and import again. */
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const query = ZCatalogQuery.parse(Object.fromEntries(searchParams));
  return exportFor(async (user) => {
    const file = await catalogWorkbook(user, query.kind, query.year);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": CONTENT_TYPES.xlsx,
        "Content-Disposition": contentDisposition(file.name),
        "Cache-Control": "no-store",
      },
    });
  });
}
