import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db";
import { REPORT_CHILD_TABLES, REPORT_CONTENT_TABLES } from "../../db/report-tables";
import * as t from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { ValidationError } from "../errors";
import { getReport } from "./get-report";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Copies the rows of `table` whose `key` column is `from` to rows whose `key` is `to` (new ids). */
function copyRows(tx: Tx, table: SQLiteTable, key: string, from: number, to: number) {
  const { name, columns } = getTableConfig(table);
  const list = columns
    .map((c) => c.name)
    .filter((c) => c !== "id" && c !== key)
    .map((c) => `"${c}"`)
    .join(", ");
  tx.run(
    sql.raw(`INSERT INTO "${name}" ("${key}", ${list}) SELECT ${to}, ${list} FROM "${name}" WHERE "${key}" = ${from}`),
  );
}

/**
 * Copies every row of a report's content (db/report-tables.ts) to another report. A table whose rows
 * have children (projects → project_indicators) is copied row by row, so each child follows its
 * parent's new id.
 */
function copyReportContent(tx: Tx, from: number, to: number) {
  for (const table of REPORT_CONTENT_TABLES) {
    const children = REPORT_CHILD_TABLES.filter((c) => c.parent === table);
    if (children.length === 0) {
      copyRows(tx, table, "report_id", from, to);
      continue;
    }
    const { name, columns } = getTableConfig(table);
    const list = columns
      .map((c) => c.name)
      .filter((c) => c !== "id" && c !== "report_id")
      .map((c) => `"${c}"`)
      .join(", ");
    const ids = tx.all<{ id: number }>(sql.raw(`SELECT id FROM "${name}" WHERE report_id = ${from} ORDER BY id`));
    for (const { id: oldId } of ids) {
      const copied = tx.get<{ id: number }>(
        sql.raw(
          `INSERT INTO "${name}" (report_id, ${list}) SELECT ${to}, ${list} FROM "${name}" WHERE id = ${oldId} RETURNING id`,
        ),
      );
      for (const child of children) copyRows(tx, child.table, child.via, oldId, copied!.id);
    }
  }
}

/**
 * 修订: a clerk starts a new draft revision of a published report, holding a copy of all its data.
 * Publishing the revision later supersedes the published one. One open revision at a time.
 */
export function startRevision(actor: Actor, reportId: number): { id: number } {
  const report = getReport(actor, reportId);
  assertCan(actor, "report.revise", { departmentId: report.departmentId });
  if (report.status !== "published") throw new ValidationError("只能对已公开的报告发起修订。");
  const db = getDb();
  return db.transaction((tx) => {
    const open = tx
      .select({ id: t.reports.id, revision: t.reports.revision })
      .from(t.reports)
      .where(
        and(
          eq(t.reports.departmentId, report.departmentId),
          eq(t.reports.year, report.year),
          inArray(t.reports.status, ["draft", "submitted", "approved"]),
        ),
      )
      .get();
    if (open) throw new ValidationError(`本年度已有进行中的修订（第${open.revision - 1}次修订），请先完成它。`);
    const [{ max } = { max: report.revision }] = tx
      .select({ max: sql<number>`max(${t.reports.revision})` })
      .from(t.reports)
      .where(and(eq(t.reports.departmentId, report.departmentId), eq(t.reports.year, report.year)))
      .all();
    const now = new Date();
    const { id } = tx
      .insert(t.reports)
      .values({
        departmentId: report.departmentId,
        year: report.year,
        revision: max + 1,
        templateId: report.templateId,
        previousRevisionId: report.id,
        noGovFundActivity: report.noGovFundActivity,
        noStateCapitalActivity: report.noStateCapitalActivity,
        createdById: actor.id,
        createdAt: now,
        updatedById: actor.id,
        updatedAt: now,
      })
      .returning({ id: t.reports.id })
      .get();
    copyReportContent(tx, report.id, id);
    writeAudit(
      tx,
      {
        actorId: actor.id,
        reportId: id,
        action: "report.revise",
        field: "revision",
        oldValue: `第${report.revision}版（已公开）`,
        newValue: `第${max + 1}版（修订草稿）`,
      },
      now,
    );
    return { id };
  });
}
