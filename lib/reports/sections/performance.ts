import "server-only";
import { and, eq } from "drizzle-orm";
import { performanceSummaries, projectIndicators, projects } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import type { Actor } from "../../access";
import { formatPoints, gradeFor } from "../../disclosure/grades";
import { NotFoundError, ValidationError } from "../../errors";
import { percent } from "../../money";
import { loadReportData } from "../load-report-data";
import { auditMoney, moneyText } from "./money-text";
import { claimSection, diffList, diffRecord, projectLock, saveSection, type FieldChange } from "./save-section";
import type { TPerformanceSummary, TPerformanceSummaryInput, TProject, TProjectInput } from "./performance.schema";
import { templateUses, usedPlaceholders } from "../../disclosure/templates/uses";
import { resolveTemplate } from "../../templates/resolve";
import { getReport } from "../get-report";

export interface ProjectRow {
  id: number;
  name: string;
  budget: number;
  executed: number;
  rate: string | null;
  score: string | null;
  grade: string | null;
  declaredGrade: string;
}

/** What the report's template asks of the 绩效 page. */
export interface PerformanceLayout {
  /** The grade names and bands of the template, best first. */
  gradeBands: { grade: string; min: number }[];
  /** The 2020-style part: 工作开展情况 text, 部门自评 grade and evaluation. */
  departmentTexts: boolean;
  /** The 2024-style section 预算绩效管理情况: 制度, 机制, counts. */
  management: boolean;
  /** Whether projects are itemized (then 自评 counts, amount, average and grades are computed from them). */
  itemized: boolean;
}

export function getPerformancePage(actor: Actor, reportId: number) {
  const data = loadReportData(actor, reportId);
  const template = resolveTemplate(data.report.templateId);
  const used = usedPlaceholders(template);
  const rows: ProjectRow[] = data.projects.map((p) => ({
    id: p.id,
    name: p.name,
    budget: p.budget,
    executed: p.executed,
    rate: percent(p.executed, p.budget),
    score: p.scoreHundredths === null ? null : formatPoints(p.scoreHundredths),
    grade: gradeFor(p.scoreHundredths, template.gradeBands),
    declaredGrade: p.declaredGrade,
  }));
  const p = data.performance;
  const summary: TPerformanceSummaryInput = {
    workOverview: p.workOverview,
    departmentGrade: p.departmentGrade,
    departmentEvaluation: p.departmentEvaluation,
    managementSystems: p.managementSystems,
    managementMechanism: p.managementMechanism,
    targetProjects: String(p.targetProjects),
    targetAmount: moneyText(p.targetAmount),
    trackedProjects: String(p.trackedProjects),
    trackedAmount: moneyText(p.trackedAmount),
    selfEvaluatedProjects: String(p.selfEvaluatedProjects),
    selfEvaluatedAmount: moneyText(p.selfEvaluatedAmount),
    averageScore: pointsText(p.averageScoreHundredths),
    gradeCounts: Object.fromEntries(template.gradeBands.map((b) => [b.grade, String(p.gradeCounts[b.grade] ?? 0)])),
    problemsFound: String(p.problemsFound),
    problemsFixed: String(p.problemsFixed),
    problemsFixing: String(p.problemsFixing),
  };
  const layout: PerformanceLayout = {
    gradeBands: template.gradeBands.map((b) => ({ ...b })),
    departmentTexts: templateUses(used, "performance.work") || templateUses(used, "performance.department"),
    management: templateUses(used, "performance.management"),
    itemized: data.projects.some((x) => x.scoreHundredths !== null),
  };
  return { projects: rows, summary, layout };
}

/** The grade names and bands of the report's template (the project page offers them). */
export function gradeBandsOf(actor: Actor, reportId: number) {
  return resolveTemplate(getReport(actor, reportId).templateId).gradeBands;
}

const pointsText = (h: number | null) => (h === null ? "" : formatPoints(h));

export function getProjectForm(actor: Actor, reportId: number, projectId: number | null): TProjectInput {
  if (projectId === null) {
    loadReportData(actor, reportId); // access check
    return {
      projectId: null,
      name: "",
      initialBudget: "",
      budget: "",
      executed: "",
      score: "",
      declaredGrade: "",
      goal: "",
      effect: "",
      problems: "",
      nextSteps: "",
      indicators: [],
    };
  }
  const p = loadReportData(actor, reportId).projects.find((x) => x.id === projectId);
  if (!p) throw new NotFoundError("项目不存在");
  return {
    projectId: p.id,
    name: p.name,
    initialBudget: moneyText(p.initialBudget),
    budget: moneyText(p.budget),
    executed: moneyText(p.executed),
    score: pointsText(p.scoreHundredths),
    declaredGrade: p.declaredGrade,
    goal: p.goal,
    effect: p.effect,
    problems: p.problems,
    nextSteps: p.nextSteps,
    indicators: p.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      targetValue: i.targetValue,
      actualValue: i.actualValue,
      weight: pointsText(i.weightHundredths),
      score: pointsText(i.scoreHundredths),
      deviationReason: i.deviationReason,
    })),
  };
}

const MONEY = new Set(["initialBudget", "budget", "executed"]);

