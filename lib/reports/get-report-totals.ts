import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { getDb } from "../../db";
import { economicLines, functionLines, projects } from "../../db/schema";
import type { Actor } from "../access";
import { getReport } from "./get-report";

export interface ReportTotals {
  income: number;
  expenditure: number;
  basic: number;
  project: number;
  personnel: number;
  publicUse: number;
  functionLineCount: number;
  projectCount: number;
}

/** The headline figures of a report, straight from its lines (in 分). */
export function getReportTotals(actor: Actor, reportId: number): ReportTotals {
  getReport(actor, reportId);
  const db = getDb();
  const f = functionLines;
  const fn = db
    .select({
      income: sql<number>`coalesce(sum(${f.incomeGeneralBudget} + ${f.incomeGovFund} + ${f.incomeStateCapital} + ${f.incomeSuperiorSubsidy} + ${f.incomeBusiness} + ${f.incomeOperating} + ${f.incomeFromSubsidiary} + ${f.incomeOther}), 0)`,
      basic: sql<number>`coalesce(sum(${f.basicGeneralBudget} + ${f.basicGovFund} + ${f.basicStateCapital} + ${f.basicOtherFunds}), 0)`,
      project: sql<number>`coalesce(sum(${f.projectGeneralBudget} + ${f.projectGovFund} + ${f.projectStateCapital} + ${f.projectOtherFunds}), 0)`,
      other: sql<number>`coalesce(sum(${f.remitToSuperior} + ${f.operatingExpense} + ${f.subsidyToSubsidiary}), 0)`,
      n: count(),
    })
    .from(f)
    .where(eq(f.reportId, reportId))
    .get()!;
  const econ = db
    .select({
      personnel: sql<number>`coalesce(sum(case when substr(${economicLines.subjectCode}, 1, 3) in ('301', '303') then ${economicLines.amount} else 0 end), 0)`,
      publicUse: sql<number>`coalesce(sum(case when substr(${economicLines.subjectCode}, 1, 3) in ('301', '303') then 0 else ${economicLines.amount} end), 0)`,
    })
    .from(economicLines)
    .where(eq(economicLines.reportId, reportId))
    .get()!;
  const [{ n: projectCount } = { n: 0 }] = db.select({ n: count() }).from(projects).where(eq(projects.reportId, reportId)).all();
  return {
    income: fn.income,
    expenditure: fn.basic + fn.project + fn.other,
    basic: fn.basic,
    project: fn.project,
    personnel: econ.personnel,
    publicUse: econ.publicUse,
    functionLineCount: fn.n,
    projectCount,
  };
}
