import "server-only";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db";
import { departments, reports, users } from "../../db/schema";
import { reportScope, type Actor } from "../access";
import type { ReportStatus } from "../domain";

export interface ReportListItem {
  id: number;
  departmentId: number;
  departmentName: string;
  year: number;
  revision: number;
  status: ReportStatus;
  templateId: string;
  updatedAt: Date;
  updatedByName: string | null;
  submittedAt: Date | null;
  returnedAt: Date | null;
  returnedByName: string | null;
}

/** SQL condition limiting reports to those the actor may see; null when they may see none. */
export function reportScopeCondition(actor: Actor): SQL | undefined | null {
  const scope = reportScope(actor);
  if (scope.kind === "none") return null;
  if (scope.kind === "all") return undefined;
  return eq(reports.departmentId, scope.departmentId);
}

export function listReports(actor: Actor): ReportListItem[] {
  const condition = reportScopeCondition(actor);
  if (condition === null) return [];
  const updater = alias(users, "updater");
  const returner = alias(users, "returner");
  return getDb()
    .select({
      id: reports.id,
      departmentId: reports.departmentId,
      departmentName: departments.name,
      year: reports.year,
      revision: reports.revision,
      status: reports.status,
      templateId: reports.templateId,
      updatedAt: reports.updatedAt,
      updatedByName: updater.displayName,
      submittedAt: reports.submittedAt,
      returnedAt: reports.returnedAt,
      returnedByName: returner.displayName,
    })
    .from(reports)
    .innerJoin(departments, eq(departments.id, reports.departmentId))
    .leftJoin(updater, eq(updater.id, reports.updatedById))
    .leftJoin(returner, eq(returner.id, reports.returnedById))
    .where(and(condition))
    .orderBy(desc(reports.year), desc(reports.revision), departments.code)
    .all();
}
