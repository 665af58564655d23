/**
 * Writes a report's content — every row that hangs off one report — from plain ReportData-shaped
 * values. For seeding (the demo reports, the benchmark's city of 5,000 reports) and tests only: no
 * access check and no audit, hence the name. The app changes a report through lib/reports (access,
 * version, audit in one transaction). Rows of a table go in one statement (a few hundred at most).
 */
import type { ReportData } from "../../lib/disclosure/report-data";
import { THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES } from "../../lib/domain";
import type { Db } from "../connection";
import { insertRows } from "../insert-rows";
import * as t from "../schema";

/** What one report holds besides its header, its department's units and the catalogs. */
export type ReportContent = Omit<
  ReportData,
  "report" | "units" | "functionSubjects" | "economicSubjects" | "toConfirm"
>;

type Tx = Pick<Db, "insert">;

export function unsafeWriteReportContent(tx: Tx, reportId: number, c: ReportContent): void {
  tx.insert(t.reportSummaries)
    .values({ reportId, ...c.summary })
    .run();
  tx.insert(t.reportProfiles)
    .values({ reportId, dutiesJson: JSON.stringify(c.profile.duties), dutiesSupplement: c.profile.dutiesSupplement })
    .run();
  insertRows(
    tx,
    t.reportOrganisations,
    c.profile.organisations.map((o, sortOrder) => ({ reportId, ...o, sortOrder })),
  );
  insertRows(
    tx,
    t.staffingRows,
    c.profile.staffing.map((s, sortOrder) => ({ reportId, ...s, sortOrder })),
  );
  insertRows(
    tx,
    t.functionLines,
    c.functionLines.map((l, sortOrder) => ({ reportId, ...l, sortOrder })),
  );
  insertRows(
    tx,
    t.economicLines,
    c.economicLines.map((e) => ({ reportId, ...e })),
  );
  insertRows(
    tx,
    t.threePublicAmounts,
    THREE_PUBLIC_ITEMS.map((item) => ({ reportId, item, ...c.threePublic.amounts[item] })),
  );
  tx.insert(t.threePublicQuantities)
    .values({ reportId, ...c.threePublic.quantities })
    .run();
  tx.insert(t.otherMatters)
    .values({ reportId, ...c.otherMatters })
    .run();
  insertRows(
    tx,
    t.vehicleCounts,
    VEHICLE_CATEGORIES.map((category) => ({ reportId, category, count: c.vehicleCounts[category] })),
  );
  c.projects.forEach(({ id: _id, indicators, ...fields }, sortOrder) => {
    const project = tx
      .insert(t.projects)
      .values({ reportId, ...fields, sortOrder })
      .returning({ id: t.projects.id })
      .get();
    insertRows(
      tx,
      t.projectIndicators,
      indicators.map((indicator, j) => ({ projectId: project.id, ...indicator, sortOrder: j })),
    );
  });
  const { gradeCounts, ...performance } = c.performance;
  tx.insert(t.performanceSummaries)
    .values({ reportId, ...performance, gradeCountsJson: JSON.stringify(gradeCounts) })
    .run();
  insertRows(
    tx,
    t.glossaryEntries,
    c.glossary.map((g, sortOrder) => ({ reportId, ...g, sortOrder })),
  );
  insertRows(
    tx,
    t.explanations,
    Object.entries(c.explanations).map(([slot, text]) => ({ reportId, slot, text })),
  );
}
