"use client";

import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { addLocalSubjectAction } from "@/app/(app)/reports/[id]/actions";
import { fieldErrorsOf } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { FunctionItem } from "./function-lines-form";

type Name = "name" | "sectionName" | "className";

/**
 * The small form a code the year's catalog lacks opens in the grid's 添加科目: the 项's name and, when the
 * catalog lacks them too, its 款's and 类's — one step, no parent-first dance. The subject joins the
 * year's catalog marked as added locally (an admin confirms it later). Inside the section's form, so it
 * is not a <form> itself: Enter adds, Escape cancels, and neither submits the section.
 */
export function NewSubjectPanel({
  reportId,
  code,
  year,
  parents,
  onAdded,
  onCancel,
  initialName = "",
}: {
  reportId: number;
  code: string;
  year: number;
  /** 类 and 款 names of the year's catalog, by code. */
  parents: Record<string, string>;
  onAdded: (item: FunctionItem) => void;
  onCancel: () => void;
  /** The 项's name as a sheet gave it (the import preview), to confirm or correct. */
  initialName?: string;
}) {
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState<Record<Name, string>>({
    name: initialName,
    sectionName: "",
    className: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Name | "code", string>>>({});
  const [error, setError] = useState<string>();
  const classCode = code.slice(0, 3);
  const sectionCode = code.slice(0, 5);
  const className = parents[classCode];
  const sectionName = parents[sectionCode];
  useEffect(() => first.current?.focus(), []);

  const submit = () => {
    const input = {
      reportId,
      code,
      name: values.name,
      ...(sectionName === undefined ? { sectionName: values.sectionName } : {}),
      ...(className === undefined ? { className: values.className } : {}),
    };
    startTransition(async () => {
      // The schema (and zod) load when a subject is first added, not with the page.
      const loaded = await import("@/lib/catalog.schema").catch(() => null);
      if (!loaded) return setError("未能加载，请检查网络后重试。");
      const { ZAddLocalSubject } = loaded;
      const parsed = ZAddLocalSubject.safeParse(input);
      const missing: Partial<Record<Name, string>> = {};
      if (sectionName === undefined && !values.sectionName.trim()) missing.sectionName = `请填写款${sectionCode}的名称`;
      if (className === undefined && !values.className.trim()) missing.className = `请填写类${classCode}的名称`;
      if (!parsed.success || Object.keys(missing).length > 0) {
        setErrors({ ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...missing });
        return;
      }
      setErrors({});
      const result = await addLocalSubjectAction(parsed.data);
      if (result.ok) {
        onAdded(result.data);
        return;
      }
      const fieldErrors = result.fieldErrors ?? {};
      setErrors(fieldErrors);
      setError(Object.keys(fieldErrors).length > 0 ? undefined : result.error);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  };

  const input = (name: Name, label: string, ref?: typeof first) => (
    <Field id={`${id}-${name}`} label={label} error={errors[name]}>
      <TextInput
        ref={ref}
        id={`${id}-${name}`}
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        onKeyDown={onKeyDown}
        className="w-64"
        error={errors[name]}
        maxLength={60}
      />
    </Field>
  );

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
      data-testid="new-subject-panel"
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold">
        {year}年功能分类科目表中没有科目 {code}：填写名称后添加
      </h2>
      <p className="text-xs text-slate-700">
        添加到{year}年科目表，标为“填报时添加”：本报告可立即使用；管理员核对确认前，审核中会有一条警告。
        {className !== undefined && (
          <>
            所属类：{classCode} {className}。
          </>
        )}
        {sectionName !== undefined && (
          <>
            所属款：{sectionCode} {sectionName}。
          </>
        )}
      </p>
      <FormMessage kind="error">{error ?? errors.code}</FormMessage>
      <div className="flex flex-wrap items-start gap-3">
        {input("name", `项名称（${code}）`, first)}
        {sectionName === undefined && input("sectionName", `款名称（${sectionCode}，科目表中也没有）`)}
        {className === undefined && input("className", `类名称（${classCode}，科目表中也没有）`)}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={submit} pending={pending} pendingText="正在添加…">
          添加到科目表并加入本表
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
          取消
        </Button>
      </div>
    </div>
  );
}
