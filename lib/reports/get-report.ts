import "server-only";
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb, type Db } from "../../db";
import { preparedQuery } from "../../db/prepared";
import { alias } from "drizzle-orm/sqlite-core";
import { departments, reports, users } from "../../db/schema";
import { assertCan, reportScope, type Action, type Actor } from "../access";
import { NotFoundError } from "../errors";

export type ReportHeader = Omit<typeof reports.$inferSelect, "snapshotJson"> & {
  departmentName: string;
  departmentCode: string;
  departmentShortName: string;
  /** Who returned it last (退回), if anyone. */
  returnedByName: string | null;
};

/** Every column of a report but its frozen snapshot (~100 kB once published), which few pages need. */
const { snapshotJson: _snapshotColumn, ...headerColumns } = getTableColumns(reports);

/**
 * The header query, prepared once per connection: by id alone (for who may see every department),
 * or by id within one department (reportScope in lib/access says which).
 */
function headerQuery(db: Db, inDepartment: boolean) {
  return preparedQuery(db, inDepartment ? "report-header:department" : "report-header:all", () => {
    const returner = alias(users, "returner");
    const byId = eq(reports.id, sql.placeholder("reportId"));
    return db
      .select({
        report: headerColumns,
        departmentName: departments.name,
        departmentCode: departments.code,
        departmentShortName: departments.shortName,
        returnedByName: returner.displayName,
      })
      .from(reports)
      .innerJoin(departments, eq(departments.id, reports.departmentId))
      .leftJoin(returner, eq(returner.id, reports.returnedById))
      .where(inDepartment ? and(byId, eq(reports.departmentId, sql.placeholder("departmentId"))) : byId)
      .prepare();
  });
}

const readReport = cache(function readReport(actor: Actor, reportId: number, action: Action): ReportHeader {
  const scope = reportScope(actor);
  const db = getDb();
  const row =
    scope.kind === "none"
      ? undefined
      : scope.kind === "all"
        ? headerQuery(db, false).get({ reportId })
        : headerQuery(db, true).get({ reportId, departmentId: scope.departmentId });
  if (!row) throw new NotFoundError("报告不存在，或不属于您所在的部门");
  const report = row.report;
  assertCan(actor, action, { departmentId: report.departmentId, status: report.status });
  return {
    ...report,
    departmentName: row.departmentName,
    departmentCode: row.departmentCode,
    departmentShortName: row.departmentShortName,
    returnedByName: row.returnedByName,
  };
});

/**
 * One report's header, found only within the actor's scope (the department is in the WHERE), and
 * checked against `action`. A report of another department is "not found", not "forbidden":
 * its existence is not for this user to know.
 *
 * Once per request for the same actor, report and action (React `cache`: the layout, the page and
 * what they call share it — `action` is always passed on, since the cache tells `f(a, b)` from
 * `f(a, b, "report.view")`); outside a render — server actions, route handlers — every call reads.
 */
export function getReport(actor: Actor, reportId: number, action: Action = "report.view"): ReportHeader {
  return readReport(actor, reportId, action);
}
