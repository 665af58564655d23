"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { savePerformanceSummaryAction } from "@/app/(app)/reports/[id]/actions";
import { ZPerformanceSummary, type TPerformanceSummary } from "@/lib/reports/sections/performance.schema";
import { Field, TextInput } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

export function PerformanceSummaryForm({
  initial,
  ...frame
}: SectionFrameProps & {
  initial: TPerformanceSummary;
}) {
  const form = useForm<TPerformanceSummary>({
    resolver: zodResolver(ZPerformanceSummary),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { shell } = useSectionSave(form, frame, (p) =>
    savePerformanceSummaryAction({ ...p, reportId: frame.reportId }),
  );
  const errors = form.formState.errors;
  return (
    <SectionShell {...shell}>
      <Field
        id="workOverview"
        label="一、预算绩效管理工作开展情况（项目数、金额和等级统计由系统生成，此处填写其后的文字）"
        error={errors.workOverview?.message}
      >
        <TextArea id="workOverview" rows={5} error={errors.workOverview?.message} {...form.register("workOverview")} />
      </Field>
      <Field id="departmentGrade" label="三、部门绩效自评结果（如：良好）" error={errors.departmentGrade?.message}>
        <TextInput
          id="departmentGrade"
          className="w-40"
          error={errors.departmentGrade?.message}
          {...form.register("departmentGrade")}
        />
      </Field>
      <Field id="departmentEvaluation" label="三、部门绩效评价情况" error={errors.departmentEvaluation?.message}>
        <TextArea
          id="departmentEvaluation"
          rows={8}
          error={errors.departmentEvaluation?.message}
          {...form.register("departmentEvaluation")}
        />
      </Field>
    </SectionShell>
  );
}
