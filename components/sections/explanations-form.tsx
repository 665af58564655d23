"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { saveExplanationsAction } from "@/app/(app)/reports/[id]/actions";
import type { ExplanationSlot } from "@/lib/disclosure/slots";
import type { TExplanations } from "@/lib/reports/sections/explanations.schema";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const explanationsResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/explanations.schema").then((m) => m.ZExplanations),
);

const FIELD_SUFFIX: Record<ExplanationSlot["state"], string> = {
  needed: "——主要原因",
  optional: "（选填）",
  stale: "——已不需要",
};

export function ExplanationsForm({
  slots,
  initial,
  ...frame
}: SectionFrameProps & {
  slots: ExplanationSlot[];
  initial: TExplanations;
}) {
  const form = useForm<TExplanations>({
    resolver: explanationsResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { shell } = useSectionSave(form, frame, (p) => saveExplanationsAction({ ...p, reportId: frame.reportId }));
  const errors = form.formState.errors;
  const sections = [...new Set(slots.map((s) => s.section))];
  if (slots.length === 0) {
    return <p className="text-sm text-slate-600">根据已填数据，没有需要说明原因的变动或预算差异。</p>;
  }
  return (
    <SectionShell {...shell}>
      {sections.map((section) => (
        <section key={section} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-sm font-semibold">{section}</h2>
          {slots.map((slot, i) =>
            slot.section !== section ? null : (
              <div key={slot.key} className="flex flex-col gap-1" data-state={slot.state}>
                {slot.state === "stale" && (
                  <p className="text-xs text-amber-800">
                    <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium">已不需要</span>{" "}
                    这一处的数字已无变化或差异，公开文本不会印出这段原因；请清除后保存。
                  </p>
                )}
                <Field
                  id={`ex-${i}`}
                  label={`${slot.label}${FIELD_SUFFIX[slot.state]}`}
                  hint={slot.figure || undefined}
                  error={errors.items?.[i]?.text?.message}
                >
                  <TextArea
                    id={`ex-${i}`}
                    rows={2}
                    placeholder={
                      slot.role === "purpose"
                        ? "如：保障机关日常运转"
                        : "只写原因本身，如：2020年较2019年减少信息化项目费用"
                    }
                    error={errors.items?.[i]?.text?.message}
                    hint={slot.figure || undefined}
                    data-slot={slot.key}
                    {...form.register(`items.${i}.text`)}
                  />
                </Field>
                {slot.state === "stale" && frame.canEdit && (
                  <div>
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => form.setValue(`items.${i}.text`, "", { shouldDirty: true })}
                    >
                      清除这段原因
                    </Button>
                  </div>
                )}
              </div>
            ),
          )}
        </section>
      ))}
    </SectionShell>
  );
}
