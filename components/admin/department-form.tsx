"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { saveDepartmentAction } from "@/app/(app)/admin/actions";
import type { TDepartment } from "@/lib/departments/departments.schema";
import { applyResult } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, SelectInput, TextInput } from "@/components/ui/field";
import { UNIT_NATURES, UNIT_NATURE_LABELS } from "@/lib/domain";

const departmentResolver = lazyZodResolver(() =>
  import("@/lib/departments/departments.schema").then((m) => m.ZDepartment),
);

export function DepartmentForm({ department, regions }: { department: TDepartment; regions: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const form = useForm<TDepartment>({ resolver: departmentResolver, defaultValues: department });
  const units = useFieldArray({ control: form.control, name: "units", keyName: "key" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setSaved(false);
      const result = await saveDepartmentAction(values);
      if (!applyResult(form, result, setError)) return;
      if (values.id === null) router.push(`/admin/departments/${result.data.id}`);
      else {
        setSaved(true);
      }
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormMessage kind="error">{error}</FormMessage>
      <FormMessage kind="success">{saved ? "已保存。" : undefined}</FormMessage>
      <div className="grid max-w-4xl gap-4 md:grid-cols-4">
        <Field id="dept-code" label="部门编码" error={errors.code?.message}>
          <TextInput id="dept-code" error={errors.code?.message} {...form.register("code")} />
        </Field>
        <Field id="dept-name" label="部门名称" error={errors.name?.message}>
          <TextInput id="dept-name" error={errors.name?.message} {...form.register("name")} />
        </Field>
        <Field id="dept-shortName" label="简称" error={errors.shortName?.message} hint="用于说明文字，如“市委编办”">
          <TextInput
            id="dept-shortName"
            error={errors.shortName?.message}
            hint="用于说明文字，如“市委编办”"
            {...form.register("shortName")}
          />
        </Field>
        <Field
          id="dept-region"
          label="地区"
          error={errors.region?.message}
          hint="新建报告按地区和年度选用公开模板，如“上海市”"
        >
          <TextInput
            id="dept-region"
            list="dept-region-list"
            error={errors.region?.message}
            hint="新建报告按地区和年度选用公开模板，如“上海市”"
            {...form.register("region")}
          />
        </Field>
        <datalist id="dept-region-list">
          {regions.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </div>

      <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">所属单位</legend>
        {units.fields.length === 0 && <p className="mb-3 text-sm text-slate-500">尚未添加单位。</p>}
        <ol className="flex flex-col gap-4">
          {units.fields.map((unit, i) => {
            const e = errors.units?.[i];
            return (
              <li
                key={unit.key}
                className="grid items-start gap-3 border-b border-slate-100 pb-4 md:grid-cols-[2fr_1.2fr_1fr_auto]"
              >
                <Field id={`unit-${i}-name`} label={`单位${i + 1}名称`} error={e?.name?.message}>
                  <TextInput id={`unit-${i}-name`} error={e?.name?.message} {...form.register(`units.${i}.name`)} />
                </Field>
                <Field id={`unit-${i}-nature`} label="单位性质" error={e?.nature?.message}>
                  <SelectInput
                    id={`unit-${i}-nature`}
                    error={e?.nature?.message}
                    {...form.register(`units.${i}.nature`)}
                  >
                    {UNIT_NATURES.map((n) => (
                      <option key={n} value={n}>
                        {UNIT_NATURE_LABELS[n]}
                      </option>
                    ))}
                  </SelectInput>
                </Field>
                <Field id={`unit-${i}-category`} label="事业单位类别" error={e?.category?.message}>
                  <TextInput
                    id={`unit-${i}-category`}
                    placeholder="如：公益一类"
                    error={e?.category?.message}
                    {...form.register(`units.${i}.category`)}
                  />
                </Field>
                <div className="pt-6">
                  <Button type="button" variant="ghost" onClick={() => units.remove(i)}>
                    删除<span className="sr-only">单位{i + 1}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          onClick={() => units.append({ id: null, name: "", nature: "administrative", category: "" })}
        >
          添加单位
        </Button>
      </fieldset>
      <div>
        <Button type="submit" pending={pending} pendingText="正在保存…">
          保存部门
        </Button>
      </div>
    </form>
  );
}
