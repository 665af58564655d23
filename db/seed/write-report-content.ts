/**
 * Writes a report's content — every row that hangs off one report — from plain ReportData-shaped
 * values. For seeding (the demo reports) and tests only: no access check and no audit, hence the name.
 * The app changes a report through lib/reports (access, version, audit in one transaction).
 */
import type { ReportData } from "../../lib/disclosure/report-data";
import { THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES } from "../../lib/domain";
import type { Db } from "../connection";
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
  c.profile.organisations.forEach((o, sortOrder) =>
    tx
      .insert(t.reportOrganisations)
      .values({ reportId, ...o, sortOrder })
      .run(),
  );
  c.profile.staffing.forEach((s, sortOrder) =>
    tx
      .insert(t.staffingRows)
      .values({ reportId, ...s, sortOrder })
      .run(),
  );
  c.functionLines.forEach((l, sortOrder) =>
    tx
      .insert(t.functionLines)
      .values({ reportId, ...l, sortOrder })
      .run(),
  );
  for (const e of c.economicLines)
    tx.insert(t.economicLines)
      .values({ reportId, ...e })
      .run();
  for (const item of THREE_PUBLIC_ITEMS) {
    tx.insert(t.threePublicAmounts)
      .values({ reportId, item, ...c.threePublic.amounts[item] })
      .run();
  }
  tx.insert(t.threePublicQuantities)
    .values({ reportId, ...c.threePublic.quantities })
    .run();
  tx.insert(t.otherMatters)
    .values({ reportId, ...c.otherMatters })
    .run();
  for (const category of VEHICLE_CATEGORIES) {
    tx.insert(t.vehicleCounts).values({ reportId, category, count: c.vehicleCounts[category] }).run();
  }
  c.projects.forEach(({ id: _id, indicators, ...fields }, sortOrder) => {
    const project = tx
      .insert(t.projects)
      .values({ reportId, ...fields, sortOrder })
      .returning({ id: t.projects.id })
      .get();
    indicators.forEach((indicator, j) =>
      tx
        .insert(t.projectIndicators)
        .values({ projectId: project.id, ...indicator, sortOrder: j })
        .run(),
    );
  });
  const { gradeCounts, ...performance } = c.performance;
  tx.insert(t.performanceSummaries)
    .values({ reportId, ...performance, gradeCountsJson: JSON.stringify(gradeCounts) })
    .run();
  c.glossary.forEach((g, sortOrder) =>
    tx
      .insert(t.glossaryEntries)
      .values({ reportId, ...g, sortOrder })
      .run(),
  );
  for (const [slot, text] of Object.entries(c.explanations))
    tx.insert(t.explanations).values({ reportId, slot, text }).run();
}
