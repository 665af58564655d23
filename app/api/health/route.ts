import { sql } from "drizzle-orm";
import { getDb } from "@/db";

export const dynamic = "force-dynamic";

/** Liveness with a real database round trip. */
export function GET() {
  try {
    const row = getDb().get<{ ok: number }>(sql`select 1 as ok`);
    if (row?.ok !== 1) throw new Error("unexpected answer");
    return Response.json({ ok: true });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json({ ok: false }, { status: 503 });
  }
}
