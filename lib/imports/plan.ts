/**
 * What an import would do to a report: from what was read (read-import.ts) and the report's current
 * data, the inputs each section's save takes — the very strings the entry forms submit, so the import
 * goes through the same zod schemas and save functions as typing — and every row added, changed or
 * removed, with old and new values. Columns the sheet lacks keep the report's figures; rows it lacks
 * are removed (a 绩效 project absent from the sheet is deleted). Pure.
 */
import { formatPoints } from "../disclosure/grades";
import { FUNCTION_MONEY_FIELDS, type ReportData } from "../disclosure/report-data";
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS } from "../domain";
import { formatYuan } from "../money";
import type { TEconomicLinesInput } from "../reports/sections/economic-lines.schema";
import type { TFunctionLinesInput } from "../reports/sections/function-lines.schema";
import type { TIndicatorInput, TProjectInput } from "../reports/sections/performance.schema";
import { type TThreePublicInput } from "../reports/sections/three-public.schema";
import { QUANTITY_FIELDS } from "../reports/sections/columns";
import { FUNCTION_COLUMNS, IMPORT_SECTION_LABELS, type ImportSection } from "./layouts";
import type { ImportRead, ReadIndicator } from "./read-import";
import type { ImportProblem } from "./read-tables";

export interface FieldChange {
  label: string;
  old: string;
  new: string;
}

export interface RowChange {
  kind: "added" | "changed" | "removed";
  /** The subject code, item or project name. */
  key: string;
  label: string;
  fields: FieldChange[];
}

export interface SectionPlan {
  section: ImportSection;
  title: string;
  sheet: string;
  changes: RowChange[];
  /** Rows read that change nothing. */
  unchanged: number;
}

/** The inputs of the saves, by section, and the versions they are based on. */
export interface ImportInputs {
  functionLines?: { version: number; input: TFunctionLinesInput };
  economicLines?: { version: number; input: TEconomicLinesInput };
  threePublic?: { version: number; input: TThreePublicInput };
  performance?: {
    /** Projects to save (projectId null: new), each with its own lock's version. */
    save: { version: number; input: TProjectInput }[];
    /** Projects absent from the sheet: deleted. */
    remove: { version: number; projectId: number; name: string }[];
  };
}

export interface ImportPlan {
  sections: SectionPlan[];
  inputs: ImportInputs;
  problems: ImportProblem[];
}

/** The current version of each lock the import touches. */
export type VersionOf = (lock: string) => number;

const money = (fen: number) => (fen === 0 ? "" : formatYuan(fen));
const shown = (fen: number) => formatYuan(fen);

function functionPlan(read: NonNullable<ImportRead["functionLines"]>, data: ReportData, version: VersionOf) {
  const current = new Map(data.functionLines.map((l) => [l.subjectCode, l]));
  const labels = new Map(FUNCTION_COLUMNS.map((c) => [c.field, `${c.group.replace(/·/g, "/")}/${c.header}`]));
  const changes: RowChange[] = [];
  let unchanged = 0;
  const lines = read.lines.map((line) => {
    const before = current.get(line.code);
    const after = Object.fromEntries(
      FUNCTION_MONEY_FIELDS.map((f) => [f, line.values[f] ?? before?.[f] ?? 0]),
    ) as Record<(typeof FUNCTION_MONEY_FIELDS)[number], number>;
    const fields = FUNCTION_MONEY_FIELDS.filter(
      (f) => (before?.[f] ?? 0) !== after[f] || (!before && after[f] !== 0),
    ).map((f) => ({ label: labels.get(f)!, old: before ? shown(before[f]) : "", new: shown(after[f]) }));
    if (!before) changes.push({ kind: "added", key: line.code, label: `${line.code} ${line.name}`.trim(), fields });
    else if (fields.length > 0)
      changes.push({ kind: "changed", key: line.code, label: `${line.code} ${line.name}`.trim(), fields });
    else unchanged++;
    return {
      subjectCode: line.code,
      ...(Object.fromEntries(FUNCTION_MONEY_FIELDS.map((f) => [f, money(after[f])])) as Record<
        (typeof FUNCTION_MONEY_FIELDS)[number],
        string
      >),
    };
  });
  const kept = new Set(read.lines.map((l) => l.code));
  for (const [code, before] of current) {
    if (kept.has(code)) continue;
    const name = data.functionSubjects[code]?.name ?? "";
    changes.push({
      kind: "removed",
      key: code,
      label: `${code} ${name}`.trim(),
      fields: FUNCTION_MONEY_FIELDS.filter((f) => before[f] !== 0).map((f) => ({
        label: labels.get(f)!,
        old: shown(before[f]),
        new: "",
      })),
    });
  }
  const input: TFunctionLinesInput = {
    lines,
    institutionFundUsed: money(data.summary.institutionFundUsed),
    surplusDistribution: money(data.summary.surplusDistribution),
    priorYearGrandTotal: money(data.summary.priorYearGrandTotal),
    priorYearFiscalGrandTotal: money(data.summary.priorYearFiscalGrandTotal),
  };
  return { plan: { changes, unchanged }, inputs: { version: version("functionLines"), input } };
}

