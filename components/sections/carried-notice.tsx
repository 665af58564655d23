"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { CarriedNotice } from "@/lib/reports/sections/carried";

/**
 * 待确认: facts carried from last year's published report, shown above their fields with last year's
 * values. Until the clerk ticks “与上年相同，确认沿用” or changes them — and saves — they are not printed as
 * this year's facts and the section is not 已填写 (docs/decisions/016-rollover-and-to-confirm.md).
 */
export function CarriedNoticeBox<F extends FieldValues & { confirmCarried?: boolean }>({
  notice,
  form,
  canEdit,
}: {
  notice: CarriedNotice;
  form: UseFormReturn<F, unknown, unknown>;
  canEdit: boolean;
}) {
  const id = `carried-${notice.group}`;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-slate-900"
      data-testid={id}
    >
      <h2 id={`${id}-title`} className="font-semibold">
        <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs text-amber-950">待确认</span>
        {notice.label}取自{notice.fromYear}年度已公开的决算
      </h2>
      <p className="mt-1 text-slate-700">
        下面的数据是{notice.fromYear}
        年度的，请逐项核对本年度（截至年底）的情况：相同的勾选“与上年相同，确认沿用”，不同的直接修改；保存后生效。确认前，公开文本不列示这些内容，本部分也不计为已填写。
      </p>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2" aria-label={`${notice.fromYear}年度的数据`}>
        {notice.prior.map((p) => (
          <div key={p.label} className="flex gap-2">
            <dt className="shrink-0 text-slate-600">{p.label}：</dt>
            <dd className="tabular">{p.value}</dd>
          </div>
        ))}
      </dl>
      {canEdit && (
        <label className="mt-3 flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            className="h-4 w-4"
            data-field="confirmCarried"
            {...form.register("confirmCarried" as Path<F>)}
          />
          与上年相同，确认沿用（{notice.label}）
        </label>
      )}
    </section>
  );
}
