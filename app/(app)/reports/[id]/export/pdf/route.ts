import { exportFileName, getDisclosure } from "@/lib/reports/get-disclosure";
import { renderPdf } from "@/lib/export/pdf";
import { exportFor, fileResponse } from "@/lib/export/respond";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportFor(async (user) => {
    const { document } = getDisclosure(user, /^\d{1,15}$/.test(id) ? Number(id) : -1, "report.export");
    const pdf = await renderPdf(document);
    return fileResponse(pdf, exportFileName(document, "pdf"), "application/pdf");
  });
}
