"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { ColumnDef } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { addSubjectAction } from "@/app/(app)/admin/actions";
import { ZAddSubject, type TAddSubject } from "@/lib/catalog.schema";
import { applyResult } from "@/components/forms/apply-result";
import { DataTable } from "@/components/grids/data-table";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";

export interface CatalogItemRow {
  code: string;
  name: string;
  levelLabel: string;
  validFrom: number;
}

const columns: ColumnDef<CatalogItemRow>[] = [
  { accessorKey: "code", header: "科目编码" },
  { accessorKey: "name", header: "科目名称" },
  { accessorKey: "levelLabel", header: "级次" },
  { accessorKey: "validFrom", header: "起始年度", enableGlobalFilter: false },
];

export function CatalogView({ kind, rows }: { kind: "function" | "economic"; rows: CatalogItemRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const form = useForm<TAddSubject>({
    resolver: zodResolver(ZAddSubject),
    defaultValues: { kind, code: "", name: "", validFrom: 2020 },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setAdded(undefined);
      const result = await addSubjectAction(values);
      if (applyResult(form, result, setError)) {
        setAdded(`已添加科目 ${values.code} ${values.name}。`);
        form.reset({ kind, code: "", name: "", validFrom: values.validFrom });
        router.refresh();
      }
    }),
  );
  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={onSubmit}
        noValidate
        className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div className="basis-full">
          <FormMessage kind="error">{error}</FormMessage>
          <FormMessage kind="success">{added}</FormMessage>
        </div>
        <Field id="subject-code" label="科目编码" error={errors.code?.message}>
          <TextInput
            id="subject-code"
            inputMode="numeric"
            className="w-36"
            error={errors.code?.message}
            {...form.register("code")}
          />
        </Field>
        <Field id="subject-name" label="科目名称" error={errors.name?.message}>
          <TextInput id="subject-name" className="w-72" error={errors.name?.message} {...form.register("name")} />
        </Field>
        <Field id="subject-validFrom" label="起始年度" error={errors.validFrom?.message}>
          <TextInput
            id="subject-validFrom"
            type="number"
            className="w-28"
            error={errors.validFrom?.message}
            {...form.register("validFrom", { valueAsNumber: true })}
          />
        </Field>
        <div className="pt-6">
          <Button type="submit" pending={pending} pendingText="正在添加…">
            添加科目
          </Button>
        </div>
      </form>
      <DataTable
        caption="科目表"
        data={rows}
        columns={columns}
        searchLabel="搜索科目"
        initialSorting={[{ id: "code", desc: false }]}
      />
    </div>
  );
}