function economicPlan(read: NonNullable<ImportRead["economicLines"]>, data: ReportData, version: VersionOf) {
  const current = new Map(data.economicLines.map((l) => [l.subjectCode, l]));
  const labels = { amount: "本年决算数", priorYearAmount: "上年决算数" } as const;
  const changes: RowChange[] = [];
  let unchanged = 0;
  const lines = read.lines.map((line) => {
    const before = current.get(line.code);
    const after = {
      amount: line.values.amount ?? before?.amount ?? 0,
      priorYearAmount: line.values.priorYearAmount ?? before?.priorYearAmount ?? 0,
    };
    const fields = (["amount", "priorYearAmount"] as const)
      .filter((f) => (before?.[f] ?? 0) !== after[f])
      .map((f) => ({ label: labels[f], old: before ? shown(before[f]) : "", new: shown(after[f]) }));
    const label = `${line.code} ${line.name}`.trim();
    if (fields.length === 0) unchanged++;
    else changes.push({ kind: before ? "changed" : "added", key: line.code, label, fields });
    return { subjectCode: line.code, amount: money(after.amount), priorYearAmount: money(after.priorYearAmount) };
  });
  const kept = new Set(read.lines.map((l) => l.code));
  for (const [code, before] of current) {
    if (kept.has(code) || (before.amount === 0 && before.priorYearAmount === 0)) continue;
    changes.push({
      kind: "removed",
      key: code,
      label: `${code} ${data.economicSubjects[code]?.name ?? ""}`.trim(),
      fields: (["amount", "priorYearAmount"] as const)
        .filter((f) => before[f] !== 0)
        .map((f) => ({ label: labels[f], old: shown(before[f]), new: "" })),
    });
  }
  return { plan: { changes, unchanged }, inputs: { version: version("economicLines"), input: { lines } } };
}

function threePublicPlan(read: NonNullable<ImportRead["threePublic"]>, data: ReportData, version: VersionOf) {
  const labels = { initialBudget: "年初预算数", actual: "本年决算数", priorYear: "上年决算数" } as const;
  const changes: RowChange[] = [];
  let unchanged = 0;
  const amounts = THREE_PUBLIC_ITEMS.map((item) => {
    const before = data.threePublic.amounts[item];
    const readItem = read.amounts[item] ?? {};
    const after = {
      initialBudget: readItem.initialBudget ?? before.initialBudget,
      actual: readItem.actual ?? before.actual,
      priorYear: readItem.priorYear ?? before.priorYear,
    };
    const fields = (["initialBudget", "actual", "priorYear"] as const)
      .filter((f) => before[f] !== after[f])
      .map((f) => ({ label: labels[f], old: shown(before[f]), new: shown(after[f]) }));
    if (fields.length > 0) changes.push({ kind: "changed", key: item, label: THREE_PUBLIC_LABELS[item], fields });
    else if (read.amounts[item]) unchanged++;
    return {
      item,
      initialBudget: money(after.initialBudget),
      actual: money(after.actual),
      priorYear: money(after.priorYear),
    };
  });
  const q = data.threePublic.quantities;
  const quantities = Object.fromEntries(
    QUANTITY_FIELDS.map(([k]) => [k, String(read.quantities?.[k] ?? q[k])]),
  ) as TThreePublicInput["quantities"];
  const quantityFields = QUANTITY_FIELDS.filter(([k]) => String(q[k]) !== quantities[k]).map(([k, label]) => ({
    label,
    old: String(q[k]),
    new: quantities[k],
  }));
  if (quantityFields.length > 0)
    changes.push({ kind: "changed", key: "quantities", label: "实物量", fields: quantityFields });
  const input: TThreePublicInput = { confirmCarried: false, amounts, quantities };
  return { plan: { changes, unchanged }, inputs: { version: version("threePublic"), input } };
}

const points = (h: number | null) => (h === null ? "" : formatPoints(h));
const indicatorText = (i: ReadIndicator | TIndicatorInput) =>
  `${i.level1}/${i.level2}/${i.level3} 指标值${i.targetValue} 完成${i.actualValue} 分值${i.weight} 得分${i.score}`;

