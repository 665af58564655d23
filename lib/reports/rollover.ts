import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../../db";
import { carriedFacts, rollovers } from "../../db/schema";
import type { Actor } from "../access";
import type { RolloverSummary } from "../disclosure/carry-forward";
import { CARRIED_GROUPS, type CarriedGroup } from "../domain";
import { getReport } from "./get-report";

/**
 * The rollover summary of a report created from an earlier published one: what was carried, what is
 * still to confirm now, what could not be carried. Null for a report started empty.
 */
export function getRollover(
  actor: Actor,
  reportId: number,
): { summary: RolloverSummary; fromReportId: number; createdAt: Date; pending: CarriedGroup[] } | null {
  getReport(actor, reportId);
  const db = getDb();
  const row = db.select().from(rollovers).where(eq(rollovers.reportId, reportId)).get();
  if (!row) return null;
  const open = new Set(
    db
      .select({ group: carriedFacts.group })
      .from(carriedFacts)
      .where(eq(carriedFacts.reportId, reportId))
      .all()
      .map((r) => r.group),
  );
  const pending = CARRIED_GROUPS.filter((g) => open.has(g));
  return {
    summary: JSON.parse(row.summaryJson) as RolloverSummary,
    fromReportId: row.fromReportId,
    createdAt: row.createdAt,
    pending,
  };
}
