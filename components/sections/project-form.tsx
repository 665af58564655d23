"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { deleteProjectAction, saveProjectAction } from "@/app/(app)/reports/[id]/actions";
import { gradeFor } from "@/lib/disclosure/grades";
import { parseMoney, percent } from "@/lib/money";
import type { TProject, TProjectInput } from "@/lib/reports/sections/performance.schema";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, SelectInput, TextInput } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { MoneyInput } from "./money-input";
import { SectionShell } from "./section-shell";
import { useUndoableRemove } from "./undo-remove";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const projectResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/performance.schema").then((m) => m.ZProject),
);

const INDICATOR_COLUMNS = [
  ["level1", "一级指标", "w-28"],
  ["level2", "二级指标", "w-28"],
  ["level3", "三级指标", "w-44"],
  ["targetValue", "年度指标值", "w-28"],
  ["actualValue", "实际完成值", "w-28"],
  ["weight", "分值", "w-16 text-right"],
  ["score", "得分", "w-16 text-right"],
  ["deviationReason", "偏差原因分析及改进措施", "w-56"],
] as const;

export function ProjectForm({
  initial,
  gradeBands,
  ...frame
}: SectionFrameProps & {
  initial: TProjectInput;
  /** The grades of the report's template, best first. */
  gradeBands: { grade: string; min: number }[];
}) {
  const router = useRouter();
  const form = useForm<TProjectInput, unknown, TProject>({
    resolver: projectResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const indicators = useFieldArray({ control: form.control, name: "indicators" });
  const { reportId } = frame;
  const { shell, version } = useSectionSave(form, frame, async (p) => {
    const result = await saveProjectAction({ ...p, reportId });
    if (result.ok && initial.projectId === null)
      router.replace(`/reports/${reportId}/performance/${result.data.projectId}`);
    return result;
  });
  const undoable = useUndoableRemove();
  const [deleting, startDelete] = useTransition();
  const [deleteError, setDeleteError] = useState<string>();
  const errors = form.formState.errors;
  const [budget, executed, score] = useWatch({ control: form.control, name: ["budget", "executed", "score"] });
  const b = parseMoney(budget ?? "");
  const e = parseMoney(executed ?? "");
  const rate = b.ok && e.ok ? percent(e.fen, b.fen) : null;
  const s = parseMoney(score ?? "");
  const grade = s.ok && (score ?? "").trim() !== "" ? gradeFor(s.fen, gradeBands) : null;

  const remove = () => {
    if (initial.projectId === null || !window.confirm(`确定删除项目“${initial.name}”吗？`)) return;
    startDelete(async () => {
      const result = await deleteProjectAction({ reportId, version, projectId: initial.projectId! });
      if (result.ok) {
        form.reset(form.getValues()); // nothing left unsaved to warn about
        router.push(`/reports/${reportId}/performance`);
      } else setDeleteError(result.error);
    });
  };

  return (
    <SectionShell {...shell}>
      <FormMessage kind="error">{deleteError}</FormMessage>
      {undoable.bar}
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="p-name" label="项目名称" error={errors.name?.message}>
          <TextInput id="p-name" error={errors.name?.message} {...form.register("name")} />
        </Field>
        <Field id="p-initialBudget" label="年初预算数（元）" error={errors.initialBudget?.message}>
          <MoneyInput id="p-initialBudget" form={form} name="initialBudget" error={errors.initialBudget?.message} />
        </Field>
        <Field id="p-budget" label="全年预算数（元）" error={errors.budget?.message}>
          <MoneyInput id="p-budget" form={form} name="budget" error={errors.budget?.message} />
        </Field>
        <Field id="p-executed" label="全年执行数（元）" error={errors.executed?.message}>
          <MoneyInput id="p-executed" form={form} name="executed" error={errors.executed?.message} />
        </Field>
        <Field id="p-score" label="自评得分（0–100）" error={errors.score?.message}>
          <TextInput
            id="p-score"
            inputMode="decimal"
            className="text-right tabular"
            error={errors.score?.message}
            {...form.register("score")}
          />
        </Field>
        <Field id="p-declaredGrade" label="自评表填写的等级" error={errors.declaredGrade?.message}>
          <SelectInput id="p-declaredGrade" error={errors.declaredGrade?.message} {...form.register("declaredGrade")}>
            <option value="">（未填写）</option>
            {gradeBands.map(({ grade: g }) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </SelectInput>
        </Field>
      </div>
      <p role="status" className="text-sm text-slate-700" data-testid="project-derived">
        执行率：<strong>{rate === null ? "—" : `${rate}%`}</strong>；按得分确定的评价等级：
        <strong>{grade ?? "—"}</strong>
        {grade && form.getValues("declaredGrade") && form.getValues("declaredGrade") !== grade && (
          <span className="ml-2 text-amber-800">与自评表填写的等级不一致。</span>
        )}
      </p>
      {(
        [
          ["goal", "年度总体目标"],
          ["effect", "实际完成情况及效果"],
          ["problems", "存在的问题"],
          ["nextSteps", "下一步改进措施"],
        ] as const
      ).map(([name, label]) => (
        <Field key={name} id={`p-${name}`} label={label} error={errors[name]?.message}>
          <TextArea id={`p-${name}`} rows={3} error={errors[name]?.message} {...form.register(name)} />
        </Field>
      ))}

      <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">绩效指标</legend>
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="绩效指标（可左右滚动）">
          <table className="text-sm">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="px-1 py-1 font-medium">
                  序号
                </th>
                {INDICATOR_COLUMNS.map(([key, label]) => (
                  <th key={key} id={`ind-h-${key}`} scope="col" className="px-1 py-1 font-medium whitespace-nowrap">
                    {label}
                  </th>
                ))}
                <th scope="col">
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.fields.map((row, i) => (
                <tr key={row.id} className="align-top">
                  <th scope="row" id={`ind-row-${i}`} className="px-1 py-2 text-right font-normal text-slate-500">
                    {i + 1}
                  </th>
                  {INDICATOR_COLUMNS.map(([key, , width]) => {
                    const message = errors.indicators?.[i]?.[key]?.message;
                    return (
                      <td key={key} className="px-1 py-1">
                        <TextInput
                          id={`ind-${i}-${key}`}
                          aria-labelledby={`ind-row-${i} ind-h-${key}`}
                          className={width}
                          error={message}
                          {...form.register(`indicators.${i}.${key}`)}
                        />
                        {message && (
                          <p id={`ind-${i}-${key}-error`} className="mt-1 text-xs text-red-700">
                            {message}
                          </p>
                        )}
                      </td>
                    );
                  })}
                  <td className="px-1 py-1">
                    <Button
                      type="button"
                      variant="ghost"
                      onClick={() =>
                        undoable.remove(indicators, form.getValues(`indicators.${i}`), i, `第${i + 1}行指标`)
                      }
                      aria-label={`删除第${i + 1}行指标`}
                    >
                      删除
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          onClick={() =>
            indicators.append({
              level1: "产出指标",
              level2: "数量指标",
              level3: "",
              targetValue: "",
              actualValue: "",
              weight: "",
              score: "",
              deviationReason: "",
            })
          }
        >
          添加指标
        </Button>
      </fieldset>
      {frame.canEdit && initial.projectId !== null && (
        <div>
          <Button type="button" variant="danger" onClick={remove} pending={deleting} pendingText="正在删除…">
            删除项目
          </Button>
        </div>
      )}
    </SectionShell>
  );
}