export function saveProject(actor: Actor, reportId: number, version: number, input: TProject) {
  let projectId = input.projectId;
  let claimed = 0;
  // An existing project is locked on its own; a new one claims its lock once it has an id.
  const lock = projectId === null ? null : projectLock(projectId);
  const result = saveSection(actor, reportId, lock, version, ({ tx, now }) => {
    const values = {
      name: input.name,
      initialBudget: input.initialBudget,
      budget: input.budget,
      executed: input.executed,
      scoreHundredths: input.score,
      declaredGrade: input.declaredGrade,
      goal: input.goal,
      effect: input.effect,
      problems: input.problems,
      nextSteps: input.nextSteps,
    };
    let before: typeof projects.$inferSelect | undefined;
    if (projectId === null) {
      const count = tx.select({ id: projects.id }).from(projects).where(eq(projects.reportId, reportId)).all().length;
      projectId = tx
        .insert(projects)
        .values({ reportId, ...values, sortOrder: count })
        .returning({ id: projects.id })
        .get().id;
      claimed = claimSection(tx, reportId, projectLock(projectId), 0, actor.id, now);
    } else {
      before = tx
        .select()
        .from(projects)
        .where(and(eq(projects.id, projectId), eq(projects.reportId, reportId)))
        .get();
      if (!before) throw new NotFoundError("项目不存在，可能已被删除");
      tx.update(projects)
        .set(values)
        .where(and(eq(projects.id, projectId), eq(projects.reportId, reportId)))
        .run();
    }
    const indicatorsBefore = before
      ? tx
          .select()
          .from(projectIndicators)
          .where(eq(projectIndicators.projectId, projectId))
          .orderBy(projectIndicators.sortOrder)
          .all()
      : [];
    tx.delete(projectIndicators).where(eq(projectIndicators.projectId, projectId)).run();
    const indicators = input.indicators.map((i, sortOrder) => ({
      projectId: projectId!,
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      targetValue: i.targetValue,
      actualValue: i.actualValue,
      weightHundredths: i.weight ?? 0,
      scoreHundredths: i.score ?? 0,
      deviationReason: i.deviationReason,
      sortOrder,
    }));
    insertRows(tx, projectIndicators, indicators);
    const label = `projects[${input.name}]`;
    const changes: FieldChange[] = diffRecord(label, before, values, (k, v) =>
      MONEY.has(k) ? auditMoney(v) : k === "scoreHundredths" ? pointsText(v as number | null) : String(v ?? ""),
    );
    changes.push(
      ...diffList(
        `${label}.indicators`,
        indicatorsBefore,
        indicators,
        (i) =>
          `${i.level1}/${i.level2}/${i.level3} 指标值${i.targetValue} 完成${i.actualValue} 分值${pointsText(i.weightHundredths)} 得分${pointsText(i.scoreHundredths)}${i.deviationReason ? ` 偏差原因：${i.deviationReason}` : ""}`,
      ),
    );
    return changes;
  });
  return { ...result, version: lock === null ? claimed : result.version, projectId: projectId! };
}

export function deleteProject(actor: Actor, reportId: number, version: number, projectId: number) {
  return saveSection(actor, reportId, projectLock(projectId), version, ({ tx }) => {
    const before = tx
      .select()
      .from(projects)
      .where(and(eq(projects.id, projectId), eq(projects.reportId, reportId)))
      .get();
    if (!before) throw new NotFoundError("项目不存在，可能已被删除");
    tx.delete(projects).where(eq(projects.id, projectId)).run();
    return [
      {
        field: `projects[${before.name}]`,
        oldValue: `${before.name}（预算${auditMoney(before.budget)}，执行${auditMoney(before.executed)}）`,
        newValue: null,
      },
    ];
  });
}

const SUMMARY_MONEY = new Set(["targetAmount", "trackedAmount", "selfEvaluatedAmount"]);

export function savePerformanceSummary(actor: Actor, reportId: number, version: number, input: TPerformanceSummary) {
  return saveSection(actor, reportId, "performance", version, ({ tx, report }) => {
    const { averageScore, gradeCounts, ...rest } = input;
    // Only the template's grades are stored: another name would be a count no page ever shows.
    const grades = new Set(resolveTemplate(report.templateId).gradeBands.map((b) => b.grade));
    const unknown = Object.keys(gradeCounts).find((g) => !grades.has(g));
    if (unknown !== undefined)
      throw new ValidationError(`等级“${unknown}”不属于本报告的模板，请刷新页面后重新填写`, `gradeCounts.${unknown}`);
    const values = {
      ...rest,
      averageScoreHundredths: averageScore,
      gradeCountsJson: JSON.stringify(Object.fromEntries(Object.entries(gradeCounts).filter(([, n]) => n > 0))),
    };
    const before = tx.select().from(performanceSummaries).where(eq(performanceSummaries.reportId, reportId)).get();
    tx.insert(performanceSummaries)
      .values({ reportId, ...values })
      .onConflictDoUpdate({ target: performanceSummaries.reportId, set: values })
      .run();
    return diffRecord("performance", before, values, (k, v) =>
      SUMMARY_MONEY.has(k)
        ? auditMoney(v)
        : k === "averageScoreHundredths"
          ? pointsText(v as number | null)
          : String(v ?? ""),
    );
  });
}
