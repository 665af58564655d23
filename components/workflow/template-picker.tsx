"use client";

import { useId, useState, useTransition } from "react";
import { setReportTemplateAction } from "@/app/(app)/reports/[id]/workflow-actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, SelectInput } from "@/components/ui/field";

export interface TemplateChoice {
  id: string;
  name: string;
  region: string;
  year: number;
}

/**
 * 更换公开模板 of a draft: the layout of the document changes; no figure or text does. Reasons the new
 * layout does not print are kept and shown as 已不需要 on the 说明 page.
 */
export function TemplatePicker({
  reportId,
  version,
  current,
  choices,
}: {
  reportId: number;
  version: number;
  current: string;
  choices: TemplateChoice[];
}) {
  const id = useId();
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();
  const change = () => {
    const chosen = choices.find((c) => c.id === value);
    if (!chosen || value === current) return;
    if (!window.confirm(`将公开模板更换为“${chosen.name}”？只改变公开文本的版式和句式，已填写的数字和文字都保留。`))
      return;
    startTransition(async () => {
      const result = await setReportTemplateAction({ reportId, version, templateId: value });
      if (result.ok) {
        setError(undefined);
        setDone(`已更换为“${chosen.name}”。`);
      } else setError(result.error);
    });
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Field id={id} label="更换公开模板" error={error}>
        <SelectInput id={id} value={value} error={error} onChange={(e) => setValue(e.target.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}（{c.region}，{c.year}年度）
            </option>
          ))}
        </SelectInput>
      </Field>
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        pendingText="正在更换…"
        disabled={value === current}
        onClick={change}
      >
        更换
      </Button>
      <FormMessage kind="success">{done}</FormMessage>
    </div>
  );
}
