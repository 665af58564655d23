import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { cache } from "react";
import { getDb } from "../../db";
import * as t from "../../db/schema";
import type { Actor } from "../access";
import { EMPTY_OTHER_MATTERS, EMPTY_PERFORMANCE, type ReportData, type Subject } from "../disclosure/report-data";
import { memoReportData } from "./derived";
import { getReport, type ReportHeader } from "./get-report";
import { catalogFor, subjectsOf, type CatalogSubject } from "../catalog";
import { CARRIED_GROUPS, THREE_PUBLIC_ITEMS, VEHICLE_CATEGORIES } from "../domain";

function withParents(codes: string[]): string[] {
  const all = new Set<string>();
  for (const code of codes) {
    all.add(code);
    if (code.length >= 5) all.add(code.slice(0, 5));
    all.add(code.slice(0, 3));
  }
  return [...all];
}

function subjectMap(rows: CatalogSubject[]): Record<string, Subject> {
  return Object.fromEntries(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parentCode,
        ...(r.unconfirmed ? { addedLocally: true } : {}),
      },
    ]),
  );
}

/**
 * Loads a report's whole data within the actor's scope: one query per table, none per row. The access
 * check (getReport) is made on every call; the rows are read again only when the database changed
 * since they were last read (memoReportData), and never from a kept copy inside a transaction.
 */
export const loadReportData = cache(function loadReportData(actor: Actor, reportId: number): ReportData {
  const header = getReport(actor, reportId);
  return memoReportData(getDb().$client, reportId, () => readReportData(header, reportId));
});