function performancePlan(read: NonNullable<ImportRead["performance"]>, data: ReportData, version: VersionOf) {
  const current = new Map(data.projects.map((p) => [p.name, p]));
  const labels = { initialBudget: "年初预算数", budget: "全年预算数", executed: "全年执行数" } as const;
  const changes: RowChange[] = [];
  let unchanged = 0;
  const save: NonNullable<ImportInputs["performance"]>["save"] = [];
  for (const p of read.projects) {
    const before = current.get(p.name);
    const beforeIndicators: TIndicatorInput[] = (before?.indicators ?? []).map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      targetValue: i.targetValue,
      actualValue: i.actualValue,
      weight: points(i.weightHundredths),
      score: points(i.scoreHundredths),
      deviationReason: i.deviationReason,
    }));
    const indicators: TIndicatorInput[] = p.indicators ?? beforeIndicators;
    const input: TProjectInput = {
      projectId: before?.id ?? null,
      name: p.name,
      initialBudget: money(p.values.initialBudget ?? before?.initialBudget ?? 0),
      budget: money(p.values.budget ?? before?.budget ?? 0),
      executed: money(p.values.executed ?? before?.executed ?? 0),
      score: p.score ?? points(before?.scoreHundredths ?? null),
      declaredGrade: p.declaredGrade ?? before?.declaredGrade ?? "",
      goal: before?.goal ?? "",
      effect: before?.effect ?? "",
      problems: before?.problems ?? "",
      nextSteps: before?.nextSteps ?? "",
      indicators,
    };
    const fields: FieldChange[] = (["initialBudget", "budget", "executed"] as const)
      .filter((f) => (before?.[f] ?? 0) !== (p.values[f] ?? before?.[f] ?? 0) || (!before && (p.values[f] ?? 0) !== 0))
      .map((f) => ({
        label: labels[f],
        old: before ? shown(before[f]) : "",
        new: shown(p.values[f] ?? before?.[f] ?? 0),
      }));
    const oldScore = points(before?.scoreHundredths ?? null);
    if (input.score !== oldScore) fields.push({ label: "自评得分", old: oldScore, new: input.score });
    if (input.declaredGrade !== (before?.declaredGrade ?? ""))
      fields.push({ label: "评价等级", old: before?.declaredGrade ?? "", new: input.declaredGrade });
    const oldList = beforeIndicators.map(indicatorText).join("；");
    const newList = indicators.map(indicatorText).join("；");
    if (oldList !== newList) fields.push({ label: `绩效指标（${indicators.length}项）`, old: oldList, new: newList });
    if (!before) changes.push({ kind: "added", key: p.name, label: p.name, fields });
    else if (fields.length > 0) changes.push({ kind: "changed", key: p.name, label: p.name, fields });
    else unchanged++;
    save.push({ version: before ? version(`performance:project:${before.id}`) : 0, input });
  }
  const kept = new Set(read.projects.map((p) => p.name));
  const remove = data.projects
    .filter((p) => !kept.has(p.name))
    .map((p) => ({ version: version(`performance:project:${p.id}`), projectId: p.id, name: p.name }));
  for (const r of remove) {
    const before = current.get(r.name)!;
    changes.push({
      kind: "removed",
      key: r.name,
      label: r.name,
      fields: [
        { label: "全年预算数", old: shown(before.budget), new: "" },
        { label: "全年执行数", old: shown(before.executed), new: "" },
      ],
    });
  }
  return { plan: { changes, unchanged }, inputs: { save, remove } };
}

/** The plan of an import: one entry per section read. */
export function planImport(read: ImportRead, data: ReportData, version: VersionOf): ImportPlan {
  const sections: SectionPlan[] = [];
  const inputs: ImportInputs = {};
  const add = (section: ImportSection, sheet: string, plan: { changes: RowChange[]; unchanged: number }) =>
    sections.push({ section, title: IMPORT_SECTION_LABELS[section], sheet, ...plan });
  if (read.functionLines) {
    const r = functionPlan(read.functionLines, data, version);
    add("functionLines", read.functionLines.sheet, r.plan);
    inputs.functionLines = r.inputs;
  }
  if (read.economicLines) {
    const r = economicPlan(read.economicLines, data, version);
    add("economicLines", read.economicLines.sheet, r.plan);
    inputs.economicLines = r.inputs;
  }
  if (read.threePublic) {
    const r = threePublicPlan(read.threePublic, data, version);
    add("threePublic", read.threePublic.sheet, r.plan);
    inputs.threePublic = r.inputs;
  }
  if (read.performance) {
    const r = performancePlan(read.performance, data, version);
    add("performance", read.performance.sheet, r.plan);
    inputs.performance = r.inputs;
  }
  return { sections, inputs, problems: read.problems };
}
