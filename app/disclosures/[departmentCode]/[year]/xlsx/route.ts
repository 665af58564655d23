import { publishedFile } from "@/lib/public/files";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ departmentCode: string; year: string }> }) {
  return publishedFile(params, "xlsx", request);
}
