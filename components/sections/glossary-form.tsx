"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useFieldArray, useForm } from "react-hook-form";
import { saveGlossaryAction } from "@/app/(app)/reports/[id]/actions";
import type { TGlossary } from "@/lib/reports/sections/glossary.schema";
import { Field, TextInput } from "@/components/ui/field";
import { TextArea } from "@/components/ui/textarea";
import { ListEditor } from "./list-editor";
import { useUndoableRemove } from "./undo-remove";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const glossaryResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/glossary.schema").then((m) => m.ZGlossary),
);

export function GlossaryForm({
  initial,
  ...frame
}: SectionFrameProps & {
  initial: TGlossary;
}) {
  const form = useForm<TGlossary>({
    resolver: glossaryResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const entries = useFieldArray({ control: form.control, name: "entries" });
  const { shell } = useSectionSave(form, frame, (p) => saveGlossaryAction({ ...p, reportId: frame.reportId }));
  const errors = form.formState.errors;
  const undoable = useUndoableRemove();
  return (
    <SectionShell {...shell}>
      {undoable.bar}
      <ListEditor
        legend="名词解释"
        count={entries.fields.length}
        addLabel="添加名词"
        onAdd={() => entries.append({ term: "", definition: "" })}
        onRemove={(i) =>
          undoable.remove(entries, form.getValues(`entries.${i}`), i, `名词“${form.getValues(`entries.${i}.term`)}”`)
        }
        onMove={entries.move}
        renderRow={(i) => (
          <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
            <Field id={`g-${i}-term`} label={`名词${i + 1}`} error={errors.entries?.[i]?.term?.message}>
              <TextInput
                id={`g-${i}-term`}
                error={errors.entries?.[i]?.term?.message}
                {...form.register(`entries.${i}.term`)}
              />
            </Field>
            <Field id={`g-${i}-definition`} label="解释" error={errors.entries?.[i]?.definition?.message}>
              <TextArea
                id={`g-${i}-definition`}
                rows={2}
                error={errors.entries?.[i]?.definition?.message}
                {...form.register(`entries.${i}.definition`)}
              />
            </Field>
          </div>
        )}
      />
    </SectionShell>
  );
}
