"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Link } from "@/components/ui/link";
import { useForm } from "react-hook-form";
import { saveFundsAction } from "@/app/(app)/reports/[id]/actions";
import { formatYuan } from "@/lib/money";
import type { FundLine } from "@/lib/reports/sections/funds";
import type { TFunds } from "@/lib/reports/sections/funds.schema";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const fundsResolver = lazyZodResolver(() => import("@/lib/reports/sections/funds.schema").then((m) => m.ZFunds));

function FundTable({ caption, lines }: { caption: string; lines: FundLine[] }) {
  if (lines.length === 0) return <p className="text-sm text-slate-500">收入支出（功能分类）中没有{caption}数据。</p>;
  const cols: [keyof FundLine, string][] = [
    ["carryStart", "年初结转和结余"],
    ["income", "本年收入"],
    ["basic", "基本支出"],
    ["project", "项目支出"],
    ["carryEnd", "年末结转和结余"],
    ["initialBudget", "年初预算数"],
  ];
  return (
    <table className="min-w-full rounded-lg border border-slate-200 bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-50 text-slate-600">
        <tr>
          <th scope="col" className="px-2 py-1.5 text-left font-medium">
            科目
          </th>
          {cols.map(([, label]) => (
            <th key={label} scope="col" className="px-2 py-1.5 text-right font-medium">
              {label}（元）
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.code} className="border-t border-slate-100">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {l.code} {l.name}
            </th>
            {cols.map(([k]) => (
              <td key={k} className="px-2 py-1 text-right tabular">
                {formatYuan(l[k] as number)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FundsForm({
  initial,
  govFund,
  stateCapital,
  ...frame
}: SectionFrameProps & {
  initial: TFunds;
  govFund: FundLine[];
  stateCapital: FundLine[];
}) {
  const form = useForm<TFunds>({ resolver: fundsResolver, defaultValues: initial, shouldFocusError: false });
  const { shell } = useSectionSave(form, frame, (p) => saveFundsAction({ ...p, reportId: frame.reportId }));
  const errors = form.formState.errors;
  const box = (name: keyof TFunds, label: string, disabled: boolean) => (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          disabled={disabled}
          aria-describedby={errors[name] ? `${name}-error` : undefined}
          {...form.register(name)}
        />
        {label}
      </label>
      {errors[name]?.message && (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {errors[name]?.message}
        </p>
      )}
    </div>
  );
  return (
    <SectionShell {...shell}>
      <p className="text-sm text-slate-700">
        政府性基金和国有资本经营预算的收支在
        <Link href={`/reports/${frame.reportId}/function-lines`} className="text-brand-700 hover:underline">
          收入支出（功能分类）
        </Link>
        中按科目填列，这里汇总显示；没有此项收支时请明确说明，公开文本将写明“本部门无此项收支”，08、09表注明无数据。
      </p>
      <section className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">政府性基金预算财政拨款</h2>
        <FundTable caption="政府性基金" lines={govFund} />
        {box("noGovFundActivity", "本部门本年度无政府性基金预算财政拨款收入、支出及结转结余", govFund.length > 0)}
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">国有资本经营预算财政拨款</h2>
        <FundTable caption="国有资本经营预算" lines={stateCapital} />
        {box("noStateCapitalActivity", "本部门本年度没有使用国有资本经营预算安排的支出", stateCapital.length > 0)}
      </section>
    </SectionShell>
  );
}
