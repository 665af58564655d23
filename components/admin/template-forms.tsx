"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { deriveTemplateAction, importTemplateAction } from "@/app/(app)/admin/templates/actions";
import type { TDeriveTemplate } from "@/lib/templates/templates.schema";
import { applyResult } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, SelectInput, TextInput } from "@/components/ui/field";

const deriveTemplateResolver = lazyZodResolver(() =>
  import("@/lib/templates/templates.schema").then((m) => m.ZDeriveTemplate),
);

export interface TemplateOption {
  id: string;
  name: string;
  region: string;
  year: number;
}

/** 派生新模板: copy an existing template for another year or region, then edit it. */
export function DeriveTemplateForm({ templates }: { templates: TemplateOption[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const latest = templates.at(-1);
  const form = useForm<TDeriveTemplate>({
    resolver: deriveTemplateResolver,
    defaultValues: {
      fromId: latest?.id ?? "",
      id: "",
      name: "",
      region: latest?.region ?? "",
      year: (latest?.year ?? 2024) + 1,
    },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await deriveTemplateAction(values);
      if (applyResult(form, result, setError)) router.push(`/admin/templates/${result.data.id}`);
    }),
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 className="text-base font-semibold">派生新模板</h2>
      <p className="text-sm text-slate-600">以现有模板为基础，为新的年度或地区复制一份，再逐项修改标题、句式和表格。</p>
      <FormMessage kind="error">{error}</FormMessage>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Field id="dt-fromId" label="基础模板" error={errors.fromId?.message}>
          <SelectInput id="dt-fromId" error={errors.fromId?.message} {...form.register("fromId")}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}（{t.id}）
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field id="dt-id" label="新模板编号" error={errors.id?.message} hint="如 shanghai-2025">
          <TextInput id="dt-id" error={errors.id?.message} hint="如 shanghai-2025" {...form.register("id")} />
        </Field>
        <Field id="dt-name" label="模板名称" error={errors.name?.message} hint="如 2025年度部门决算公开（上海）">
          <TextInput
            id="dt-name"
            error={errors.name?.message}
            hint="如 2025年度部门决算公开（上海）"
            {...form.register("name")}
          />
        </Field>
        <Field id="dt-region" label="适用地区" error={errors.region?.message}>
          <TextInput id="dt-region" error={errors.region?.message} {...form.register("region")} />
        </Field>
        <Field id="dt-year" label="适用年度" error={errors.year?.message}>
          <TextInput
            id="dt-year"
            inputMode="numeric"
            error={errors.year?.message}
            {...form.register("year", { setValueAs: (v: string) => (v === "" ? undefined : Number(v)) })}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" pending={pending} pendingText="正在派生…">
          派生并编辑
        </Button>
      </div>
    </form>
  );
}

/** 导入模板: a JSON file exported from this system (or edited by hand), validated before it is saved. */
export function ImportTemplateForm() {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  const onFile = (file: File | undefined) => {
    if (!file) return;
    setDone(undefined);
    if (file.size > 1_000_000) {
      setErrors(["文件过大（最多1 MB）"]);
      return;
    }
    startTransition(async () => {
      const json = await file.text();
      const result = await importTemplateAction({ json });
      if (!result.ok) setErrors([result.error]);
      else if (result.data.errors.length) setErrors(result.data.errors);
      else {
        setErrors([]);
        setDone(`已导入模板“${result.data.id}”。`);
      }
    });
  };
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">导入模板</h2>
      <p className="text-sm text-slate-600">选择从本系统导出的模板 JSON 文件；编号已存在时作为该模板的新版本保存。</p>
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          模板文件（.json）
        </label>
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          disabled={pending}
          aria-describedby={errors.length ? `${id}-errors` : undefined}
          className="mt-1 block text-sm"
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </div>
      {pending && <p className="text-sm text-slate-600">正在检查并导入…</p>}
      <FormMessage kind="success">{done}</FormMessage>
      {errors.length > 0 && (
        <div
          id={`${id}-errors`}
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p className="font-medium">未导入，模板有以下问题：</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
