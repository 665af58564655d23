import "server-only";
import { and, eq, getTableColumns } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../../db";
import { alias } from "drizzle-orm/sqlite-core";
import { departments, reports, users } from "../../db/schema";
import { assertCan, type Action, type Actor } from "../access";
import { NotFoundError } from "../errors";
import { reportScopeCondition } from "./list-reports";

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
 * One report's header, found only within the actor's scope (the department is in the WHERE), and
 * checked against `action`. A report of another department is "not found", not "forbidden":
 * its existence is not for this user to know.
 *
 * Once per request for the same actor, report and action (React `cache`: the layout, the page and
 * what they call share it); outside a render — server actions, route handlers — every call reads.
 */
export const getReport = cache(function getReport(
  actor: Actor,
  reportId: number,
  action: Action = "report.view",
): ReportHeader {
  const condition = reportScopeCondition(actor);
  const returner = alias(users, "returner");
  const row =
    condition === null
      ? undefined
      : getDb()
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
          .where(and(eq(reports.id, reportId), condition))
          .get();
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
