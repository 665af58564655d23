"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ClipboardEvent } from "react";
import { useFieldArray, useForm, useWatch, type Control } from "react-hook-form";
import { saveFunctionLinesAction } from "@/app/(app)/reports/[id]/actions";
import { BASIC_FIELDS, EXPENSE_FIELDS, INCOME_FIELDS, PROJECT_FIELDS } from "@/lib/disclosure/derive";
import { FUNCTION_MONEY_FIELDS, type FunctionMoneyField } from "@/lib/disclosure/report-data";
import type { TFunctionLines, TFunctionLinesInput } from "@/lib/reports/sections/function-lines.schema";
import { FUNCTION_COLUMN_GROUPS } from "@/lib/reports/sections/columns";
import { formatYuan, parseMoney } from "@/lib/money";
import { isBlock } from "@/lib/paste";
import { useEditHistory } from "@/components/grids/edit-history";
import { MoneyGrid, type GridRow, type MoneyGridHandle } from "@/components/grids/money-grid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { MoneyInput } from "./money-input";
import { NewSubjectPanel } from "./new-subject-panel";
import { SectionShell } from "./section-shell";
import { UnitToggle, useMoneyUnit } from "./unit-toggle";
import { useSectionSave, type SectionFrameProps } from "./use-section-form";

const functionLinesResolver = lazyZodResolver(() =>
  import("@/lib/reports/sections/function-lines.schema").then((m) => m.ZFunctionLines),
);

export interface FunctionItem {
  code: string;
  name: string;
  path: string;
  /** Added by a clerk while entering, not yet confirmed by an admin. */
  unconfirmed?: boolean;
}

type LineInput = TFunctionLinesInput["lines"][number];

const emptyLine = (subjectCode: string): LineInput =>
  ({ subjectCode, ...Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, ""])) }) as LineInput;

/** Every column of the 收入支出 table, in the order of the 决算 forms. */
const COLUMNS = FUNCTION_COLUMN_GROUPS.flatMap((g) => g.columns);
const SETS = FUNCTION_COLUMN_GROUPS.map((g) => ({ key: g.key, title: g.title, fields: g.columns.map((c) => c.field) }));
const ROW_KEYS = { lines: "subjectCode" };

/** 分 of a typed amount, or null when it cannot be read (the field shows why). */
const fenOf = (text: string | undefined) => {
  const r = parseMoney(text ?? "");
  return r.ok ? r.fen : null;
};

const show = (fen: number | null) => (fen === null ? "—" : formatYuan(fen));

/**
 * The year's catalog, fetched from GET /reports/[id]/subjects once the page has loaded (not sent with
 * the page: 274 items and more, that only the 添加科目 picker and a paste of new subjects need).
 * `ready()` resolves with it when it is there (at once when it is), or with null when it cannot be
 * fetched (it is asked for again next time); `lookup` finds a subject in it as soon as it arrived.
 */
