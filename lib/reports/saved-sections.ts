import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../../db";
import { sectionSaves } from "../../db/schema";
import type { Actor } from "../access";
import { getReport } from "./get-report";

/** The entry sections of a report that have been saved at least once. */
export function savedSections(actor: Actor, reportId: number): Set<string> {
  getReport(actor, reportId);
  return new Set(
    getDb()
      .select({ section: sectionSaves.section })
      .from(sectionSaves)
      .where(eq(sectionSaves.reportId, reportId))
      .all()
      .map((r) => r.section),
  );
}
