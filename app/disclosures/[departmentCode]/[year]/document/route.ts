import { publishedDocumentHtml } from "@/lib/public/files";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ departmentCode: string; year: string }> }) {
  return publishedDocumentHtml(params, request);
}
