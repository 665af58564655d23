import "server-only";
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db";
import * as t from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { ValidationError } from "../errors";
import { getReport } from "./get-report";

/** The tables whose rows belong to one report (project_indicators follow their projects). */
const REPORT_TABLES: SQLiteTable[] = [
  t.reportSummaries,
  t.reportProfiles,
  t.reportOrganisations,
  t.staffingRows,
  t.functionLines,
  t.economicLines,
  t.threePublicAmounts,
  t.threePublicQuantities,
  t.otherMatters,
  t.vehicleCounts,
  t.performanceSummaries,
  t.glossaryEntries,
  t.explanations,
  t.findingNotes,
];

function copyRows(
  tx: Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0],
  table: SQLiteTable,
  from: number,
  to: number,
) {
  const { name, columns } = getTableConfig(table);
  const cols = columns.map((c) => c.name).filter((c) => c !== "id" && c !== "report_id");
  const list = cols.map((c) => `"${c}"`).join(", ");
  tx.run(
    sql.raw(
      `INSERT INTO "${name}" ("report_id", ${list}) SELECT ${to}, ${list} FROM "${name}" WHERE "report_id" = ${from}`,
    ),
  );
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
    for (const table of REPORT_TABLES) copyRows(tx, table, report.id, id);
    const projectColumns = getTableColumns(t.projects);
    for (const p of tx.select(projectColumns).from(t.projects).where(eq(t.projects.reportId, report.id)).all()) {
      const { id: oldProjectId, reportId: _r, ...fields } = p;
      const { id: newProjectId } = tx
        .insert(t.projects)
        .values({ ...fields, reportId: id })
        .returning({ id: t.projects.id })
        .get();
      tx.run(
        sql.raw(
          `INSERT INTO project_indicators (project_id, level1, level2, level3, target_value, actual_value, weight_hundredths, score_hundredths, deviation_reason, sort_order) SELECT ${newProjectId}, level1, level2, level3, target_value, actual_value, weight_hundredths, score_hundredths, deviation_reason, sort_order FROM project_indicators WHERE project_id = ${oldProjectId}`,
        ),
      );
    }
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
