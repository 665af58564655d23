"use client";

import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import { previewDataAction, saveTemplateAction } from "@/app/(app)/admin/templates/actions";
import { buildDisclosure } from "@/lib/disclosure/build";
import type { ReportData } from "@/lib/disclosure/report-data";
import { COMMON_PLACEHOLDERS, ITEM_PLACEHOLDERS, SECTION_KIND_DEFS } from "@/lib/disclosure/sections";
import {
  PHRASE_KINDS,
  SECTION_KINDS,
  TABLE_KINDS,
  type Block,
  type DisclosureTemplate,
  type PhraseKind,
  type SectionKind,
  type SectionSpec,
  type TableSpec,
} from "@/lib/disclosure/template";
import { validateTemplate } from "@/lib/disclosure/templates/validate";
import { VEHICLE_CATEGORIES, VEHICLE_LABELS } from "@/lib/domain";
import { DISCLOSURE_CSS } from "@/lib/export/disclosure-css";
import { documentHtml } from "@/lib/export/html";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

type Path = (string | number)[];

/** A copy of `obj` with the value at `path` replaced (undefined removes a key). */
function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  const next = setIn(copy[head!], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head!];
  else copy[head!] = next;
  return copy as T;
}

function getIn(obj: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], obj);
}

const move = <T,>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
};

const BLOCK_TYPES: Record<Block["type"], string> = {
  heading: "小标题",
  paragraph: "段落",
  paragraphs: "逐项段落（每项一段）",
  list: "逐项列表（每项一行）",
  unitsTable: "单位列表表格",
};

const TABLE_NAMES: Record<TableSpec["kind"], string> = {
  incomeExpenseSummary: "收入支出决算总表",
  income: "收入决算表",
  expense: "支出决算表",
  fiscalSummary: "财政拨款收入支出决算总表",
  generalBudgetExpense: "一般公共预算财政拨款支出决算表",
  generalBudgetBasic: "一般公共预算财政拨款基本支出决算表",
  threePublic: "“三公”经费支出决算表",
  govFund: "政府性基金预算财政拨款收入支出决算表",
  stateCapital: "国有资本经营预算财政拨款（收入）支出决算表",
};

const PHRASE_TITLES: Record<PhraseKind, { title: string; branches: Record<string, string>; slots: string }> = {
  change: {
    title: "与上年相比的变化",
    branches: { up: "增加时", down: "减少时", flat: "持平时" },
    slots: "{amount} 变化金额，{rate} 变化率（上年为0时不成立）",
  },
  completion: {
    title: "决算与预算的比较",
    branches: { withBudget: "有预算时", noBudget: "无预算、有支出时", none: "无预算、无支出时" },
    slots: "{rate} 完成率，{budget} 预算数，{actual} 决算数，{difference} 大于/小于预算数的表述",
  },
  difference: {
    title: "决算数大于/小于预算数",
    branches: { over: "大于时", under: "小于时", equal: "相等时" },
    slots: "{reason} 填报员填写的原因（未填写时不成立）",
  },
  reason: {
    title: "原因的引出",
    branches: { plain: "一般原因", enumerated: "分条原因（以“一是”“1.”开头）" },
    slots: "{text} 原因文字",
  },
};

// ---------------------------------------------------------------------------------------------
// Labelled controls

/** The template's problems by field (path joined with "."), shown next to the field. */
const IssueContext = createContext<Map<string, string>>(new Map());

