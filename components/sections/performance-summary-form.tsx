"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { savePerformanceSummaryAction } from "@/app/(app)/reports/[id]/actions";
import type { PerformanceLayout } from "@/lib/reports/sections/performance";
import type { TPerformanceSummary, TPerformanceSummaryInput } from "@/lib/reports/sections/performance.schema";
import { Field, TextInput } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const performanceSummaryResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/performance.schema").then((m) => m.ZPerformanceSummary),
);

type CountKey =
  "targetProjects" | "trackedProjects" | "selfEvaluatedProjects" | "problemsFound" | "problemsFixed" | "problemsFixing";
type MoneyKey = "targetAmount" | "trackedAmount" | "selfEvaluatedAmount";

/**
 * The department-level texts of 绩效, as the report's template tells them: the 2020-style part
 * (工作开展情况, 部门自评结果 and 评价) and/or the 2024-style section 预算绩效管理情况 (制度, 机制, counts).
 * Fields the template does not print keep their values.
 */
export function PerformanceSummaryForm({
  initial,
  layout,
  ...frame
}: SectionFrameProps & {
  initial: TPerformanceSummaryInput;
  layout: PerformanceLayout;
}) {
  const form = useForm<TPerformanceSummaryInput, unknown, TPerformanceSummary>({
    resolver: performanceSummaryResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { shell } = useSectionSave(form, frame, (p) =>
    savePerformanceSummaryAction({ ...p, reportId: frame.reportId }),
  );
  const errors = form.formState.errors;
  const count = (key: CountKey, label: string) => (
    <Field id={`ps-${key}`} label={label} error={errors[key]?.message}>
      <TextInput
        id={`ps-${key}`}
        inputMode="numeric"
        className="w-32 text-right tabular"
        error={errors[key]?.message}
        {...form.register(key)}
      />
    </Field>
  );
  const money = (key: MoneyKey, label: string) => (
    <Field id={`ps-${key}`} label={label} error={errors[key]?.message}>
      <TextInput
        id={`ps-${key}`}
        inputMode="decimal"
        className="w-48 text-right tabular"
        error={errors[key]?.message}
        {...form.register(key)}
      />
    </Field>
  );
  return (
    <SectionShell {...shell}>
      {layout.departmentTexts && (
        <>
          <Field
            id="workOverview"
            label="预算绩效管理工作开展情况（项目数、金额和等级统计由系统生成，此处填写其后的文字）"
            error={errors.workOverview?.message}
          >
            <TextArea
              id="workOverview"
              rows={5}
              error={errors.workOverview?.message}
              {...form.register("workOverview")}
            />
          </Field>
          <Field id="departmentGrade" label="部门绩效自评结果（如：良好）" error={errors.departmentGrade?.message}>
            <TextInput
              id="departmentGrade"
              className="w-40"
              error={errors.departmentGrade?.message}
              {...form.register("departmentGrade")}
            />
          </Field>
          <Field id="departmentEvaluation" label="部门绩效评价情况" error={errors.departmentEvaluation?.message}>
            <TextArea
              id="departmentEvaluation"
              rows={8}
              error={errors.departmentEvaluation?.message}
              {...form.register("departmentEvaluation")}
            />
          </Field>
        </>
      )}
      {layout.management && (
        <fieldset className="min-w-0 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">预算绩效管理情况</legend>
          <Field
            id="ps-managementSystems"
            label="预算绩效管理制度（写成完整的句子，如：本局制定了《……办法》等制度。）"
            error={errors.managementSystems?.message}
          >
            <TextArea
              id="ps-managementSystems"
              rows={3}
              error={errors.managementSystems?.message}
              {...form.register("managementSystems")}
            />
          </Field>
          <Field id="ps-managementMechanism" label="工作机制" error={errors.managementMechanism?.message}>
            <TextArea
              id="ps-managementMechanism"
              rows={3}
              error={errors.managementMechanism?.message}
              {...form.register("managementMechanism")}
            />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            {count("targetProjects", "编报绩效目标的项目（个）")}
            {money("targetAmount", "其涉及预算金额（元）")}
            {count("trackedProjects", "开展绩效跟踪评价的项目（个）")}
            {money("trackedAmount", "其涉及预算金额（元）")}
          </div>
          {layout.itemized ? (
            <p className="text-sm text-slate-600" data-testid="self-evaluation-computed">
              绩效自评的项目个数、涉及预算金额、平均得分和各等级项目数由上面逐项填报的项目计算。
            </p>
          ) : (
            <div className="grid gap-4 md:grid-cols-2">
              {count("selfEvaluatedProjects", "开展绩效自评的项目（个）")}
              {money("selfEvaluatedAmount", "其涉及预算金额（元）")}
              <Field id="ps-averageScore" label="自评平均得分" error={errors.averageScore?.message}>
                <TextInput
                  id="ps-averageScore"
                  inputMode="decimal"
                  className="w-32 text-right tabular"
                  error={errors.averageScore?.message}
                  {...form.register("averageScore")}
                />
              </Field>
              {layout.gradeBands.map((b) => (
                <Field
                  key={b.grade}
                  id={`ps-grade-${b.grade}`}
                  label={`绩效评级为“${b.grade}”的项目（个）`}
                  error={errors.gradeCounts?.[b.grade]?.message}
                >
                  <TextInput
                    id={`ps-grade-${b.grade}`}
                    inputMode="numeric"
                    className="w-32 text-right tabular"
                    error={errors.gradeCounts?.[b.grade]?.message}
                    {...form.register(`gradeCounts.${b.grade}`)}
                  />
                </Field>
              ))}
            </div>
          )}
          <div className="grid gap-4 md:grid-cols-3">
            {count("problemsFound", "自评中发现问题（个）")}
            {count("problemsFixed", "已完成整改（个）")}
            {count("problemsFixing", "正在整改（个）")}
          </div>
        </fieldset>
      )}
    </SectionShell>
  );
}
