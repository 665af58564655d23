"use client";

import { useForm } from "react-hook-form";
import { saveFindingNotesAction } from "@/app/(app)/reports/[id]/workflow-actions";
import type { Finding } from "@/lib/rules";
import type { TFindingNotesForm as TNotesForm } from "@/lib/reports/workflow.schema";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { SectionShell } from "@/components/sections/section-shell";
import { useSectionSave, type SectionFrameProps } from "@/components/sections/use-section-form";

const notesResolver = lazyZodResolver(() => import("@/lib/reports/workflow.schema").then((m) => m.ZFindingNotesForm));

/** The 说明 for each warning; saved with the report's version like any entry. */
export function FindingNotesForm({
  warnings,
  notes,
  ...frame
}: SectionFrameProps & {
  warnings: Finding[];
  notes: Record<string, string>;
}) {
  const form = useForm<TNotesForm>({
    resolver: notesResolver,
    defaultValues: { notes: warnings.map((w) => ({ key: w.key, text: notes[w.key] ?? "" })) },
    shouldFocusError: false,
  });
  const { shell } = useSectionSave(
    form,
    frame,
    (p) => saveFindingNotesAction({ reportId: frame.reportId, version: p.version, notes: p.notes }),
    { rowKeys: { notes: "key" } },
  );
  return (
    <SectionShell {...shell}>
      {warnings.map((w, i) => (
        <Field
          key={w.key}
          id={`note-${i}`}
          label={`说明：${w.message}`}
          error={form.formState.errors.notes?.[i]?.text?.message}
        >
          <TextArea
            id={`note-${i}`}
            rows={2}
            error={form.formState.errors.notes?.[i]?.text?.message}
            {...form.register(`notes.${i}.text`)}
          />
        </Field>
      ))}
    </SectionShell>
  );
}
