"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { saveFindingNotesAction } from "@/app/(app)/reports/[id]/workflow-actions";
import type { Finding } from "@/lib/rules";
import { z } from "zod";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { SectionShell } from "@/components/sections/section-shell";
import { useSectionSave, type SectionFrameProps } from "@/components/sections/use-section-form";

const ZNotesForm = z.object({
  notes: z.array(z.object({ key: z.string(), text: z.string().trim().max(2000, { error: "说明最多2000个字" }) })),
});
type TNotesForm = z.infer<typeof ZNotesForm>;

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
    resolver: zodResolver(ZNotesForm),
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
