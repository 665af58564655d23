import { exportFileName, getDisclosure } from "@/lib/reports/get-disclosure";
import { exportFor, fileResponse } from "@/lib/export/respond";
import { renderXlsx } from "@/lib/export/xlsx";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportFor(async (user) => {
    const { document } = getDisclosure(user, /^\d{1,15}$/.test(id) ? Number(id) : -1, "report.export");
    const xlsx = await renderXlsx(document);
    return fileResponse(xlsx, exportFileName(document, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
}
