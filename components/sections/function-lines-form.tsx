"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useId, useMemo, useState, type ClipboardEvent } from "react";
import { useFieldArray, useForm, useWatch, type Control } from "react-hook-form";
import { saveFunctionLinesAction } from "@/app/(app)/reports/[id]/actions";
import { BASIC_FIELDS, EXPENSE_FIELDS, INCOME_FIELDS, PROJECT_FIELDS } from "@/lib/disclosure/derive";
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "@/lib/disclosure/report-data";
import {
  FUNCTION_COLUMN_GROUPS,
  ZFunctionLines,
  type TFunctionLines,
  type TFunctionLinesInput,
} from "@/lib/reports/sections/function-lines.schema";
import { formatYuan, parseMoney } from "@/lib/money";
import { isBlock, parseClipboardGrid } from "@/lib/paste";
import { MoneyGrid, type GridRow } from "@/components/grids/money-grid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { SectionShell } from "./section-shell";
import { useHashTarget, useSectionSave } from "./use-section-form";

export interface FunctionItem {
  code: string;
  name: string;
  path: string;
}

type LineInput = TFunctionLinesInput["lines"][number];

const emptyLine = (subjectCode: string): LineInput =>
  ({ subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, ""])) }) as LineInput;

/** 分 of a typed amount, or null when it cannot be read (the field shows why). */
const fenOf = (text: string | undefined) => {
  const r = parseMoney(text ?? "");
  return r.ok ? r.fen : null;
};

function sumOf(lines: LineInput[], fields: readonly FunctionMoneyField[]): number | null {
  let total = 0;
  for (const line of lines) {
    for (const f of fields) {
      const v = fenOf(line?.[f]);
      if (v === null) return null;
      total += v;
    }
  }
  return total;
}

const show = (fen: number | null) => (fen === null ? "—" : formatYuan(fen));

