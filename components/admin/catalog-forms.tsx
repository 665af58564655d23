"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { addSubjectAction } from "@/app/(app)/admin/actions";
import type { TAddSubject } from "@/lib/catalog.schema";
import { CATALOG_KIND_LABELS, CATALOG_KINDS, type CatalogKind } from "@/lib/domain";
import { applyResult } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { Field, FormMessage, SelectInput, TextInput } from "@/components/ui/field";

const addSubjectResolver = lazyZodResolver(() => import("@/lib/catalog.schema").then((m) => m.ZAddSubject));

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * 导入科目表: the year, the kind and the official file (.xlsx or .csv). Uploading only reads the file:
 * the next page shows what would change against the year before, and the admin applies it there.
 */
export function CatalogImportForm({ kind, defaultYear }: { kind: CatalogKind; defaultYear: number }) {
  const router = useRouter();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [yearError, setYearError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const year = Number(data.get("year"));
    const chosen = file.current?.files?.[0];
    setYearError(Number.isInteger(year) && year >= 2000 && year <= 2100 ? undefined : "请填写正确的年度（2000–2100）");
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return;
    if (!chosen) return setErrors(["请选择要导入的文件（.xlsx 或 .csv）。"]);
    if (chosen.size > MAX_BYTES) return setErrors(["文件超过5 MB。"]);
    setErrors([]);
    setPending(true);
    try {
      const response = await fetch("/admin/catalogs/upload", { method: "POST", body: data });
      const body = (await response.json().catch(() => null)) as
        { ok: true; id: number } | { ok: false; errors: string[] } | null;
      if (body?.ok) {
        router.push(`/admin/catalogs/imports/${body.id}`);
        return;
      }
      setErrors(body?.errors ?? ["系统暂时无法读取文件，请稍后重试。"]);
    } catch {
      setErrors(["网络错误，文件未能上传，请重试。"]);
    }
    setPending(false);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        导入科目表文件
      </h2>
      <p className="text-xs text-slate-600">
        财政部门发布的科目表（Excel .xlsx 或
        CSV）：须有“科目编码”“科目名称”两列，标题行、空行和其他列不影响；类、款、项按编码位数识别。上传后先预览与上一年度相比的变化，确认后才导入。
      </p>
      <div className="flex flex-wrap gap-3">
        <Field id={`${id}-year`} label="年度" error={yearError}>
          <TextInput
            id={`${id}-year`}
            name="year"
            type="number"
            inputMode="numeric"
            defaultValue={defaultYear}
            className="w-28"
            error={yearError}
          />
        </Field>
        <Field id={`${id}-kind`} label="科目表类别">
          <SelectInput id={`${id}-kind`} name="kind" defaultValue={kind}>
            {CATALOG_KINDS.map((k) => (
              <option key={k} value={k}>
                {CATALOG_KIND_LABELS[k]}
              </option>
            ))}
          </SelectInput>
        </Field>
      </div>
      <FileField
        id={`${id}-file`}
        label="科目表文件（.xlsx 或 .csv，不超过5 MB）"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        inputRef={file}
        errors={errors}
        errorsTitle="文件未能导入："
      />
      <div>
        <Button type="submit" pending={pending} pendingText="正在读取文件…">
          上传并预览变化
        </Button>
      </div>
    </form>
  );
}

/**
 * 添加科目 by hand to a year's catalog: with its 款 and 类 named in the same step when the catalog lacks
 * them (the year gets a catalog of its own, copied from the one in force, when it has none).
 */
export function AddSubjectForm({ kind, year }: { kind: CatalogKind; year: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const form = useForm<TAddSubject>({
    resolver: addSubjectResolver,
    defaultValues: { kind, year, code: "", name: "", sectionName: "", className: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setAdded(undefined);
      const result = await addSubjectAction(values);
      if (applyResult(form, result, setError)) {
        setAdded(
          `已添加科目 ${values.code} ${values.name}${result.data.length > 1 ? `（连同上级科目${result.data.slice(0, -1).join("、")}）` : ""}。`,
        );
        form.reset({ kind, year: values.year, code: "", name: "", sectionName: "", className: "" });
      }
    }),
  );
  const field = (name: "code" | "name" | "sectionName" | "className", label: string, width: string, hint?: string) => (
    <Field id={`subject-${name}`} label={label} error={errors[name]?.message} hint={hint}>
      <TextInput
        id={`subject-${name}`}
        inputMode={name === "code" ? "numeric" : undefined}
        className={width}
        error={errors[name]?.message}
        hint={hint}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-subject-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="add-subject-title" className="text-base font-semibold">
        逐个添加科目（{CATALOG_KIND_LABELS[kind]}）
      </h2>
      <FormMessage kind="error">{error}</FormMessage>
      <FormMessage kind="success">{added}</FormMessage>
      <div className="flex flex-wrap items-start gap-3">
        <Field id="subject-year" label="年度" error={errors.year?.message}>
          <TextInput
            id="subject-year"
            type="number"
            className="w-28"
            error={errors.year?.message}
            {...form.register("year", { valueAsNumber: true })}
          />
        </Field>
        {field("code", "科目编码", "w-36")}
        {field("name", "科目名称", "w-64")}
      </div>
      <div className="flex flex-wrap items-start gap-3">
        {kind === "function" && field("sectionName", "款名称", "w-56", "上级款不在科目表中时填写")}
        {field("className", "类名称", "w-56", "上级类不在科目表中时填写")}
      </div>
      <div>
        <Button type="submit" pending={pending} pendingText="正在添加…">
          添加科目
        </Button>
      </div>
    </form>
  );
}
