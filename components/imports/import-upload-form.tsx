"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { Field, SelectInput } from "@/components/ui/field";

const MAX_BYTES = 5 * 1024 * 1024;

type Answer = { ok: true; id: number } | { ok: false; errors: string[] };

/**
 * 导入Excel: the part of the report and the workbook. The file is sent with a progress bar (upload),
 * then the server reads it (an indeterminate bar); the next page is the preview. Nothing is saved yet.
 */
export function ImportUploadForm({
  reportId,
  sections,
  defaultSection,
}: {
  reportId: number;
  sections: { key: string; label: string }[];
  defaultSection: string;
}) {
  const router = useRouter();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<"idle" | "uploading" | "reading">("idle");
  const [percent, setPercent] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = file.current?.files?.[0];
    if (!chosen) return setErrors(["请选择要导入的 Excel 文件（.xlsx）。"]);
    if (chosen.size > MAX_BYTES) return setErrors(["文件超过5 MB。"]);
    setErrors([]);
    setStage("uploading");
    setPercent(0);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/reports/${reportId}/import/upload`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => setStage("reading");
    xhr.onload = () => {
      let body: Answer | null;
      try {
        body = JSON.parse(xhr.responseText) as Answer;
      } catch {
        body = null;
      }
      if (body?.ok) {
        router.push(`/reports/${reportId}/import/${body.id}`);
        return;
      }
      setErrors(body?.errors ?? ["系统暂时无法读取文件，请稍后重试。"]);
      setStage("idle");
    };
    xhr.onerror = () => {
      setErrors(["网络错误，文件未能上传，请重试。"]);
      setStage("idle");
    };
    xhr.send(data);
  }

  const busy = stage !== "idle";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="flex max-w-2xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        导入Excel
      </h2>
      <p className="text-xs text-slate-600">
        上传“下载导入模板”得到的工作簿（可在其中修改、粘贴会计软件导出的数据）、一个每部分一张工作表的工作簿，或已公开报告的
        Excel（九张决算表，选“整个报告”）。上传后先显示预览，确认后才保存。
      </p>
      <Field id={`${id}-section`} label="导入的部分">
        <SelectInput id={`${id}-section`} name="section" defaultValue={defaultSection} disabled={busy}>
          <option value="">整个报告（工作簿中的每张表）</option>
          {sections.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </SelectInput>
      </Field>
      <FileField
        id={`${id}-file`}
        label="Excel 文件（.xlsx，不超过5 MB，每张表不超过5000行）"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        inputRef={file}
        errors={errors}
        errorsTitle="文件未能读取："
        disabled={busy}
      />
      {busy && (
        <div role="status" className="flex flex-col gap-1 text-sm text-slate-700">
          <label htmlFor={`${id}-progress`}>{stage === "uploading" ? `正在上传…${percent}%` : "正在读取文件…"}</label>
          <progress
            id={`${id}-progress`}
            className="h-2 w-full"
            max={100}
            {...(stage === "uploading" ? { value: percent } : {})}
          />
        </div>
      )}
      <div>
        <Button type="submit" pending={busy} pendingText={stage === "uploading" ? "正在上传…" : "正在读取文件…"}>
          上传并预览
        </Button>
      </div>
    </form>
  );
}