function useYearCatalog(reportId: number) {
  const [catalog, setCatalog] = useState<FunctionItem[] | null>(null);
  const byCode = useRef<Map<string, FunctionItem> | null>(null);
  const loading = useRef<Promise<FunctionItem[] | null> | null>(null);
  const ready = useCallback(() => {
    loading.current ??= fetch(`/reports/${reportId}/subjects`)
      .then((r) => (r.ok ? (r.json() as Promise<FunctionItem[]>) : null))
      .catch(() => null)
      .then((items) => {
        if (items) {
          byCode.current = new Map(items.map((c) => [c.code, c]));
          setCatalog(items);
        } else loading.current = null;
        return items;
      });
    return loading.current;
  }, [reportId]);
  useEffect(() => {
    void ready();
    // Not fetched for want of a network: asked again when it is back.
    const retry = () => void ready();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [ready]);
  const lookup = useCallback((code: string) => byCode.current?.get(code), []);
  return { catalog, ready, lookup };
}

export function FunctionLinesForm({
  initial,
  subjects,
  parents: loadedParents,
  year,
  ...frame
}: SectionFrameProps & {
  initial: TFunctionLinesInput;
  /** The catalog entries of the subjects entered (the rest is fetched when the page has loaded). */
  subjects: FunctionItem[];
  /** 类 and 款 names of the year's catalog, by code (for adding a subject the catalog lacks). */
  parents: Record<string, string>;
  year: number;
}) {
  const form = useForm<TFunctionLinesInput, unknown, TFunctionLines>({
    resolver: functionLinesResolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const lines = useFieldArray({ control: form.control, name: "lines" });
  const history = useEditHistory();
  const grid = useRef<MoneyGridHandle>(null);
  const [unit, setUnit] = useMoneyUnit(frame.draft.userId);
  const [gridMessage, setGridMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const [selectedRows, setSelectedRows] = useState<number[]>([]);
  const [removed, setRemoved] = useState<{ labels: string[]; undo: () => void }>();
  const [picker, setPicker] = useState("");
  const [pickerError, setPickerError] = useState<string>();
  /** A code the catalog lacks, being named in the small form below the picker. */
  const [missing, setMissing] = useState<string>();
  /** Subjects added to the catalog from this page (the page's catalog is as loaded). */
  const [added, setAdded] = useState<FunctionItem[]>([]);
  const [pickerNote, setPickerNote] = useState<string>();
  const pickerId = useId();
  const pickerRef = useRef<HTMLInputElement>(null);
  const yearCatalog = useYearCatalog(frame.reportId);
  const loaded = yearCatalog.catalog ?? subjects;
  const catalog = useMemo(
    () => [...loaded.filter((c) => !added.some((a) => a.code === c.code)), ...added],
    [loaded, added],
  );
  const parents = useMemo(() => {
    const names = { ...loadedParents };
    for (const a of added) {
      const [cls, sec] = a.path.split(" / ");
      names[a.code.slice(0, 3)] ??= cls ?? "";
      names[a.code.slice(0, 5)] ??= sec ?? "";
    }
    return names;
  }, [loadedParents, added]);
  const catalogByCode = useMemo(() => new Map(catalog.map((c) => [c.code, c])), [catalog]);
  const rowLabel = useCallback(
    (_array: string, row: Record<string, unknown>) =>
      `${String(row.subjectCode)} ${catalogByCode.get(String(row.subjectCode))?.name ?? ""}`.trim(),
    [catalogByCode],
  );
  const { shell } = useSectionSave(form, frame, (p) => saveFunctionLinesAction({ ...p, reportId: frame.reportId }), {
    rowKeys: ROW_KEYS,
    rowLabel,
  });
  const errors = form.formState.errors;

  // Memoised: the grid's rows are memoised on their row model, so a render of the form that changes no
  // row (saving, a message) re-renders none of the grid's thousands of cells.
  const rows: GridRow[] = useMemo(
    () =>
      lines.fields.map((field, index) => {
        const item = catalogByCode.get(field.subjectCode);
        return {
          index,
          code: field.subjectCode,
          name: item?.name ?? "（不在科目表中）",
          detail: item ? `${item.path}${item.unconfirmed ? "（填报时添加，待管理员确认）" : ""}` : undefined,
        };
      }),
    [lines.fields, catalogByCode],
  );

  /** A paste waits for the year's catalog (it may add subjects the grid lacks) until it has arrived. */
  const { ready: catalogReady } = yearCatalog;
  const pasteNeedsCatalog = useCallback(
    async () => ((await catalogReady()) ? null : "未能读取本年度科目表，未粘贴。请检查网络后重试。"),
    [catalogReady],
  );

  /** Pasted subjects the grid lacks, with their amounts; undone by code. */
  const addRows = useCallback(
    (added: { code: string; values: Record<string, string> }[]) => {
      lines.append(
        added.map((r) => ({ ...emptyLine(r.code), ...r.values })),
        { shouldFocus: false },
      );
      const codes = new Set(added.map((r) => r.code));
      return () => {
        const at = form
          .getValues("lines")
          .map((l, i) => (codes.has(l.subjectCode) ? i : -1))
          .filter((i) => i >= 0);
        lines.remove(at);
      };
    },
    [form, lines],
  );

  const removeSelected = () => {
    const all = form.getValues("lines");
    const at = [...new Set(selectedRows)].filter((p) => p < all.length).sort((a, b) => a - b);
    if (at.length === 0) return;
    const taken = at.map((i) => ({ index: i, line: structuredClone(all[i]!) }));
    lines.remove(at);
    const undo = () => {
      for (const { index, line } of taken) lines.insert(index, line, { shouldFocus: false });
      setRemoved(undefined);
    };
    history.push({ undo });
    setRemoved({ labels: taken.map(({ line }) => rowLabel("lines", line)), undo });
  };

  const addSubject = async () => {
    const code = picker.trim().match(/^\d{7}/)?.[0];
    setPickerNote(undefined);
    if (!code) return setPickerError("请输入或选择7位项级科目编码，如 2013101");
    if (form.getValues("lines").some((l) => l.subjectCode === code)) return setPickerError(`科目${code}已在表中`);
    setPickerError(undefined);
    if (!catalogByCode.has(code) && !added.some((a) => a.code === code)) {
      if (!(await yearCatalog.ready())) return setPickerError("未能读取本年度科目表，请检查网络后重试");
      // Added meanwhile (a second Enter while the catalog was on its way)?
      if (form.getValues("lines").some((l) => l.subjectCode === code)) return setPickerError(`科目${code}已在表中`);
    }
    // A code the year's catalog lacks: name it (with its 款 and 类 when missing too) and add it to the catalog.
    if (!catalogByCode.has(code) && !yearCatalog.lookup(code)) return setMissing(code);
    lines.append(emptyLine(code));
    setPicker("");
  };

  const onSubjectAdded = (item: FunctionItem) => {
    setAdded((a) => [...a.filter((x) => x.code !== item.code), item]);
    setMissing(undefined);
    setPicker("");
    lines.append(emptyLine(item.code));
    setPickerNote(
      `已将 ${item.code} ${item.name}（${item.path}）添加到${year}年科目表（待管理员确认），并在表中增加了这一行。`,
    );
  };

  const onPickerPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (!isBlock(text)) return;
    event.preventDefault();
    grid.current?.paste(text);
  };

  const selectedLabel =
    selectedRows.length === 1 && rows[selectedRows[0]!]
      ? `删除科目 ${rows[selectedRows[0]!]!.code} ${rows[selectedRows[0]!]!.name}`
      : `删除所选${selectedRows.length}个科目`;

  return (
    <SectionShell {...shell}>
      <div className="flex flex-col gap-2 text-xs text-slate-600">
        <p>
          金额单位：{unit === "wan" ? "万元（保存为元）" : "元"}。方向键移动，Enter 下移，Tab 右移（Shift
          反向），直接输入或 F2 修改，Delete 清空所选，Ctrl+Z 撤销，Ctrl+C / Ctrl+V 与 Excel
          互相复制粘贴。粘贴带科目编码（及名称）列的区域时按编码对应到行，表中没有的科目自动添加。
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <UnitToggle unit={unit} onChange={setUnit} />
        {frame.canEdit && (
          <Button
            type="button"
            variant="danger"
            disabled={selectedRows.length === 0 || rows.length === 0}
            onClick={removeSelected}
            data-testid="remove-rows"
          >
            {selectedLabel}
          </Button>
        )}
      </div>
      {removed && (
        <p
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm"
        >
          已删除 {removed.labels.join("、")}
          <Button type="button" variant="secondary" onClick={removed.undo}>
            撤销
          </Button>
        </p>
      )}
      {gridMessage && <FormMessage kind={gridMessage.kind}>{gridMessage.text}</FormMessage>}
      {errors.lines?.message && <p className="text-sm text-red-700">{errors.lines.message}</p>}

      <MoneyGrid
        ref={grid}
        id="fl"
        caption="功能分类收入支出"
        form={form}
        arrayName="lines"
        rows={rows}
        columns={COLUMNS}
        sets={SETS}
        readOnly={!frame.canEdit}
        unit={unit}
        history={history}
        addable={(code) => (catalogByCode.get(code) ?? yearCatalog.lookup(code))?.name ?? null}
        beforePaste={yearCatalog.catalog ? undefined : pasteNeedsCatalog}
        codeLength={7}
        onAddRows={addRows}
        onMessage={setGridMessage}
        onSelectRows={setSelectedRows}
      />
      {lines.fields.map((f, i) => {
        const message = errors.lines?.[i]?.subjectCode?.message;
        return message ? (
          <p key={f.id} className="text-sm text-red-700">
            第{i + 1}行（{f.subjectCode || "无编码"}）：{message}
          </p>
        ) : null;
      })}

      {frame.canEdit && (
        <div className="flex flex-wrap items-start gap-3">
          <Field
            id={pickerId}
            label="添加科目（输入编码或名称搜索；也可粘贴“编码、名称、金额”多行）"
            error={pickerError}
          >
            <TextInput
              ref={pickerRef}
              id={pickerId}
              list={`${pickerId}-list`}
              value={picker}
              className="w-full max-w-[28rem]"
              error={pickerError}
              onChange={(e) => setPicker(e.target.value)}
              onPaste={onPickerPaste}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void addSubject();
                }
              }}
            />
          </Field>
          <datalist id={`${pickerId}-list`}>
            {catalog.map((c) => (
              <option key={c.code} value={`${c.code} ${c.name}（${c.path}）`} />
            ))}
          </datalist>
          <Button type="button" variant="secondary" className="sm:mt-6" onClick={() => void addSubject()}>
            添加科目
          </Button>
        </div>
      )}
      {pickerNote && <FormMessage kind="success">{pickerNote}</FormMessage>}
      {frame.canEdit && missing && (
        <NewSubjectPanel
          key={missing}
          reportId={frame.reportId}
          code={missing}
          year={year}
          parents={parents}
          onAdded={onSubjectAdded}
          onCancel={() => {
            setMissing(undefined);
            pickerRef.current?.focus();
          }}
        />
      )}

      <Totals control={form.control} parents={parents} />

      <fieldset className="min-w-0 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
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
            <MoneyInput id={`summary-${name}`} form={form} name={name} error={errors[name]?.message} />
          </Field>
        ))}
      </fieldset>
    </SectionShell>
  );
}