function TextField({
  label,
  value,
  onChange,
  disabled,
  rows,
  hint,
  path,
  className = "",
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  disabled: boolean;
  rows?: number;
  hint?: string;
  /** The field's place in the template: its problem, if any, is shown next to it. */
  path?: Path;
  className?: string;
}) {
  const id = useId();
  const error = useContext(IssueContext).get((path ?? []).join("."));
  const described = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const control = `w-full rounded-md border bg-white px-2 py-1.5 text-sm disabled:bg-slate-50 ${error ? "border-red-500" : "border-slate-300"}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {rows ? (
        <textarea
          id={id}
          rows={rows}
          value={value}
          disabled={disabled}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          className={control}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          value={value}
          disabled={disabled}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          className={control}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}

function CheckField({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className="text-sm text-slate-700">
        {label}
      </label>
    </div>
  );
}

function SelectField({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50"
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** 上移 / 下移 / 删除 of one item of a list, each naming the item for screen readers; `onChange` gets the new list. */
function ItemButtons<T>({
  name,
  list,
  index,
  onChange,
  confirmRemove,
  disabled,
}: {
  name: string;
  list: T[];
  index: number;
  onChange: (next: T[]) => void;
  /** Asked before removing (an item with much under it). */
  confirmRemove?: string;
  disabled: boolean;
}) {
  if (disabled) return null;
  const remove = () => {
    if (!confirmRemove || window.confirm(confirmRemove)) onChange(list.filter((_, j) => j !== index));
  };
  return (
    <div className="flex gap-1">
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1 text-xs"
        onClick={() => onChange(move(list, index, index - 1))}
        aria-label={`上移${name}`}
      >
        上移
      </Button>
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1 text-xs"
        onClick={() => onChange(move(list, index, index + 1))}
        aria-label={`下移${name}`}
      >
        下移
      </Button>
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1 text-xs text-red-700"
        onClick={remove}
        aria-label={`删除${name}`}
      >
        删除
      </Button>
    </div>
  );
}

/**
 * A list of the template edited row by row: each row's fields, its 上移/下移/删除, and an 添加 button
 * under the list (none while the template cannot be edited).
 */
function ListRows<T>({
  list,
  onChange,
  disabled,
  rowClass,
  nameOf,
  blank,
  addLabel,
  children,
}: {
  list: T[];
  onChange: (next: T[]) => void;
  disabled: boolean;
  rowClass: string;
  nameOf: (item: T, index: number) => string;
  blank: () => T;
  addLabel: string;
  children: (item: T, index: number) => ReactNode;
}) {
  return (
    <>
      {list.map((item, i) => (
        <div key={i} className={rowClass}>
          {children(item, i)}
          <ItemButtons name={nameOf(item, i)} disabled={disabled} list={list} index={i} onChange={onChange} />
        </div>
      ))}
      {!disabled && (
        <div>
          <Button type="button" variant="secondary" onClick={() => onChange([...list, blank()])}>
            {addLabel}
          </Button>
        </div>
      )}
    </>
  );
}

function Group({ title, children, open = false }: { title: ReactNode; children: ReactNode; open?: boolean }) {
  return (
    <details open={open} className="rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">{title}</summary>
      <div className="flex flex-col gap-3 border-t border-slate-100 px-4 py-3">{children}</div>
    </details>
  );
}

/** The placeholders a section's patterns may use, for the admin writing them. */
function PlaceholderHelp({ kind }: { kind: SectionKind }) {
  const def = SECTION_KIND_DEFS[kind];
  const all = { ...COMMON_PLACEHOLDERS, ...def.placeholders };
  return (
    <details className="rounded border border-slate-100 bg-slate-50 px-3 py-2 text-xs text-slate-700">
      <summary className="cursor-pointer font-medium">可用占位符（“[ ]”中的部分在其中占位符不成立时不印出）</summary>
      <ul className="mt-2 grid gap-x-4 gap-y-0.5 md:grid-cols-2">
        {Object.entries(all).map(([name, what]) => (
          <li key={name}>
            <code className="text-brand-800">{`{${name}}`}</code> {what}
          </li>
        ))}
      </ul>
      {Object.entries(def.lists ?? {}).map(([list, items]) => (
        <div key={list} className="mt-2">
          <p className="font-medium">列表“{list}”的每一项：</p>
          <ul className="grid gap-x-4 gap-y-0.5 md:grid-cols-2">
            {Object.entries({ ...ITEM_PLACEHOLDERS, ...items }).map(([name, what]) => (
              <li key={name}>
                <code className="text-brand-800">{`{${name}}`}</code> {what}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

// ---------------------------------------------------------------------------------------------
// Sections

function SectionEditor({
  section,
  path,
  name,
  where,
  set,
  disabled,
  buttons,
}: {
  section: SectionSpec;
  path: Path;
  name: string;
  /** Where the section is, e.g. 第3部分第1节: every label of it starts so. */
  where: string;
  set: (path: Path, value: unknown) => void;
  disabled: boolean;
  buttons: ReactNode;
}) {
  const def = SECTION_KIND_DEFS[section.kind];
  const lists = Object.keys(def.lists ?? {});
  const blocks = section.blocks;
  return (
    <Group
      title={
        <span>
          {name}
          <span className="ml-2 text-xs font-normal text-slate-500">{def.label}</span>
        </span>
      }
    >
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label={`${where}的标题（不含编号）`}
          value={section.title}
          disabled={disabled}
          className="min-w-64 flex-1"
          path={[...path, "title"]}
          onChange={(v) => set([...path, "title"], v)}
        />
        <CheckField
          label={`${where}的标题带编号`}
          checked={section.numbered}
          disabled={disabled}
          onChange={(v) => set([...path, "numbered"], v)}
        />
        {buttons}
      </div>
      <PlaceholderHelp kind={section.kind} />
      {blocks.map((b, i) => (
        <div key={i} className="flex flex-col gap-2 rounded border border-slate-100 p-2">
          <div className="flex flex-wrap items-end gap-2">
            <SelectField
              label={`${where}第${i + 1}段的类型`}
              value={b.type}
              disabled={disabled}
              options={Object.entries(BLOCK_TYPES)}
              onChange={(type) =>
                set(
                  [...path, "blocks", i],
                  type === "unitsTable"
                    ? { type }
                    : {
                        type,
                        text: "text" in b ? b.text : "",
                        ...(type === "paragraphs" || type === "list" ? { each: lists[0] ?? "" } : {}),
                      },
                )
              }
            />
            {(b.type === "paragraphs" || b.type === "list") && (
              <SelectField
                label={`${where}第${i + 1}段逐项的列表`}
                value={b.each}
                disabled={disabled}
                options={lists.map((l) => [l, l])}
                onChange={(v) => set([...path, "blocks", i, "each"], v)}
              />
            )}
            <ItemButtons
              name={`${where}第${i + 1}段`}
              disabled={disabled}
              list={blocks}
              index={i}
              onChange={(next) => set([...path, "blocks"], next)}
            />
          </div>
          {"text" in b && (
            <TextField
              label={`${where}第${i + 1}段的句式`}
              rows={3}
              value={b.text}
              disabled={disabled}
              path={[...path, "blocks", i, "text"]}
              onChange={(v) => set([...path, "blocks", i, "text"], v)}
            />
          )}
        </div>
      ))}
      {!disabled && section.kind !== "group" && (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => set([...path, "blocks"], [...blocks, { type: "paragraph", text: "" }])}
          >
            添加段落
          </Button>
        </div>
      )}
      {section.kind !== "group" && (
        <TextField
          label={`${where}无数据时的说明（留空表示不单独说明）`}
          rows={2}
          value={section.none ?? ""}
          disabled={disabled}
          path={[...path, "none"]}
          onChange={(v) => set([...path, "none"], v === "" ? undefined : v)}
        />
      )}
      {lists.map((list) => {
        const shape = section.lists[list];
        return shape ? (
          <div key={list} className="grid gap-2 md:grid-cols-[1fr_8rem_auto]">
            <TextField
              label={`${where}列表“${list}”在句中每一项的句式`}
              value={shape.item}
              disabled={disabled}
              path={[...path, "lists", list, "item"]}
              onChange={(v) => set([...path, "lists", list, "item"], v)}
            />
            <TextField
              label={`${where}列表“${list}”项与项之间`}
              value={shape.separator}
              disabled={disabled}
              onChange={(v) => set([...path, "lists", list, "separator"], v)}
            />
            {!disabled && (
              <Button
                type="button"
                variant="ghost"
                className="self-end text-red-700"
                onClick={() => set([...path, "lists", list], undefined)}
              >
                不在句中列出
              </Button>
            )}
          </div>
        ) : (
          !disabled && (
            <div key={list}>
              <Button
                type="button"
                variant="ghost"
                onClick={() => set([...path, "lists", list], { item: "", separator: "；" })}
              >
                在句中列出“{list}”（{`{${list}}`}）
              </Button>
            </div>
          )
        );
      })}
      {section.kind === "generalBudget" && (
        <div className="flex flex-wrap gap-3">
          <SelectField
            label={`${where}逐项说明的层级`}
            value={section.options.level ?? "class"}
            disabled={disabled}
            options={[
              ["class", "类"],
              ["item", "项"],
            ]}
            onChange={(v) => set([...path, "options", "level"], v)}
          />
          <SelectField
            label={`${where}与之比较的预算`}
            value={section.options.budgetBasis ?? "initial"}
            disabled={disabled}
            options={[
              ["initial", "年初预算"],
              ["adjusted", "全年预算"],
            ]}
            onChange={(v) => set([...path, "options", "budgetBasis"], v)}
          />
        </div>
      )}
      {section.kind === "profile.units" && (
        <TextField
          label={`${where}只有本级一个单位时的标题`}
          value={section.options.singleUnitTitle ?? ""}
          disabled={disabled}
          onChange={(v) => set([...path, "options", "singleUnitTitle"], v || undefined)}
        />
      )}
      {section.kind === "income" &&
        (section.options.incomeSources ?? []).map((s, i) => (
          <TextField
            key={s.source}
            label={`收入来源“${s.source}”的名称`}
            value={s.label}
            disabled={disabled}
            onChange={(v) => set([...path, "options", "incomeSources", i, "label"], v)}
          />
        ))}
      {section.kind === "expense" &&
        (section.options.expenseKinds ?? []).map((s, i) => (
          <TextField
            key={s.kind}
            label={`支出类别“${s.kind}”的名称`}
            value={s.label}
            disabled={disabled}
            onChange={(v) => set([...path, "options", "expenseKinds", i, "label"], v)}
          />
        ))}
      {section.kind === "group" && (
        <SectionList
          sections={section.children ?? []}
          path={[...path, "children"]}
          where={`${where}下`}
          set={set}
          disabled={disabled}
        />
      )}
    </Group>
  );
}

function newSection(kind: SectionKind): SectionSpec {
  return {
    kind,
    title: SECTION_KIND_DEFS[kind].label.replace(/（.*$/, ""),
    numbered: true,
    blocks: [],
    lists: {},
    options: {},
    ...(kind === "group" ? { children: [] } : {}),
  };
}

function SectionList({
  sections,
  path,
  where,
  set,
  disabled,
}: {
  sections: SectionSpec[];
  path: Path;
  /** Where the list is, e.g. 第3部分. */
  where: string;
  set: (p: Path, v: unknown) => void;
  disabled: boolean;
}) {
  const [adding, setAdding] = useState<SectionKind>("total");
  const addId = useId();
  return (
    <div className="flex flex-col gap-2">
      {sections.map((s, i) => {
        const name = s.title || SECTION_KIND_DEFS[s.kind].label;
        return (
          <SectionEditor
            key={i}
            section={s}
            path={[...path, i]}
            name={`${i + 1}. ${name}`}
            where={`${where}第${i + 1}节`}
            set={set}
            disabled={disabled}
            buttons={
              <ItemButtons
                name={name}
                disabled={disabled}
                list={sections}
                index={i}
                onChange={(next) => set(path, next)}
                confirmRemove={`删除“${name}”这一节？`}
              />
            }
          />
        );
      })}
      {!disabled && (
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={addId} className="text-xs font-medium text-slate-700">
              {where}添加一节
            </label>
            <select
              id={addId}
              value={adding}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              onChange={(e) => setAdding(e.target.value as SectionKind)}
            >
              {SECTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SECTION_KIND_DEFS[k].label}
                </option>
              ))}
            </select>
          </div>
          <Button type="button" variant="secondary" onClick={() => set(path, [...sections, newSection(adding)])}>
            添加
          </Button>
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Tables

function TableEditor({
  table,
  path,
  set,
  disabled,
  buttons,
}: {
  table: TableSpec;
  path: Path;
  set: (p: Path, v: unknown) => void;
  disabled: boolean;
  buttons: ReactNode;
}) {
  const text = (key: keyof TableSpec, label: string, rows?: number) => (
    <TextField
      label={label}
      rows={rows}
      value={String(table[key] ?? "")}
      path={[...path, key]}
      disabled={disabled}
      onChange={(v) =>
        set(
          [...path, key],
          v === "" && key !== "number" && key !== "note" && key !== "emptyStatement" && key !== "subtotalLabel"
            ? undefined
            : v,
        )
      }
    />
  );
  const check = (key: "organisation" | "rowNumbers" | "columnNumbers", label: string) => (
    <CheckField label={label} checked={table[key]} disabled={disabled} onChange={(v) => set([...path, key], v)} />
  );
  return (
    <Group
      title={
        <span>
          {table.title}
          <span className="ml-2 text-xs font-normal text-slate-500">{TABLE_NAMES[table.kind]}</span>
        </span>
      }
    >
      <div className="flex flex-wrap justify-end">{buttons}</div>
      <div className="grid gap-3 md:grid-cols-2">
        {text("title", "表名")}
        {text("number", "表号（留空则不印表号），如 决算公开01表")}
        {text("subtotalLabel", "支出合计列的名称（小计 / 合计）")}
        <SelectField
          label="合计行的位置"
          value={table.totalPosition}
          disabled={disabled}
          options={[
            ["top", "在上（类/款/项之前）"],
            ["bottom", "在下"],
          ]}
          onChange={(v) => set([...path, "totalPosition"], v)}
        />
        <SelectField
          label="金额为零时"
          value={table.zero}
          disabled={disabled}
          options={[
            ["blank", "留空"],
            ["zero", "印 0.00"],
          ]}
          onChange={(v) => set([...path, "zero"], v)}
        />
      </div>
      <div className="flex flex-wrap gap-4">
        {check("organisation", "印“编制单位”")}
        {check("rowNumbers", "行次列")}
        {check("columnNumbers", "栏次行")}
      </div>
      {text("note", "表下的注", 2)}
      {text("emptyStatement", "表中无数据时的说明（可用 {department} {year}）", 2)}
      {table.kind === "incomeExpenseSummary" &&
        text("balancingLabel", "收入方“使用非财政拨款结余 / 用事业基金弥补收支差额”一行的名称")}
      {(table.kind === "incomeExpenseSummary" || table.kind === "fiscalSummary") &&
        text("amountLabel", "金额列的名称（金额 / 决算数）")}
      {table.kind === "generalBudgetExpense" && text("band", "金额列上方的分组名称（如“本年支出”；留空不印）")}
      {table.kind === "generalBudgetBasic" && (
        <TextField
          label="列组：每组印哪些经济分类类级科目（组内以逗号分隔，组与组以“|”分隔）"
          value={(table.economicGroups ?? []).map((g) => g.join(",")).join(" | ")}
          disabled={disabled}
          onChange={(v) =>
            set(
              [...path, "economicGroups"],
              v.split("|").map((g) => g.split(/[,，\s]+/).filter(Boolean)),
            )
          }
        />
      )}
      {table.kind === "threePublic" && (
        <div className="grid gap-3 md:grid-cols-2">
          <SelectField
            label="列的排列"
            value={table.arrangement ?? "byMeasure"}
            disabled={disabled}
            options={[
              ["byMeasure", "先预算数后决算数"],
              ["byItem", "每项的预算数、决算数并列"],
            ]}
            onChange={(v) => set([...path, "arrangement"], v)}
          />
          {text("band", "表头最上方的名称（留空不印）")}
          {text("vehicleLabel", "公务用车一列的名称")}
          {text("vehicleOperationLabel", "公务用车运行（维护）费一列的名称")}
        </div>
      )}
      {table.kind === "stateCapital" && (
        <SelectField
          label="表的形式"
          value={table.shape ?? "expense"}
          disabled={disabled}
          options={[
            ["expense", "仅本年支出（合计、基本、项目）"],
            ["incomeExpense", "收入支出表（含结转结余，同政府性基金表）"],
          ]}
          onChange={(v) => set([...path, "shape"], v)}
        />
      )}
    </Group>
  );
}

function newTable(kind: TableSpec["kind"]): TableSpec {
  return {
    kind,
    title: TABLE_NAMES[kind],
    number: "",
    organisation: false,
    rowNumbers: false,
    columnNumbers: false,
    totalPosition: "top",
    zero: "blank",
    note: "",
    emptyStatement: "{department}本年度没有相关数据，故本表无数据。",
    subtotalLabel: "合计",
    ...(kind === "generalBudgetBasic"
      ? {
          economicGroups: [
            ["301", "303"],
            ["302", "310"],
          ],
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The editor

export function TemplateEditor({
  initial,
  editable,
  reports,
}: {
  initial: DisclosureTemplate;
  editable: boolean;
  /** Reports to preview the template with. */
  reports: { id: number; label: string }[];
}) {
  const [t, setT] = useState(initial);
  const [saved, setSaved] = useState<number>(initial.version);
  const [saveErrors, setSaveErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string>();
  const [pending, startSave] = useTransition();
  const [reportId, setReportId] = useState(reports[0]?.id ?? 0);
  const [data, setData] = useState<ReportData | null>(null);
  const [loading, startLoad] = useTransition();
  const [dirty, setDirty] = useState(false);
  const disabled = !editable;
  const set = (path: Path, value: unknown) => {
    setT((prev) => setIn(prev, path, value));
    setDirty(true);
    setMessage(undefined);
  };
  const text = (path: Path, label: string, rows?: number, hint?: string) => (
    <TextField
      label={label}
      rows={rows}
      hint={hint}
      value={String(getIn(t, path) ?? "")}
      path={path}
      disabled={disabled}
      onChange={(v) => set(path, v)}
    />
  );

  useEffect(() => {
    if (!reportId) return;
    startLoad(async () => {
      const result = await previewDataAction({ reportId });
      if (result.ok) setData(result.data);
    });
  }, [reportId]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const deferred = useDeferredValue(t);
  const validation = useMemo(() => validateTemplate(deferred), [deferred]);
  const previewHtml = useMemo(() => {
    if (!validation.ok || !data) return null;
    try {
      return documentHtml(buildDisclosure(data, validation.template));
    } catch {
      return null;
    }
  }, [validation, data]);

  const save = () =>
    startSave(async () => {
      const result = await saveTemplateAction({ id: t.id, definitionJson: JSON.stringify(t) });
      if (!result.ok) {
        setSaveErrors([result.error]);
        return;
      }
      if (result.data.errors.length) {
        setSaveErrors(result.data.errors);
        return;
      }
      setSaveErrors([]);
      setSaved(result.data.version!);
      setT((prev) => ({ ...prev, version: result.data.version! }));
      setDirty(false);
      setMessage(`已保存为第${result.data.version}版。使用此模板的草稿随即按新版生成公开文本。`);
    });

  const errors = validation.ok ? [] : validation.errors;
  const issues = useMemo(
    () => new Map(validation.ok ? [] : validation.issues.map((i) => [i.path.join("."), i.message] as const)),
    [validation],
  );
  return (
    <IssueContext.Provider value={issues}>
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-4">
          <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm">
            {editable ? (
              <Button
                type="button"
                pending={pending}
                pendingText="正在保存…"
                disabled={errors.length > 0 || !dirty}
                onClick={save}
              >
                保存为第{saved + 1}版
              </Button>
            ) : (
              <p className="text-sm text-slate-700">内置模板不能修改；请在模板列表中以它为基础派生新模板后编辑。</p>
            )}
            <a href={`/admin/templates/${t.id}/export`} className="text-sm text-brand-700 hover:underline" download>
              导出为 JSON
            </a>
            <span className="text-sm text-slate-600" data-testid="template-validity">
              {errors.length ? `有${errors.length}处问题，改正后才能保存` : "模板有效"}
            </span>
          </div>
          <FormMessage kind="success">{message}</FormMessage>
          {(saveErrors.length > 0 || errors.length > 0) && (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              <ul className="list-disc pl-5">
                {(saveErrors.length ? saveErrors : errors).map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}

          <Group title="基本信息" open>
            <div className="grid gap-3 md:grid-cols-3">
              {text(["name"], "模板名称")}
              {text(["region"], "适用地区")}
              <TextField
                label="适用年度"
                value={String(t.year)}
                disabled={disabled}
                onChange={(v) => set(["year"], /^\d{1,4}$/.test(v) ? Number(v) : t.year)}
              />
            </div>
            {text(["title"], "文档标题", undefined, "可用 {department} {short} {year} {priorYear}")}
            <ListRows
              list={t.cover}
              onChange={(next) => set(["cover"], next)}
              disabled={disabled}
              rowClass="flex items-end gap-2"
              nameOf={(_, i) => `封面第${i + 1}行`}
              blank={() => ""}
              addLabel="添加封面行"
            >
              {(_, i) => <div className="flex-1">{text(["cover", i], `封面第${i + 1}行`)}</div>}
            </ListRows>
            <CheckField
              label="印图表（支出构成、与上年对比）"
              checked={t.charts}
              disabled={disabled}
              onChange={(v) => set(["charts"], v)}
            />
          </Group>

          <Group title="编号格式">
            <p className="text-xs text-slate-500">
              {"{cn}"} 为中文序号（一、二、三），{"{title}"} 为标题。
            </p>
            <div className="grid gap-3 md:grid-cols-3">
              {text(["numbering", "part"], "部分的标题")}
              {text(["numbering", "section"], "节的标题")}
              {text(["numbering", "subsection"], "分组下一级的标题")}
            </div>
          </Group>

          <Group title="各部分、各节与句式" open>
            {t.parts.map((part, p) => (
              <div key={p} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
                <div className="flex flex-wrap items-end gap-2">
                  <div className="min-w-64 flex-1">
                    {text(["parts", p, "title"], `第${p + 1}部分的标题（不含“第X部分”）`)}
                  </div>
                  <ItemButtons
                    name={`第${p + 1}部分`}
                    disabled={disabled}
                    list={t.parts}
                    index={p}
                    onChange={(next) => set(["parts"], next)}
                    confirmRemove={`删除第${p + 1}部分？`}
                  />
                </div>
                <SectionList
                  sections={part.sections}
                  path={["parts", p, "sections"]}
                  where={`第${p + 1}部分`}
                  set={set}
                  disabled={disabled}
                />
              </div>
            ))}
            {editable && (
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => set(["parts"], [...t.parts, { title: "", sections: [] }])}
                >
                  添加一部分
                </Button>
              </div>
            )}
          </Group>

          <Group title="决算表">
            {t.tables.map((table, i) => (
              <TableEditor
                key={table.kind}
                table={table}
                path={["tables", i]}
                set={set}
                disabled={disabled}
                buttons={
                  <ItemButtons
                    name={table.title}
                    disabled={disabled}
                    list={t.tables}
                    index={i}
                    onChange={(next) => set(["tables"], next)}
                    confirmRemove={`删除“${table.title}”？`}
                  />
                }
              />
            ))}
            {editable &&
              TABLE_KINDS.filter((k) => !t.tables.some((x) => x.kind === k)).map((k) => (
                <div key={k}>
                  <Button type="button" variant="secondary" onClick={() => set(["tables"], [...t.tables, newTable(k)])}>
                    添加“{TABLE_NAMES[k]}”
                  </Button>
                </div>
              ))}
          </Group>

          <Group title="变化、预算比较和原因的表述（句式变体）">
            {PHRASE_KINDS.map((kind) => (
              <div key={kind} className="flex flex-col gap-2">
                <h3 className="text-sm font-semibold">{PHRASE_TITLES[kind].title}</h3>
                <p className="text-xs text-slate-500">
                  可用：{PHRASE_TITLES[kind].slots}。句中以 {`{change:变体名}`} 选用某一变体，不写变体名即 default。
                </p>
                {Object.keys(t.phrases[kind]).map((variant) => (
                  <div key={variant} className="grid gap-2 rounded border border-slate-100 p-2 md:grid-cols-3">
                    <p className="text-xs font-medium md:col-span-3">
                      变体 {variant}
                      {editable && variant !== "default" && (
                        <button
                          type="button"
                          className="ml-3 text-red-700 hover:underline"
                          onClick={() => set(["phrases", kind, variant], undefined)}
                        >
                          删除变体 {variant}
                        </button>
                      )}
                    </p>
                    {Object.entries(PHRASE_TITLES[kind].branches).map(([branch, label]) => (
                      <div key={branch}>{text(["phrases", kind, variant, branch], `${variant}：${label}`)}</div>
                    ))}
                  </div>
                ))}
                {editable && (
                  <div>
                    <Button
                      type="button"
                      variant="ghost"
                      onClick={() => {
                        const name = window.prompt("新变体的名称（英文字母和数字）");
                        if (name && /^[A-Za-z][A-Za-z0-9]*$/.test(name))
                          set(["phrases", kind, name], { ...t.phrases[kind].default });
                      }}
                    >
                      添加“{PHRASE_TITLES[kind].title}”的变体
                    </Button>
                  </div>
                )}
              </div>
            ))}
          </Group>

          <Group title="支出功能分类类级科目（表一、表四的支出各行）">
            <ListRows
              list={t.expenseClasses}
              onChange={(next) => set(["expenseClasses"], next)}
              disabled={disabled}
              rowClass="grid items-end gap-2 md:grid-cols-[8rem_1fr_auto]"
              nameOf={(c) => c.name}
              blank={() => ({ code: "", name: "" })}
              addLabel="添加类级科目"
            >
              {(_, i) => (
                <>
                  {text(["expenseClasses", i, "code"], `第${i + 1}行编码`)}
                  {text(["expenseClasses", i, "name"], `第${i + 1}行名称`)}
                </>
              )}
            </ListRows>
          </Group>

          <Group title="绩效等级">
            <ListRows
              list={t.gradeBands}
              onChange={(next) => set(["gradeBands"], next)}
              disabled={disabled}
              rowClass="grid items-end gap-2 md:grid-cols-[10rem_10rem_auto]"
              nameOf={(b) => b.grade}
              blank={() => ({ grade: "", min: 0 })}
              addLabel="添加等级"
            >
              {(b, i) => (
                <>
                  {text(["gradeBands", i, "grade"], `第${i + 1}等的名称`)}
                  <TextField
                    label={`第${i + 1}等的最低分`}
                    value={String(b.min / 100)}
                    disabled={disabled}
                    onChange={(v) =>
                      /^\d{0,3}(\.\d{0,2})?$/.test(v) && set(["gradeBands", i, "min"], Math.round(Number(v || 0) * 100))
                    }
                  />
                </>
              )}
            </ListRows>
          </Group>

          <Group title="车辆类别名称（填报页面使用）">
            <div className="grid gap-3 md:grid-cols-2">
              {VEHICLE_CATEGORIES.map((c) => (
                <div key={c}>{text(["vehicleLabels", c], VEHICLE_LABELS[c])}</div>
              ))}
            </div>
          </Group>

          <Group title="名词解释（新建报告的默认条目）">
            <ListRows
              list={t.glossary}
              onChange={(next) => set(["glossary"], next)}
              disabled={disabled}
              rowClass="grid items-start gap-2 md:grid-cols-[12rem_1fr_auto]"
              nameOf={(g) => g.term}
              blank={() => ({ term: "", definition: "" })}
              addLabel="添加名词"
            >
              {(_, i) => (
                <>
                  {text(["glossary", i, "term"], `第${i + 1}条名词`)}
                  {text(["glossary", i, "definition"], `第${i + 1}条解释`, 3)}
                </>
              )}
            </ListRows>
          </Group>
        </div>

        <section aria-labelledby="template-preview-heading" className="min-w-0">
          <div className="sticky top-0 flex max-h-screen flex-col gap-2">
            <div className="flex flex-wrap items-end gap-3">
              <h2 id="template-preview-heading" className="text-base font-semibold">
                实时预览
              </h2>
              {reports.length > 0 ? (
                <SelectField
                  label="用哪份报告的数据预览"
                  value={String(reportId)}
                  disabled={false}
                  options={reports.map((r) => [String(r.id), r.label])}
                  onChange={(v) => setReportId(Number(v))}
                />
              ) : (
                <p className="text-sm text-slate-600">还没有报告可用于预览。</p>
              )}
              {loading && <span className="text-sm text-slate-600">正在读取数据…</span>}
            </div>
            <style>{DISCLOSURE_CSS}</style>
            <div
              className="overflow-auto rounded-lg border border-slate-200 bg-white"
              data-testid="template-preview"
              tabIndex={0}
              aria-label="公开文本预览"
            >
              {previewHtml ? (
                <div dangerouslySetInnerHTML={{ __html: previewHtml }} />
              ) : (
                <p className="p-4 text-sm text-slate-600">
                  {errors.length ? "改正模板的问题后显示预览。" : "正在生成预览…"}
                </p>
              )}
            </div>
          </div>
        </section>
      </div>
    </IssueContext.Provider>
  );
}
