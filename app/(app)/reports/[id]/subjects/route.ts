import { reportFunctionSubjects } from "@/lib/catalogs/report-subjects";
import { exportFor } from "@/lib/export/respond";
import { notModified } from "@/lib/http/etag";

export const dynamic = "force-dynamic";

/** The report year's 功能分类 项 as JSON, for its 功能分类 page (lib/catalogs/report-subjects.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportFor(async (user) => {
    const { json, etag } = reportFunctionSubjects(user, /^\d{1,15}$/.test(id) ? Number(id) : -1);
    // Private, and asked again each time (the catalog changes when a subject is added); 304 when unchanged.
    const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    return new Response(json, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  });
}
