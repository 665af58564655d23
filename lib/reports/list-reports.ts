import "server-only";
import { and, count, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db";
import { departments, reports, users } from "../../db/schema";
import { reportScope, type Actor } from "../access";
import { REPORT_STATUSES, type ReportStatus } from "../domain";
import { listUntilWrite } from "./derived";
import { contains, limitOffset, pageQueryOf, paged, yearParam, zParam, type PageQuery, type Paged } from "../paging";

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

type Scope = ReturnType<typeof reportScope>;

/** SQL condition limiting reports to a scope (lib/access reportScope); null when it holds none. */
function scopeCondition(scope: Scope): SQL | undefined | null {
  if (scope.kind === "none") return null;
  if (scope.kind === "all") return undefined;
  return eq(reports.departmentId, scope.departmentId);
}

export interface ReportListQuery extends PageQuery {
  /** Text in the department's name or code ("" for any). */
  q: string;
  year: number | null;
  status: ReportStatus | null;
  /** Only the reports printed with this template (the template editor's preview choices). */
  templateId?: string;
}

/** The reports page's query string, parsed: unknown filters are ignored, bad numbers give page 1. */
export function reportListQueryOf(params: Record<string, unknown>): ReportListQuery {
  const status = zParam(20).parse(params.status) as ReportStatus;
  return {
    ...pageQueryOf(params),
    q: zParam(100).parse(params.q),
    year: yearParam(params.year),
    status: REPORT_STATUSES.includes(status) ? status : null,
  };
}

/**
 * One page of the reports the actor may see, newest year first, filtered in SQL; kept until the next
 * write for everyone of the same scope asking the same (listUntilWrite).
 */
export function listReports(actor: Actor, query: ReportListQuery = reportListQueryOf({})): Paged<ReportListItem> {
  const scope = reportScope(actor);
  if (scope.kind === "none") return paged([], 0, query);
  return listUntilWrite(`reports:${JSON.stringify([scope, query])}`, () => readReportsPage(scope, query));
}

function readReportsPage(scope: Scope, query: ReportListQuery): Paged<ReportListItem> {
  const condition = scopeCondition(scope);
  if (condition === null) return paged([], 0, query);
  const where = and(
    condition,
    query.year !== null ? eq(reports.year, query.year) : undefined,
    query.status !== null ? eq(reports.status, query.status) : undefined,
    query.templateId !== undefined ? eq(reports.templateId, query.templateId) : undefined,
    query.q ? or(contains(departments.name, query.q), contains(departments.code, query.q)) : undefined,
  );
  const updater = alias(users, "updater");
  const returner = alias(users, "returner");
  const db = getDb();
  const { limit, offset } = limitOffset(query);
  const order = [desc(reports.year), desc(reports.revision), departments.code];
  // The page's ids first, from a covering index alone (reports_year_revision_idx, or
  // reports_status_year_idx under a status filter); then only those rows are read from the table.
  // Sorting whole rows read every report's row, snapshot and all.
  const pageIds = db
    .select({ id: reports.id })
    .from(reports)
    .innerJoin(departments, eq(departments.id, reports.departmentId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const rows = db
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
    .where(inArray(reports.id, pageIds))
    .orderBy(...order)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(reports)
      .innerJoin(departments, eq(departments.id, reports.departmentId))
      .where(where)
      .get()?.n ?? 0;
  return paged(rows, total, query);
}
