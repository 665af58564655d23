import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness with a real database round trip. */
export function GET() {
  try {
    checkDatabase();
    return Response.json({ ok: true });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json({ ok: false }, { status: 503 });
  }
}
