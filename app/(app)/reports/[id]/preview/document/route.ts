import { reportDocumentHtml } from "@/lib/export/respond";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return reportDocumentHtml(params);
}