export function FunctionLinesForm({
  reportId,
  version,
  canEdit,
  readOnlyReason,
  initial,
  catalog,
  year,
}: {
  reportId: number;
  version: number;
  canEdit: boolean;
  readOnlyReason?: string;
  initial: TFunctionLinesInput;
  catalog: FunctionItem[];
  year: number;
}) {
  const form = useForm<TFunctionLinesInput, unknown, TFunctionLines>({
    resolver: zodResolver(ZFunctionLines),
    defaultValues: initial,
  });
  const lines = useFieldArray({ control: form.control, name: "lines" });
  // The tab the clerk chose; until then, the tab holding the field a finding links to (#lines.0.x).
  const [chosenGroup, setGroupKey] = useState<string | null>(null);
  const hash = useHashTarget();
  const linkedGroup = FUNCTION_COLUMN_GROUPS.find((g) => g.columns.some((c) => c.field === hash.split(".").pop()));
  const groupKey = chosenGroup ?? linkedGroup?.key ?? FUNCTION_COLUMN_GROUPS[0]!.key;
  const [pasteMessage, setPasteMessage] = useState<string>();
  const [picker, setPicker] = useState("");
  const [pickerError, setPickerError] = useState<string>();
  const pickerId = useId();
  const catalogByCode = useMemo(() => new Map(catalog.map((c) => [c.code, c])), [catalog]);
  const group = FUNCTION_COLUMN_GROUPS.find((g) => g.key === groupKey)!;
  const { onSubmit, state } = useSectionSave(form, version, (p) => saveFunctionLinesAction({ ...p, reportId }));
  const errors = form.formState.errors;

  const rows: GridRow[] = lines.fields.map((field, index) => {
    const item = catalogByCode.get(field.subjectCode);
    return { index, code: field.subjectCode, name: item?.name ?? "（不在科目表中）", detail: item?.path };
  });

  /** Appends pasted rows: the first cell a subject code, the rest amounts of the shown columns. */
  const appendRows = useCallback(
    (block: string[][]) => {
      const present = new Set(form.getValues("lines").map((l) => l.subjectCode));
      const added: LineInput[] = [];
      for (const cells of block) {
        const code = (cells[0] ?? "").replace(/\s/g, "").slice(0, 20);
        const line = emptyLine(code);
        cells.slice(1).forEach((value, c) => {
          const column = group.columns[c];
          if (column) line[column.field] = value;
        });
        if (present.has(code)) continue; // a code already in the table is not added twice
        present.add(code);
        added.push(line);
      }
      if (added.length > 0) {
        lines.append(added, { shouldFocus: false });
        void form.trigger("lines");
      }
      return added.length;
    },
    [form, group.columns, lines],
  );

  const addSubject = () => {
    const code = picker.trim().match(/^\d{7}/)?.[0];
    if (!code) return setPickerError("请输入或选择7位项级科目编码，如 2013101");
    if (!catalogByCode.has(code)) return setPickerError(`科目编码${code}不在${year}年功能分类科目表的项级科目中`);
    if (form.getValues("lines").some((l) => l.subjectCode === code)) return setPickerError(`科目${code}已在表中`);
    setPickerError(undefined);
    lines.append(emptyLine(code));
    setPicker("");
  };

  const onPickerPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (!isBlock(text)) return;
    event.preventDefault();
    const parsed = parseClipboardGrid(text);
    if (!parsed.ok) return setPasteMessage(parsed.error);
    const n = appendRows(parsed.rows);
    setPasteMessage(`已添加${n}个科目（每行第一格为科目编码，其后为“${group.title}”各列）。`);
  };

  // The column tabs sit outside the form: a read-only user (whose fields are disabled) still switches them.
  return (
    <>
      <div role="group" aria-label="显示的列" className="mb-4 flex flex-wrap gap-2">
        {FUNCTION_COLUMN_GROUPS.map((g) => (
          <button
            key={g.key}
            type="button"
            aria-pressed={g.key === groupKey}
            onClick={() => setGroupKey(g.key)}
            className={`rounded-full border px-3 py-1 text-sm ${g.key === groupKey ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {g.title}
          </button>
        ))}
      </div>
      <SectionShell canEdit={canEdit} readOnlyReason={readOnlyReason} state={state} onSubmit={onSubmit}>
        <p className="text-xs text-slate-500">
          金额单位：元，最多两位小数。可从 Excel 复制一块单元格，粘贴到任一单元格，将向右、向下填入；Enter
          移到下一行，Tab 移到右侧。
        </p>
        <FormMessage kind="success">{pasteMessage}</FormMessage>
        {errors.lines?.message && <p className="text-sm text-red-700">{errors.lines.message}</p>}

        <MoneyGrid
          id="fl"
          caption={`功能分类收入支出：${group.title}`}
          form={form}
          arrayName="lines"
          rows={rows}
          columns={group.columns}
          onPasteMessage={setPasteMessage}
          rowActions={
            canEdit
              ? (row) => (
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => lines.remove(row.index)}
                    aria-label={`删除科目${row.code}`}
                  >
                    删除
                  </Button>
                )
              : undefined
          }
        />
        {lines.fields.map((f, i) => {
          const message = errors.lines?.[i]?.subjectCode?.message;
          return message ? (
            <p key={f.id} className="text-sm text-red-700">
              第{i + 1}行（{f.subjectCode || "无编码"}）：{message}
            </p>
          ) : null;
        })}

        {canEdit && (
          <div className="flex flex-wrap items-start gap-3">
            <Field id={pickerId} label="添加科目（输入编码或名称搜索；也可粘贴“编码＋金额”多行）" error={pickerError}>
              <TextInput
                id={pickerId}
                list={`${pickerId}-list`}
                value={picker}
                className="w-[28rem]"
                error={pickerError}
                onChange={(e) => setPicker(e.target.value)}
                onPaste={onPickerPaste}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    addSubject();
                  }
                }}
              />
            </Field>
            <datalist id={`${pickerId}-list`}>
              {catalog.map((c) => (
                <option key={c.code} value={`${c.code} ${c.name}（${c.path}）`} />
              ))}
            </datalist>
            <Button type="button" variant="secondary" className="mt-6" onClick={addSubject}>
              添加科目
            </Button>
          </div>
        )}

        <Totals control={form.control} columns={group.columns} catalog={catalogByCode} />

        <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">汇总数（元）</legend>
          {(
            [
              ["institutionFundUsed", "用事业基金弥补收支差额"],
              ["surplusDistribution", "结余分配（可为负数）"],
              ["priorYearGrandTotal", "上年收入支出总计（上年决算数）"],
              ["priorYearFiscalGrandTotal", "上年财政拨款收入支出总计（上年决算数）"],
            ] as const
          ).map(([name, label]) => (
            <Field key={name} id={`summary-${name}`} label={label} error={errors[name]?.message}>
              <TextInput
                id={`summary-${name}`}
                inputMode="decimal"
                className="text-right tabular"
                error={errors[name]?.message}
                {...form.register(name)}
              />
            </Field>
          ))}
        </fieldset>
      </SectionShell>
    </>
  );
}

/** Live subtotals per 类 and 款 and the grand totals, recomputed as the user types. */
function Totals({
  control,
  columns,
  catalog,
}: {
  control: Control<TFunctionLinesInput, unknown, TFunctionLines>;
  columns: { field: FunctionMoneyField; group: string; header: string }[];
  catalog: Map<string, FunctionItem>;
}) {
  const lines = (useWatch({ control, name: "lines" }) ?? []) as LineInput[];
  const groups = new Map<string, LineInput[]>();
  for (const line of lines) {
    const code = line?.subjectCode ?? "";
    for (const key of [code.slice(0, 3), code.slice(0, 5)]) {
      if (!key) continue;
      groups.set(key, [...(groups.get(key) ?? []), line]);
    }
  }
  const keys = [...groups.keys()].sort();
  const nameOf = (key: string) => {
    const item = [...catalog.values()].find((c) => c.code.startsWith(key));
    if (!item) return "";
    const [cls, sec] = item.path.split(" / ");
    return key.length === 3 ? cls : sec;
  };
  const headline: [string, readonly FunctionMoneyField[]][] = [
    ["本年收入合计", INCOME_FIELDS],
    ["本年支出合计", EXPENSE_FIELDS],
    ["基本支出", BASIC_FIELDS],
    ["项目支出", PROJECT_FIELDS],
    ["一般公共预算财政拨款支出", ["basicGeneralBudget", "projectGeneralBudget"]],
  ];
  return (
    <section aria-labelledby="fl-totals" className="flex flex-col gap-3">
      <h2 id="fl-totals" className="text-base font-semibold">
        合计（元，随输入更新）
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        {headline.map(([label, fields]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="tabular font-semibold" data-testid={`total-${label}`}>
              {show(sumOf(lines, fields))}
            </dd>
          </div>
        ))}
      </dl>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">按类、款的小计</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                类 / 款
              </th>
              {columns.map((c) => (
                <th key={c.field} scope="col" className="px-2 py-1.5 text-right font-medium whitespace-nowrap">
                  {c.group}·{c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            <tr className="font-semibold">
              <th scope="row" className="px-2 py-1 text-left">
                合计
              </th>
              {columns.map((c) => (
                <td key={c.field} className="px-2 py-1 text-right tabular">
                  {show(sumOf(lines, [c.field]))}
                </td>
              ))}
            </tr>
            {keys.map((key) => (
              <tr
                key={key}
                className={key.length === 3 ? "bg-slate-50/60 font-medium" : ""}
                data-testid={`subtotal-${key}`}
              >
                <th
                  scope="row"
                  className={`px-2 py-1 text-left font-normal whitespace-nowrap ${key.length === 5 ? "pl-6" : ""}`}
                >
                  <span className="tabular text-slate-500">{key}</span> {nameOf(key)}
                </th>
                {columns.map((c) => (
                  <td key={c.field} className="px-2 py-1 text-right tabular">
                    {show(sumOf(groups.get(key) ?? [], [c.field]))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
