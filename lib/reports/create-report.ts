import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db";
import * as t from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { GLOSSARY_2020 } from "../disclosure/templates/glossary-2020";
import { ValidationError } from "../errors";
import type { TCreateReport } from "./schemas";

/** The disclosure layout a new report of `year` uses (one so far; see lib/disclosure/templates). */
export function templateIdForYear(_year: number): string {
  return "2020";
}

/**
 * 新建年度报告: a clerk starts the draft of their department's report for a year. A department has
 * one report per year (revisions come from 修订, not from here).
 */
export function createReport(actor: Actor, input: TCreateReport): { id: number } {
  if (actor.departmentId === null) throw new ValidationError("您的账号未关联部门，不能新建报告");
  const departmentId = actor.departmentId;
  assertCan(actor, "report.create", { departmentId });
  const db = getDb();
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: t.reports.id })
      .from(t.reports)
      .where(and(eq(t.reports.departmentId, departmentId), eq(t.reports.year, input.year)))
      .get();
    if (existing) throw new ValidationError(`本部门${input.year}年度的决算报告已存在，请在列表中打开它`, "year");
    const now = new Date();
    const report = tx
      .insert(t.reports)
      .values({
        departmentId,
        year: input.year,
        templateId: templateIdForYear(input.year),
        createdById: actor.id,
        createdAt: now,
        updatedById: actor.id,
        updatedAt: now,
      })
      .returning({ id: t.reports.id })
      .get();
    const reportId = report.id;
    tx.insert(t.reportSummaries).values({ reportId }).run();
    tx.insert(t.reportProfiles).values({ reportId }).run();
    for (const item of t.THREE_PUBLIC_ITEMS) tx.insert(t.threePublicAmounts).values({ reportId, item }).run();
    tx.insert(t.threePublicQuantities).values({ reportId }).run();
    tx.insert(t.otherMatters).values({ reportId }).run();
    for (const category of t.VEHICLE_CATEGORIES) tx.insert(t.vehicleCounts).values({ reportId, category }).run();
    tx.insert(t.performanceSummaries).values({ reportId }).run();
    GLOSSARY_2020.forEach((g, sortOrder) => tx.insert(t.glossaryEntries).values({ reportId, ...g, sortOrder }).run());
    writeAudit(tx, { actorId: actor.id, reportId, action: "report.create", newValue: `${input.year}年度` }, now);
    return { id: reportId };
  });
}
