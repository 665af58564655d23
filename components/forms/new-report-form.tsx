"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createReportAction } from "@/app/(app)/reports/actions";
import type { TCreateReport } from "@/lib/reports/create-report.schema";
import { applyResult } from "./apply-result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";

const createReportResolver = lazyZodResolver(() =>
  import("@/lib/reports/create-report.schema").then((m) => m.ZCreateReport),
);

export function NewReportForm({ defaultYear }: { defaultYear: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const form = useForm<TCreateReport>({ resolver: createReportResolver, defaultValues: { year: defaultYear } });
  const yearError = form.formState.errors.year?.message;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await createReportAction(values);
      // A report started from an earlier published one opens on what was carried and what to confirm.
      if (applyResult(form, result, setError))
        router.push(`/reports/${result.data.id}${result.data.carriedFrom === null ? "" : "/rollover"}`);
    }),
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mb-6 flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <Field id="new-report-year" label="决算年度" error={yearError} hint="新建本部门该年度的部门决算公开报告">
        <TextInput
          id="new-report-year"
          type="number"
          inputMode="numeric"
          className="w-32"
          error={yearError}
          hint="新建本部门该年度的部门决算公开报告"
          {...form.register("year", { valueAsNumber: true })}
        />
      </Field>
      <div className="flex flex-col gap-2 pt-6">
        <Button type="submit" pending={pending} pendingText="正在新建…">
          新建年度报告
        </Button>
      </div>
      <div className="basis-full">
        <FormMessage kind="error">{error}</FormMessage>
      </div>
    </form>
  );
}
