import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import * as t from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { carryForward, type CarriedForward } from "../disclosure/carry-forward";
import { ValidationError } from "../errors";
import { chooseTemplate } from "../templates/templates";
import { loadReportData } from "./load-report-data";
import type { TCreateReport } from "./create-report.schema";
import { THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES } from "../domain";

/** The department's published report for a year (its latest revision), if any. */
function publishedReportOf(departmentId: number, year: number): number | null {
  const row = getDb()
    .select({ id: t.reports.id })
    .from(t.reports)
    .where(and(eq(t.reports.departmentId, departmentId), eq(t.reports.year, year), eq(t.reports.status, "published")))
    .orderBy(desc(t.reports.revision))
    .get();
  return row?.id ?? null;
}

/**
 * 新建年度报告: a clerk starts the draft of their department's report for a year. A department has
 * one report per year (revisions come from 修订, not from here). The report takes its region's
 * disclosure template for the year (lib/templates chooseTemplate). When the department published a
 * report for the year before, every 上年决算数 is filled from it (with 年初结转和结余, the profile and
 * the glossary); otherwise the clerk enters them, and the glossary is the template's.
 */
export function createReport(actor: Actor, input: TCreateReport): { id: number; carriedFrom: number | null } {
  if (actor.departmentId === null) throw new ValidationError("您的账号未关联部门，不能新建报告");
  const departmentId = actor.departmentId;
  assertCan(actor, "report.create", { departmentId });
  const department = getDb()
    .select({ region: t.departments.region })
    .from(t.departments)
    .where(eq(t.departments.id, departmentId))
    .get();
  const template = chooseTemplate(department?.region ?? "", input.year);
  const priorId = publishedReportOf(departmentId, input.year - 1);
  const prior: CarriedForward | null = priorId === null ? null : carryForward(loadReportData(actor, priorId));
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
        templateId: template.id,
        createdById: actor.id,
        createdAt: now,
        updatedById: actor.id,
        updatedAt: now,
      })
      .returning({ id: t.reports.id })
      .get();
    const reportId = report.id;
    tx.insert(t.reportSummaries)
      .values({ reportId, ...prior?.summary })
      .run();
    tx.insert(t.reportProfiles)
      .values({
        reportId,
        dutiesJson: JSON.stringify(prior?.profile.duties ?? []),
        dutiesSupplement: prior?.profile.dutiesSupplement ?? "",
      })
      .run();
    prior?.profile.organisations.forEach((o, sortOrder) =>
      tx
        .insert(t.reportOrganisations)
        .values({ reportId, ...o, sortOrder })
        .run(),
    );
    prior?.profile.staffing.forEach((s, sortOrder) =>
      tx
        .insert(t.staffingRows)
        .values({ reportId, ...s, sortOrder })
        .run(),
    );
    prior?.functionLines.forEach((l, sortOrder) =>
      tx
        .insert(t.functionLines)
        .values({ reportId, ...l, sortOrder })
        .run(),
    );
    for (const e of prior?.economicLines ?? [])
      tx.insert(t.economicLines)
        .values({ reportId, ...e })
        .run();
    for (const item of THREE_PUBLIC_ITEMS) {
      tx.insert(t.threePublicAmounts)
        .values({ reportId, item, priorYear: prior?.threePublicPrior[item] ?? 0 })
        .run();
    }
    tx.insert(t.threePublicQuantities).values({ reportId }).run();
    tx.insert(t.otherMatters)
      .values({ reportId, ...prior?.otherPrior })
      .run();
    for (const category of VEHICLE_CATEGORIES) tx.insert(t.vehicleCounts).values({ reportId, category }).run();
    tx.insert(t.performanceSummaries).values({ reportId }).run();
    (prior?.glossary ?? template.glossary).forEach((g, sortOrder) =>
      tx.insert(t.glossaryEntries).values({ reportId, term: g.term, definition: g.definition, sortOrder }).run(),
    );
    writeAudit(
      tx,
      {
        actorId: actor.id,
        reportId,
        action: "report.create",
        newValue: `${input.year}年度${prior ? "（上年决算数取自已公开的上年报告）" : ""}`,
      },
      now,
    );
    return { id: reportId, carriedFrom: priorId };
  });
}
