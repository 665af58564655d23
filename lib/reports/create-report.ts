import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import { getDb } from "../../db";
import * as t from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { carryCatalogs } from "../catalogs/mappings";
import { planRollover, type RolloverPlan } from "../disclosure/carry-forward";
import { ValidationError } from "../errors";
import { chooseTemplate } from "../templates/templates";
import { loadReportData } from "./load-report-data";
import type { TCreateReport } from "./create-report.schema";
import { CARRIED_GROUPS, THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES } from "../domain";

/** The department's latest published report of a year before `year` (its latest revision), if any. */
function latestPublishedBefore(departmentId: number, year: number): number | null {
  const row = getDb()
    .select({ id: t.reports.id })
    .from(t.reports)
    .where(and(eq(t.reports.departmentId, departmentId), lt(t.reports.year, year), eq(t.reports.status, "published")))
    .orderBy(desc(t.reports.year), desc(t.reports.revision))
    .get();
  return row?.id ?? null;
}

/**
 * 新建年度报告: a clerk starts the draft of their department's report for a year. A department has
 * one report per year (revisions come from 修订, not from here). The report takes its region's
 * disclosure template for the year (lib/templates chooseTemplate). When the department has published
 * a report of an earlier year, the new one starts from the latest such (planRollover): 上年决算数 by
 * subject through the code mappings (from the year just before only), the profile, 实物量 and vehicles
 * as suggestions marked 待确认, the 绩效 projects with their indicators, the glossary — and a rollover
 * summary of what was carried, what needs confirming and what could not be carried. Otherwise the
 * clerk enters everything, and the glossary is the template's.
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
  const priorId = latestPublishedBefore(departmentId, input.year);
  const plan: RolloverPlan | null =
    priorId === null
      ? null
      : planRollover(loadReportData(actor, priorId), input.year, {
          function: carryCatalogs("function", input.year),
          economic: carryCatalogs("economic", input.year),
        });
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
    const s = plan?.suggestions;
    tx.insert(t.reportSummaries)
      .values({ reportId, ...plan?.summary })
      .run();
    tx.insert(t.reportProfiles)
      .values({
        reportId,
        dutiesJson: JSON.stringify(s?.profile.duties ?? []),
        dutiesSupplement: s?.profile.dutiesSupplement ?? "",
      })
      .run();
    s?.profile.organisations.forEach((o, sortOrder) =>
      tx
        .insert(t.reportOrganisations)
        .values({ reportId, ...o, sortOrder })
        .run(),
    );
    s?.profile.staffing.forEach((row, sortOrder) =>
      tx
        .insert(t.staffingRows)
        .values({ reportId, ...row, sortOrder })
        .run(),
    );
    plan?.functionLines.forEach((l, sortOrder) =>
      tx
        .insert(t.functionLines)
        .values({ reportId, ...l, sortOrder })
        .run(),
    );
    for (const e of plan?.economicLines ?? [])
      tx.insert(t.economicLines)
        .values({ reportId, ...e })
        .run();
    for (const item of THREE_PUBLIC_ITEMS) {
      tx.insert(t.threePublicAmounts)
        .values({ reportId, item, priorYear: plan?.threePublicPrior[item] ?? 0 })
        .run();
    }
    tx.insert(t.threePublicQuantities)
      .values({ reportId, ...s?.quantities })
      .run();
    const { vehicleCounts, ...assets } = s?.assets ?? { vehicleCounts: undefined };
    tx.insert(t.otherMatters)
      .values({ reportId, ...plan?.otherPrior, ...assets })
      .run();
    for (const category of VEHICLE_CATEGORIES)
      tx.insert(t.vehicleCounts)
        .values({ reportId, category, count: vehicleCounts?.[category] ?? 0 })
        .run();
    tx.insert(t.performanceSummaries).values({ reportId }).run();
    plan?.projects.forEach(({ indicators, ...p }, sortOrder) => {
      const project = tx
        .insert(t.projects)
        .values({ reportId, ...p, sortOrder })
        .returning({ id: t.projects.id })
        .get();
      indicators.forEach((i, order) =>
        tx
          .insert(t.projectIndicators)
          .values({ projectId: project.id, ...i, sortOrder: order })
          .run(),
      );
    });
    (plan?.glossary ?? template.glossary).forEach((g, sortOrder) =>
      tx.insert(t.glossaryEntries).values({ reportId, term: g.term, definition: g.definition, sortOrder }).run(),
    );
    if (plan && priorId !== null && s) {
      const fromYear = plan.report.fromYear;
      for (const group of CARRIED_GROUPS) {
        tx.insert(t.carriedFacts)
          .values({ reportId, group, fromYear, priorJson: JSON.stringify(s[group]) })
          .run();
      }
      tx.insert(t.rollovers)
        .values({ reportId, fromReportId: priorId, fromYear, summaryJson: JSON.stringify(plan.report), createdAt: now })
        .run();
    }
    writeAudit(
      tx,
      {
        actorId: actor.id,
        reportId,
        action: "report.create",
        newValue: `${input.year}年度${plan ? `（取自已公开的${plan.report.fromYear}年度报告：${plan.report.consecutive ? "上年决算数、" : ""}部门概况等待确认${plan.report.notCarried.length ? `；${plan.report.notCarried.length}个科目的金额未能结转` : ""}）` : ""}`,
      },
      now,
    );
    return { id: reportId, carriedFrom: priorId };
  });
}