/** The 分 of every amount of every line, read once: a line's entry is null where a cell cannot be read. */
function amountsOf(lines: LineInput[]): (number | null)[][] {
  return lines.map((line) => COLUMNS.map((c) => fenOf(line?.[c.field])));
}

/** Column sums of some lines' amounts (null where any of them cannot be read). */
function columnSums(amounts: (number | null)[][]): (number | null)[] {
  return COLUMNS.map((_c, i) => {
    let total: number | null = 0;
    for (const row of amounts) {
      const v = row[i];
      if (v === null || v === undefined) return null;
      total += v;
    }
    return total;
  });
}

const COLUMN_AT = new Map(COLUMNS.map((c, i) => [c.field, i]));

/**
 * Live subtotals per 类 and 款 and the grand totals, recomputed as the user types. Every amount is read
 * once per change and summed in one pass per group; memoised, so a render of the form that changes no
 * amount (saving, selecting) does not recompute them.
 */
const Totals = memo(function Totals({
  control,
  parents,
}: {
  control: Control<TFunctionLinesInput, unknown, TFunctionLines>;
  /** 类 and 款 names by code. */
  parents: Record<string, string>;
}) {
  const watched = useWatch({ control, name: "lines" }) as LineInput[] | undefined;
  const { total, groups } = useMemo(() => {
    const lines = watched ?? [];
    const amounts = amountsOf(lines);
    const byKey = new Map<string, (number | null)[][]>();
    lines.forEach((line, i) => {
      const code = line?.subjectCode ?? "";
      for (const key of [code.slice(0, 3), code.slice(0, 5)]) {
        if (!key) continue;
        const list = byKey.get(key) ?? [];
        list.push(amounts[i]!);
        byKey.set(key, list);
      }
    });
    return {
      total: columnSums(amounts),
      groups: [...byKey.keys()].sort().map((key) => ({ key, sums: columnSums(byKey.get(key)!) })),
    };
  }, [watched]);
  const sumOfFields = (fields: readonly FunctionMoneyField[]) => {
    let sum = 0;
    for (const f of fields) {
      const v = total[COLUMN_AT.get(f)!];
      if (v === null || v === undefined) return null;
      sum += v;
    }
    return sum;
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
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="tabular font-semibold" data-testid={`total-${label}`}>
              {show(sumOfFields(fields))}
            </dd>
          </div>
        ))}
      </dl>
      <div
        className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label="按类、款的小计（可滚动）"
      >
        {/* Cell styles come from the table (subtotals in app/globals.css): thousands of cells, one class list. */}
        <table className="subtotals min-w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">按类、款的小计</caption>
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className="left-0 z-20 text-left">
                类 / 款
              </th>
              {COLUMNS.map((c) => (
                <th key={c.field} scope="col" className="text-right">
                  {c.group}·{c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="font-semibold">
              <th scope="row">合计</th>
              {total.map((v, i) => (
                <td key={COLUMNS[i]!.field}>{show(v)}</td>
              ))}
            </tr>
            {groups.map(({ key, sums }) => (
              <tr key={key} className={key.length === 3 ? "font-medium" : ""} data-testid={`subtotal-${key}`}>
                <th scope="row" className={key.length === 5 ? "pl-6" : ""}>
                  <span className="tabular text-slate-600">{key}</span> {parents[key] ?? ""}
                </th>
                {sums.map((v, i) => (
                  <td key={COLUMNS[i]!.field}>{show(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
