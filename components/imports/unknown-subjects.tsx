"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { recheckImportAction } from "@/app/(app)/reports/[id]/import/actions";
import { NewSubjectPanel } from "@/components/sections/new-subject-panel";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/**
 * The 功能分类 codes the year's catalog lacks: each added in one step through the grid's own 添加科目
 * (its name taken from the sheet), then the same file is read again into a new preview.
 */
export function UnknownSubjects({
  reportId,
  importId,
  year,
  parents,
  subjects,
}: {
  reportId: number;
  importId: number;
  year: number;
  parents: Record<string, string>;
  subjects: { code: string; name: string }[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState<string>();
  const [added, setAdded] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const recheck = () =>
    startTransition(async () => {
      const result = await recheckImportAction({ reportId, importId });
      if (!result.ok) return setError(result.error);
      if (result.data.id === null) return setError(result.data.errors.join(" "));
      router.push(`/reports/${reportId}/import/${result.data.id}`);
    });
  return (
    <section
      aria-labelledby="unknown-title"
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-white p-4"
    >
      <h2 id="unknown-title" className="text-base font-semibold">
        科目表中没有的科目编码（{subjects.length}个）
      </h2>
      <p className="text-sm text-slate-700">
        若编码无误，可添加到{year}年科目表（标为“填报时添加”，待管理员确认），再重新核对文件；若编码有误，请在 Excel
        中改正后重新上传。
      </p>
      <ul className="flex flex-col gap-2">
        {subjects.map((s) => (
          <li key={s.code} className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span className="tabular">{s.code}</span>
              <span>{s.name || "（表中未写名称）"}</span>
              {added.includes(s.code) ? (
                <span className="text-green-800">已添加</span>
              ) : (
                <Button type="button" variant="secondary" onClick={() => setOpen(s.code)} disabled={pending}>
                  添加 {s.code} 到科目表
                </Button>
              )}
            </div>
            {open === s.code && (
              <NewSubjectPanel
                reportId={reportId}
                code={s.code}
                year={year}
                parents={parents}
                initialName={s.name}
                onAdded={() => {
                  setAdded((a) => [...a, s.code]);
                  setOpen(undefined);
                }}
                onCancel={() => setOpen(undefined)}
              />
            )}
          </li>
        ))}
      </ul>
      <FormMessage kind="error">{error}</FormMessage>
      <div>
        <Button
          type="button"
          onClick={recheck}
          pending={pending}
          pendingText="正在重新核对…"
          disabled={added.length === 0}
        >
          重新核对文件
        </Button>
      </div>
    </section>
  );
}
