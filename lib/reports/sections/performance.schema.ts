import { z } from "zod";
import { zPlainText } from "../../text";
import { ZSectionBase, zCount, zMoney, zPoints, zRequiredText, zText } from "./fields";

export const ZIndicator = z.object({
  level1: zRequiredText(30, "请填写一级指标"),
  level2: zRequiredText(30, "请填写二级指标"),
  level3: zRequiredText(100, "请填写三级指标"),
  targetValue: zText(100),
  actualValue: zText(100),
  weight: zPoints({ required: true }),
  score: zPoints({ required: true }),
  deviationReason: zText(1000),
});

export const ZProject = z
  .object({
    projectId: z.number().int().positive().nullable(),
    name: zRequiredText(100, "请填写项目名称"),
    initialBudget: zMoney(),
    budget: zMoney(),
    executed: zMoney(),
    score: zPoints(),
    /** The grade written on the 自评表, one of the template's grade names ("" when none). */
    declaredGrade: zPlainText().trim().max(10, { error: "请选择评价等级" }),
    goal: zText(5000),
    effect: zText(5000),
    problems: zText(5000),
    nextSteps: zText(5000),
    indicators: z.array(ZIndicator).max(100, { error: "指标最多100行" }),
  })
  .superRefine((p, ctx) => {
    p.indicators.forEach((ind, i) => {
      if (ind.score !== null && ind.weight !== null && ind.score > ind.weight) {
        ctx.addIssue({ code: "custom", path: ["indicators", i, "score"], message: "得分不能超过分值" });
      }
    });
  });
export type TIndicatorInput = z.input<typeof ZIndicator>;
export type TProjectInput = z.input<typeof ZProject>;
export type TProject = z.output<typeof ZProject>;
export const ZSaveProject = ZSectionBase.and(ZProject);

export const ZDeleteProject = ZSectionBase.extend({ projectId: z.number().int().positive() });

export const ZPerformanceSummary = z.object({
  workOverview: zText(),
  departmentGrade: zText(20),
  departmentEvaluation: zText(),
  // 预算绩效管理情况 (the 2024 layouts)
  managementSystems: zText(2000),
  managementMechanism: zText(2000),
  targetProjects: zCount,
  targetAmount: zMoney(),
  trackedProjects: zCount,
  trackedAmount: zMoney(),
  selfEvaluatedProjects: zCount,
  selfEvaluatedAmount: zMoney(),
  averageScore: zPoints(),
  gradeCounts: z
    .record(zPlainText().trim().min(1).max(10), zCount)
    .refine((r) => Object.keys(r).length <= 10, { error: "等级过多" }),
  problemsFound: zCount,
  problemsFixed: zCount,
  problemsFixing: zCount,
});
export type TPerformanceSummaryInput = z.input<typeof ZPerformanceSummary>;
export type TPerformanceSummary = z.output<typeof ZPerformanceSummary>;
export const ZSavePerformanceSummary = ZSectionBase.extend(ZPerformanceSummary.shape);
