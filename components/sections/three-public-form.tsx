"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { saveThreePublicAction } from "@/app/(app)/reports/[id]/actions";
import { formatYuan, parseMoney } from "@/lib/money";
import type { TThreePublic, TThreePublicInput } from "@/lib/reports/sections/three-public.schema";
import { QUANTITY_FIELDS } from "@/lib/reports/sections/columns";
import { useEditHistory } from "@/components/grids/edit-history";
import { MoneyGrid } from "@/components/grids/money-grid";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import type { CarriedNotice } from "@/lib/reports/sections/carried";
import { CarriedNoticeBox } from "./carried-notice";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";
import { THREE_PUBLIC_LABELS } from "@/lib/domain";

const threePublicResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/three-public.schema").then((m) => m.ZThreePublic),
);

const COLUMNS = [
  { field: "initialBudget", group: "金额（元）", header: "年初预算数" },
  { field: "actual", group: "金额（元）", header: "决算数" },
  { field: "priorYear", group: "金额（元）", header: "上年决算数" },
];

export function ThreePublicForm({
  initial,
  carried,
  ...frame
}: SectionFrameProps & {
  initial: TThreePublicInput;
  /** Last year's 实物量 still to confirm (待确认), if any. */
  carried: CarriedNotice | null;
}) {
  const form = useForm<TThreePublicInput, unknown, TThreePublic>({
    resolver: threePublicResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const [gridMessage, setGridMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const history = useEditHistory();
  const { shell } = useSectionSave(form, frame, (p) => saveThreePublicAction({ ...p, reportId: frame.reportId }), {
    rowKeys: { amounts: "item" },
    rowLabel: (_a, row) => THREE_PUBLIC_LABELS[row.item as keyof typeof THREE_PUBLIC_LABELS] ?? String(row.item),
  });
  const amounts = useWatch({ control: form.control, name: "amounts" }) ?? [];
  const total = (key: "initialBudget" | "actual" | "priorYear") => {
    let sum = 0;
    for (const a of amounts) {
      const r = parseMoney(a?.[key] ?? "");
      if (!r.ok) return "—";
      sum += r.fen;
    }
    return formatYuan(sum);
  };
  const errors = form.formState.errors;
  return (
    <SectionShell {...shell}>
      {gridMessage && <FormMessage kind={gridMessage.kind}>{gridMessage.text}</FormMessage>}
      <MoneyGrid
        id="tp"
        caption="“三公”经费"
        form={form}
        arrayName="amounts"
        rows={initial.amounts.map((a, index) => ({ index, code: "", name: THREE_PUBLIC_LABELS[a.item] }))}
        columns={COLUMNS}
        readOnly={!frame.canEdit}
        history={history}
        onMessage={setGridMessage}
      />
      <p className="text-sm text-slate-700" data-testid="three-public-totals">
        “三公”经费合计：年初预算 <strong className="tabular">{total("initialBudget")}</strong> 元，决算{" "}
        <strong className="tabular">{total("actual")}</strong> 元，上年决算{" "}
        <strong className="tabular">{total("priorYear")}</strong> 元。
      </p>
      {carried && <CarriedNoticeBox notice={carried} form={form} canEdit={frame.canEdit} />}
      <fieldset
        className={`min-w-0 grid gap-4 rounded-lg border bg-white p-4 md:grid-cols-2 ${carried ? "border-amber-300" : "border-slate-200"}`}
      >
        <legend className="px-1 text-sm font-semibold">实物量{carried ? "（待确认）" : ""}</legend>
        {QUANTITY_FIELDS.map(([name, label]) => (
          <Field key={name} id={`q-${name}`} label={label} error={errors.quantities?.[name]?.message}>
            <TextInput
              id={`q-${name}`}
              inputMode="numeric"
              className="w-40 text-right tabular"
              error={errors.quantities?.[name]?.message}
              {...form.register(`quantities.${name}`)}
            />
          </Field>
        ))}
      </fieldset>
    </SectionShell>
  );
}
