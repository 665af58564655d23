"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useMemo, useState } from "react";
import { useForm, useWatch, type Control } from "react-hook-form";
import { saveEconomicLinesAction } from "@/app/(app)/reports/[id]/actions";
import { isPersonnelCode } from "@/lib/disclosure/derive";
import { formatYuan, parseMoney } from "@/lib/money";
import type { TEconomicLines, TEconomicLinesInput } from "@/lib/reports/sections/economic-lines.schema";
import type { EconomicRow } from "@/lib/reports/sections/economic-lines";
import { useEditHistory } from "@/components/grids/edit-history";
import { MoneyGrid, type GridRow } from "@/components/grids/money-grid";
import { UnitToggle, useMoneyUnit } from "./unit-toggle";
import { FormMessage } from "@/components/ui/field";
import { SectionShell } from "./section-shell";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const economicLinesResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/economic-lines.schema").then((m) => m.ZEconomicLines),
);

const ROW_KEYS = { lines: "subjectCode" };
const COLUMNS = [
  { field: "amount", group: "一般公共预算财政拨款基本支出", header: "本年决算数" },
  { field: "priorYearAmount", group: "一般公共预算财政拨款基本支出", header: "上年决算数" },
];

export function EconomicLinesForm({
  initial,
  rows,
  functionBasicGeneralBudget,
  ...frame
}: SectionFrameProps & {
  initial: TEconomicLinesInput;
  rows: EconomicRow[];
  functionBasicGeneralBudget: number;
}) {
  const form = useForm<TEconomicLinesInput, unknown, TEconomicLines>({
    resolver: economicLinesResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const [gridMessage, setGridMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const history = useEditHistory();
  const [unit, setUnit] = useMoneyUnit(frame.draft.userId);
  const { shell } = useSectionSave(form, frame, (p) => saveEconomicLinesAction({ ...p, reportId: frame.reportId }), {
    rowKeys: ROW_KEYS,
  });
  const grid = (id: string, caption: string, personnel: boolean) => (
    <MoneyGrid
      id={id}
      caption={caption}
      form={form}
      arrayName="lines"
      rows={personnel ? personnelRows : otherRows}
      columns={COLUMNS}
      readOnly={!frame.canEdit}
      unit={unit}
      history={history}
      onMessage={setGridMessage}
    />
  );
  // Memoised, so that a render of the form that changes no row re-renders none of the grids' cells.
  const [personnelRows, otherRows] = useMemo(() => {
    const all: GridRow[] = rows.map((r, index) => ({
      index,
      code: r.code,
      name: r.name,
      detail: `${r.classCode} ${r.className}`,
    }));
    return [all.filter((r) => isPersonnelCode(r.code)), all.filter((r) => !isPersonnelCode(r.code))];
  }, [rows]);

  return (
    <SectionShell {...shell}>
      <Totals control={form.control} functionBasic={functionBasicGeneralBudget} />
      <p className="text-xs text-slate-600">
        没有支出的科目留空。可从 Excel 粘贴本年、上年两列；带科目编码列时按编码对应到行。
      </p>
      <UnitToggle unit={unit} onChange={setUnit} />
      {gridMessage && <FormMessage kind={gridMessage.kind}>{gridMessage.text}</FormMessage>}
      <h2 className="text-base font-semibold">人员经费（工资福利支出、对个人和家庭的补助）</h2>
      {grid("el-p", "人员经费", true)}
      <h2 className="text-base font-semibold">公用经费（商品和服务支出、资本性支出等）</h2>
      {grid("el-c", "公用经费", false)}
    </SectionShell>
  );
}

function Totals({
  control,
  functionBasic,
}: {
  control: Control<TEconomicLinesInput, unknown, TEconomicLines>;
  functionBasic: number;
}) {
  const lines = useWatch({ control, name: "lines" }) ?? [];
  let personnel: number | null = 0;
  let publicUse: number | null = 0;
  for (const line of lines) {
    const r = parseMoney(line?.amount ?? "");
    if (!r.ok) {
      if (isPersonnelCode(line?.subjectCode ?? "")) personnel = null;
      else publicUse = null;
      continue;
    }
    if (isPersonnelCode(line?.subjectCode ?? "")) personnel = personnel === null ? null : personnel + r.fen;
    else publicUse = publicUse === null ? null : publicUse + r.fen;
  }
  const basic = personnel === null || publicUse === null ? null : personnel + publicUse;
  const diff = basic === null ? null : basic - functionBasic;
  const show = (v: number | null) => (v === null ? "—" : formatYuan(v));
  return (
    <div className="flex flex-col gap-2">
      <dl className="grid grid-cols-3 gap-3">
        {(
          [
            ["人员经费合计", personnel],
            ["公用经费合计", publicUse],
            ["基本支出合计", basic],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-500">{label}（元）</dt>
            <dd className="tabular font-semibold" data-testid={`total-${label}`}>
              {show(value)}
            </dd>
          </div>
        ))}
      </dl>
      <p
        role="status"
        data-testid="basic-check"
        className={`text-sm ${diff === 0 ? "text-green-700" : "text-amber-800"}`}
      >
        {diff === null
          ? "有无法识别的金额，暂不能核对。"
          : diff === 0
            ? `与功能分类中一般公共预算财政拨款基本支出（${formatYuan(functionBasic)}元）相符。`
            : `与功能分类中一般公共预算财政拨款基本支出（${formatYuan(functionBasic)}元）不符，相差${formatYuan(diff)}元。`}
      </p>
    </div>
  );
}
