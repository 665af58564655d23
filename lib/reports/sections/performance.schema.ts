import { z } from "zod";
import { ZSectionBase, zMoney, zPoints, zRequiredText, zText } from "./fields";

export const GRADES = ["优", "良", "中", "差"] as const;

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
    declaredGrade: z.enum(["", ...GRADES], { error: "请选择评价等级" }),
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
export type TProjectInput = z.input<typeof ZProject>;
export type TProject = z.output<typeof ZProject>;
export const ZSaveProject = ZSectionBase.and(ZProject);

export const ZDeleteProject = ZSectionBase.extend({ projectId: z.number().int().positive() });

export const ZPerformanceSummary = z.object({
  workOverview: zText(),
  departmentGrade: zText(20),
  departmentEvaluation: zText(),
});
export type TPerformanceSummary = z.infer<typeof ZPerformanceSummary>;
export const ZSavePerformanceSummary = ZSectionBase.extend(ZPerformanceSummary.shape);