function readReportData(header: ReportHeader, reportId: number): ReportData {
  const db = getDb();
  const byReport = (table: { reportId: SQLiteColumn }) => eq(table.reportId, reportId);

  const units = db
    .select({ name: t.units.name, nature: t.units.nature, category: t.units.category })
    .from(t.units)
    .where(eq(t.units.departmentId, header.departmentId))
    .orderBy(asc(t.units.sortOrder))
    .all();
  const summary = db.select().from(t.reportSummaries).where(byReport(t.reportSummaries)).get();
  const profile = db.select().from(t.reportProfiles).where(byReport(t.reportProfiles)).get();
  const organisations = db
    .select({
      kind: t.reportOrganisations.kind,
      name: t.reportOrganisations.name,
      category: t.reportOrganisations.category,
    })
    .from(t.reportOrganisations)
    .where(byReport(t.reportOrganisations))
    .orderBy(asc(t.reportOrganisations.sortOrder))
    .all();
  const staffing = db
    .select({
      category: t.staffingRows.category,
      authorized: t.staffingRows.authorized,
      actualLabel: t.staffingRows.actualLabel,
      actual: t.staffingRows.actual,
    })
    .from(t.staffingRows)
    .where(byReport(t.staffingRows))
    .orderBy(asc(t.staffingRows.sortOrder))
    .all();
  const functionLines = db
    .select()
    .from(t.functionLines)
    .where(byReport(t.functionLines))
    .orderBy(asc(t.functionLines.subjectCode))
    .all()
    .map(({ id: _id, reportId: _r, sortOrder: _s, ...line }) => line);
  const economicLines = db
    .select({
      subjectCode: t.economicLines.subjectCode,
      amount: t.economicLines.amount,
      priorYearAmount: t.economicLines.priorYearAmount,
    })
    .from(t.economicLines)
    .where(byReport(t.economicLines))
    .orderBy(asc(t.economicLines.subjectCode))
    .all();
  // The subjects of the catalog in force for the report's year: the codes used, with their 类 and 款 …
  const functionSubjects = subjectsOf("function", header.year, withParents(functionLines.map((l) => l.subjectCode)));
  // … and the whole 经济分类 catalog (about a hundred rows): table 06 prints every 款, used or not.
  const economicSubjects = catalogFor("economic", header.year);
  const amounts = db.select().from(t.threePublicAmounts).where(byReport(t.threePublicAmounts)).all();
  const quantities = db.select().from(t.threePublicQuantities).where(byReport(t.threePublicQuantities)).get();
  const other = db.select().from(t.otherMatters).where(byReport(t.otherMatters)).get();
  const vehicles = db.select().from(t.vehicleCounts).where(byReport(t.vehicleCounts)).all();
  const projectRows = db
    .select()
    .from(t.projects)
    .where(byReport(t.projects))
    .orderBy(asc(t.projects.sortOrder), asc(t.projects.id))
    .all();
  const indicatorRows = projectRows.length
    ? db
        .select()
        .from(t.projectIndicators)
        .where(
          inArray(
            t.projectIndicators.projectId,
            projectRows.map((p) => p.id),
          ),
        )
        .orderBy(asc(t.projectIndicators.sortOrder), asc(t.projectIndicators.id))
        .all()
    : [];
  const performance = db.select().from(t.performanceSummaries).where(byReport(t.performanceSummaries)).get();
  const glossary = db
    .select({ term: t.glossaryEntries.term, definition: t.glossaryEntries.definition })
    .from(t.glossaryEntries)
    .where(byReport(t.glossaryEntries))
    .orderBy(asc(t.glossaryEntries.sortOrder), asc(t.glossaryEntries.id))
    .all();
  const explanations = db
    .select({ slot: t.explanations.slot, text: t.explanations.text })
    .from(t.explanations)
    .where(byReport(t.explanations))
    .all();
  const toConfirm = db
    .select({ group: t.carriedFacts.group, fromYear: t.carriedFacts.fromYear })
    .from(t.carriedFacts)
    .where(byReport(t.carriedFacts))
    .all();

  const zeroAmount = { initialBudget: 0, actual: 0, priorYear: 0 };
  const { reportId: _q, ...quantityValues } = quantities ?? {
    reportId: 0,
    abroadGroups: 0,
    abroadPeople: 0,
    vehiclesPurchased: 0,
    vehiclesHeld: 0,
    receptionBatches: 0,
    receptionPeople: 0,
    foreignAffairsBatches: 0,
    foreignAffairsPeople: 0,
    overseasBatches: 0,
    overseasPeople: 0,
  };
  const { reportId: _o, ...otherValues } = other ?? { reportId: 0, ...EMPTY_OTHER_MATTERS };
  const {
    reportId: _p,
    gradeCountsJson,
    ...performanceValues
  } = performance ?? {
    reportId: 0,
    gradeCountsJson: "{}",
    ...EMPTY_PERFORMANCE,
  };

  return {
    report: {
      id: header.id,
      year: header.year,
      revision: header.revision,
      status: header.status,
      version: header.version,
      templateId: header.templateId,
      departmentName: header.departmentName,
      departmentShortName: header.departmentShortName,
      noGovFundActivity: header.noGovFundActivity,
      noStateCapitalActivity: header.noStateCapitalActivity,
    },
    units,
    summary: {
      institutionFundUsed: summary?.institutionFundUsed ?? 0,
      surplusDistribution: summary?.surplusDistribution ?? 0,
      priorYearGrandTotal: summary?.priorYearGrandTotal ?? 0,
      priorYearFiscalGrandTotal: summary?.priorYearFiscalGrandTotal ?? 0,
    },
    profile: {
      duties: parseDuties(profile?.dutiesJson),
      dutiesSupplement: profile?.dutiesSupplement ?? "",
      organisations,
      staffing,
    },
    functionLines,
    economicLines,
    functionSubjects: subjectMap(functionSubjects),
    economicSubjects: subjectMap(economicSubjects),
    threePublic: {
      amounts: Object.fromEntries(
        THREE_PUBLIC_ITEMS.map((item) => {
          const row = amounts.find((a) => a.item === item);
          return [
            item,
            row ? { initialBudget: row.initialBudget, actual: row.actual, priorYear: row.priorYear } : zeroAmount,
          ];
        }),
      ) as ReportData["threePublic"]["amounts"],
      quantities: quantityValues,
    },
    otherMatters: otherValues,
    vehicleCounts: Object.fromEntries(
      VEHICLE_CATEGORIES.map((c) => [c, vehicles.find((v) => v.category === c)?.count ?? 0]),
    ) as ReportData["vehicleCounts"],
    projects: projectRows.map((p) => ({
      id: p.id,
      name: p.name,
      fundSource: p.fundSource,
      initialBudget: p.initialBudget,
      budget: p.budget,
      executed: p.executed,
      scoreHundredths: p.scoreHundredths,
      declaredGrade: p.declaredGrade,
      goal: p.goal,
      effect: p.effect,
      problems: p.problems,
      nextSteps: p.nextSteps,
      indicators: indicatorRows
        .filter((i) => i.projectId === p.id)
        .map(({ id: _i, projectId: _p, sortOrder: _s, ...indicator }) => indicator),
    })),
    performance: { ...performanceValues, gradeCounts: parseGradeCounts(gradeCountsJson) },
    glossary,
    explanations: Object.fromEntries(explanations.map((e) => [e.slot, e.text])),
    toConfirm: CARRIED_GROUPS.flatMap((g) => toConfirm.filter((c) => c.group === g)),
  };
}

/** { "优": 3, … } as stored; anything else is none. */
function parseGradeCounts(json: string): Record<string, number> {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, number] => Number.isSafeInteger(e[1]) && (e[1] as number) >= 0),
    );
  } catch {
    return {};
  }
}

function parseDuties(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
