/**
 * Which tables hold a report's data, in one list that the 修订 copy, the freeze triggers and the report
 * loader must all agree with. tests/integration/report-tables.test.ts reads the migrated database's
 * sqlite_master and fails when a table with a `report_id` is missing from any of them — so a new table
 * cannot be added to the schema and forgotten by a revision or left changeable after publication.
 */
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as t from "./schema";

/**
 * The content of one report: copied by a 修订, frozen once the report is published (migration triggers),
 * and read by lib/reports/load-report-data.ts — except `finding_notes`, which lib/reports/checks.ts
 * reads beside the findings. `projects` keep their own ids, so a revision copies them row by row and
 * their `project_indicators` with them (see REPORT_CHILD_TABLES).
 */
export const REPORT_CONTENT_TABLES: readonly SQLiteTable[] = [
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
  t.carriedFacts,
  t.projects,
];

/** Tables whose rows belong to a report through a parent row, with the parent table. */
export const REPORT_CHILD_TABLES: readonly { table: SQLiteTable; parent: SQLiteTable; via: string }[] = [
  { table: t.projectIndicators, parent: t.projects, via: "project_id" },
];

/**
 * Tables with a `report_id` that are the report's history, not its content: a revision starts its own
 * (its creation is audited, its comments are its own, its rollover summary is its original's) and they are never frozen — comments may be
 * added to a published report, the audit log is append-only by its own triggers (migration 0001).
 */
export const REPORT_HISTORY_TABLES: readonly SQLiteTable[] = [
  t.auditLog,
  t.comments,
  t.sectionSaves,
  t.rollovers,
  t.reportImports,
];
