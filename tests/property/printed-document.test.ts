/**
 * The printed document never contradicts itself — checked the way a reader or a checker's script reads
 * it: on the printed 万元 figures and the words around them, over thousands of random consistent reports
 * (tests/support/edge-report.ts) under every built-in template.
 *
 * Each check returns the problems it finds in words; a failing case reports its seed and traits, so it
 * can be replayed with `edgeReport(seed, TEMPLATES)`. PROPERTY_CASES sets the number of reports (default
 * 2,000; CI runs the default).
 */
import { describe, expect, it } from "vitest";
import { buildDisclosureWithSlots, documentText } from "../../lib/disclosure/build";
import { chartSvg } from "../../lib/disclosure/charts";
import { generalBudgetByClass, keyFigures } from "../../lib/disclosure/derive";
import { gradeFor } from "../../lib/disclosure/grades";
import type { DisclosureDocument, Section } from "../../lib/disclosure/model";
import type { ReportData } from "../../lib/disclosure/report-data";
import type { DisclosureTemplate, SectionSpec } from "../../lib/disclosure/template";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "../../lib/disclosure/templates";
import type { RegisteredSlot } from "../../lib/disclosure/values";
import { runRules } from "../../lib/rules";
import { formatWan, percent, roundToWanCents } from "../../lib/money";
import { edgeReport, type EdgeCase } from "../support/edge-report";
import { tableRelations } from "../support/table-relations";

const TEMPLATES = BUILT_IN_TEMPLATES.map((t) => builtInTemplate(t.id)!);
const CASES = Number(process.env.PROPERTY_CASES ?? 2_000);

const printed = roundToWanCents;
const wanText = (fen: number) => `${formatWan(fen)}万元`;
/** A printed “1,234.56” / “1234.56” back to hundredths of a 万元. */
const hundredths = (s: string) => Math.round(Number(s.replace(/,/g, "")) * 100);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

interface Built {
  data: ReportData;
  template: DisclosureTemplate;
  doc: DisclosureDocument;
  slots: RegisteredSlot[];
  text: string[];
}

const sectionsOf = (doc: DisclosureDocument) => doc.parts.flatMap((p) => p.sections);
const blockTexts = (s: Section) =>
  s.blocks.flatMap((b) =>
    b.kind === "paragraph" || b.kind === "heading" || b.kind === "note" ? [b.text] : b.kind === "list" ? b.items : [],
  );
const hasTextNote = (s: Section, template: DisclosureTemplate) =>
  s.blocks.some((b) => b.kind === "note" && b.text === template.roundingNotes.text);

/** Nothing a reader would call broken: no leftover placeholder, no NaN, no “占%”, no doubled punctuation. */
function junk({ text }: Built): string[] {
  const bad =
    /[{}[\]]|undefined|NaN|null|Infinity|-0\.00|占[；。，%]|，，|。。|；；|(?<!单位)为万元|万元万元|(增加|减少)0\.00万元|(增长|下降)0\.00%|\[object/;
  return text.filter((line) => bad.test(line)).map((line) => `broken text: ${line}`);
}

/** Every sum inside a table holds on the printed figures, or the table carries the 尾差 note. */
function tableSums({ doc, template }: Built): string[] {
  const out: string[] = [];
  const tables = sectionsOf(doc).flatMap((s) => s.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : [])));
  for (const r of tableRelations(tables, template)) {
    const total = sum(r.total.map(printed));
    const parts = sum(r.parts.map(printed));
    if (total !== parts && !r.table.notes.includes(template.roundingNotes.table))
      out.push(`${r.table.title} ${r.what}: printed ${formatWan(total)} ≠ ${formatWan(parts)} without the 尾差 note`);
  }
  return out;
}

/** A table without data says so under itself and in 第二部分's list of tables. */
function emptyTables({ doc, text }: Built): string[] {
  const out: string[] = [];
  for (const section of sectionsOf(doc))
    for (const b of section.blocks) {
      if (b.kind !== "table") continue;
      const t = b.table;
      const money = t.rows.flatMap((r) => r.cells.filter((c) => c.fen !== undefined));
      if (money.length > 0 && money.every((c) => c.fen === 0) && !t.empty)
        out.push(`${t.title}: no data but not marked empty`);
      if (t.empty) {
        if (!t.emptyStatement || !t.notes.some((n) => n.includes(t.emptyStatement)))
          out.push(`${t.title}: empty without a statement under it`);
        if (!text.some((line) => line.includes(t.emptyStatement))) out.push(`${t.title}: empty, not said in 第二部分`);
      }
    }
  return out;
}

function optionsOf(template: DisclosureTemplate, kind: string) {
  const walk = (sections: SectionSpec[]): SectionSpec | undefined =>
    sections.reduce<SectionSpec | undefined>(
      (found, s) => found ?? (s.kind === kind ? s : walk(s.children ?? [])),
      undefined,
    );
  return walk(template.parts.flatMap((p) => p.sections))?.options;
}

const INCOME_FIELD = {
  generalBudget: "incomeGeneralBudget",
  govFund: "incomeGovFund",
  stateCapital: "incomeStateCapital",
  superiorSubsidy: "incomeSuperiorSubsidy",
  business: "incomeBusiness",
  operating: "incomeOperating",
  fromSubsidiary: "incomeFromSubsidiary",
  other: "incomeOther",
} as const;
const EXPENSE_FIELD = {
  remitToSuperior: "remitToSuperior",
  operating: "operatingExpense",
  subsidyToSubsidiary: "subsidyToSubsidiary",
} as const;

/** What a section states as a total and its parts, from the data (the reader's arithmetic). */
function statedSums(
  data: ReportData,
  template: DisclosureTemplate,
): Record<string, { total: number; parts: number[] }[]> {
  const k = keyFigures(data);
  const lines = data.functionLines;
  const f = (pick: (l: ReportData["functionLines"][number]) => number) => lines.map(pick);
  const tp = data.threePublic.amounts;
  const o = data.otherMatters;
  const evaluated = data.projects.filter((p) => p.scoreHundredths !== null);
  const fund = (kind: "GovFund" | "StateCapital") => {
    const spent = f((l) => l[`basic${kind}`] + l[`project${kind}`]);
    return [{ total: sum(spent), parts: spent }];
  };
  return {
    income: [
      {
        total: k.incomeTotal,
        parts: (optionsOf(template, "income")?.incomeSources ?? []).map(({ source }) =>
          sum(
            f((l) =>
              source === "fiscal"
                ? l.incomeGeneralBudget + l.incomeGovFund + l.incomeStateCapital
                : l[INCOME_FIELD[source]],
            ),
          ),
        ),
      },
    ],
    expense: [
      {
        total: k.expenseTotal,
        parts: (optionsOf(template, "expense")?.expenseKinds ?? []).map(({ kind }) =>
          kind === "basic" ? k.basicTotal : kind === "project" ? k.projectTotal : sum(f((l) => l[EXPENSE_FIELD[kind]])),
        ),
      },
    ],
    generalBudget: [
      { total: k.generalBudgetExpense, parts: generalBudgetByClass(data).map((c) => c.actual) },
      // Told 项 by 项 only where the template explains at that level.
      ...(optionsOf(template, "generalBudget")?.level === "item"
        ? [{ total: k.generalBudgetExpense, parts: f((l) => l.basicGeneralBudget + l.projectGeneralBudget) }]
        : []),
    ],
    basic: [{ total: k.generalBudgetBasic, parts: [k.personnel, k.publicUse] }],
    threePublic: [
      {
        total: tp.abroad.actual + tp.vehicle_purchase.actual + tp.vehicle_operation.actual + tp.reception.actual,
        parts: [tp.abroad.actual, tp.vehicle_purchase.actual + tp.vehicle_operation.actual, tp.reception.actual],
      },
      {
        total: tp.vehicle_purchase.actual + tp.vehicle_operation.actual,
        parts: [tp.vehicle_purchase.actual, tp.vehicle_operation.actual],
      },
    ],
    procurement: [
      { total: o.procurementTotal, parts: [o.procurementGoods, o.procurementWorks, o.procurementServices] },
    ],
    govFund: fund("GovFund"),
    stateCapital: fund("StateCapital"),
    "performance.work": [
      {
        total: sum(evaluated.map((p) => p.executed)),
        parts: template.gradeBands.map((b) =>
          sum(
            evaluated
              .filter((p) => gradeFor(p.scoreHundredths, template.gradeBands) === b.grade)
              .map((p) => p.executed),
          ),
        ),
      },
    ],
  };
}

/**
 * A sentence that states a total and its parts: where the section prints the total and every non-zero
 * part, and the printed parts do not add up to the printed total, the section carries the 尾差 note.
 */
function textSums({ data, template, doc }: Built): string[] {
  const out: string[] = [];
  const sums = statedSums(data, template);
  for (const section of sectionsOf(doc)) {
    const relations = sums[section.kind ?? ""];
    if (!relations) continue;
    const text = blockTexts(section).join("\n");
    for (const { total, parts } of relations) {
      const shown = parts.filter((p) => printed(p) !== 0);
      if (shown.length < 2 || !text.includes(wanText(total))) continue;
      if (!shown.every((p) => text.includes(wanText(p)))) continue;
      if (printed(total) !== sum(shown.map(printed)) && !hasTextNote(section, template))
        out.push(`${section.title}: ${shown.map(wanText).join(" + ")} ≠ ${wanText(total)} without the 尾差 note`);
    }
  }
  return out;
}

/** Shares listed together (“占a%；…占b%”) add up to exactly 100.00%, in text and in chart legends. */
function shares({ doc, template }: Built): string[] {
  const out: string[] = [];
  for (const section of sectionsOf(doc)) {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") {
        const found = [...block.text.matchAll(/占(\d+\.\d{2})%/g)].map((m) => hundredths(m[1]!));
        if (found.length >= 2 && sum(found) !== 10_000 && !hasTextNote(section, template))
          out.push(`shares add to ${sum(found) / 100}%: ${block.text}`);
      }
      if (block.kind === "chart") {
        const svg = chartSvg(block.chart);
        if (/(width|height|x|y)="-/.test(svg) || /NaN|Infinity|undefined/.test(svg))
          out.push(`chart ${block.chart.id}: negative or broken size`);
        if (block.chart.type === "share") {
          const legend = [...svg.matchAll(/（(\d+\.\d{2})%）/g)].map((m) => hundredths(m[1]!));
          if (legend.length > 0 && sum(legend) !== 10_000)
            out.push(`chart ${block.chart.id}: legend adds to ${sum(legend) / 100}%`);
        }
      }
    }
  }
  return out;
}

/**
 * 年初预算 against 决算, as printed: “完成…的p%” is the printed 决算 over the printed 预算 and absent when
 * the 预算 prints as 0.00; 大于 / 小于 agree with the printed figures and neither is said when they are equal.
 */
function completions({ text }: Built): string[] {
  const out: string[] = [];
  const figure = /预算(?:数)?为([\d,]+\.\d{2})万元，支出决算(?:数)?为([\d,]+\.\d{2})万元/g;
  for (const line of text) {
    const matches = [...line.matchAll(figure)];
    matches.forEach((m, i) => {
      const end = matches[i + 1]?.index ?? line.length;
      let clause = line.slice(m.index, end);
      const other = clause.indexOf("其中");
      if (other > 0) clause = clause.slice(0, other);
      const budget = hundredths(m[1]!);
      const actual = hundredths(m[2]!);
      const rate = /完成(?:年初)?预算的(\d+\.\d{2})%/.exec(clause);
      if (rate && budget === 0) out.push(`rate on a budget printed as 0.00: ${clause}`);
      if (rate && budget !== 0 && rate[1] !== percent(actual, budget))
        out.push(`rate ${rate[1]}% ≠ ${percent(actual, budget)}%: ${clause}`);
      if (clause.includes("大于预算数") && !(actual > budget))
        out.push(`大于 on printed figures that are not: ${clause}`);
      if (clause.includes("小于预算数") && !(actual < budget))
        out.push(`小于 on printed figures that are not: ${clause}`);
    });
  }
  return out;
}

/** 一 and 四: 增加 / 减少 / 持平 as the printed totals against the printed prior totals show it. */
function totalsChange({ data, doc }: Built): string[] {
  const out: string[] = [];
  const k = keyFigures(data);
  const pairs: Record<string, [number, number]> = {
    total: [k.grandTotal, data.summary.priorYearGrandTotal],
    fiscal: [k.fiscalGrandTotal, data.summary.priorYearFiscalGrandTotal],
  };
  for (const section of sectionsOf(doc)) {
    const pair = pairs[section.kind ?? ""];
    if (!pair) continue;
    const text = blockTexts(section).join("");
    const delta = printed(pair[0]) - printed(pair[1]);
    if (delta === 0 && /增加|减少/.test(text)) out.push(`${section.title}: equal printed totals but a change: ${text}`);
    if (delta === 0 && !text.includes("持平"))
      out.push(`${section.title}: equal printed totals not told as 持平: ${text}`);
    if (delta !== 0 && !text.includes(`${delta > 0 ? "增加" : "减少"}${wanText(Math.abs(delta))}`))
      out.push(`${section.title}: the change ${formatWan(delta)} is not told: ${text}`);
  }
  return out;
}

/**
 * A saved reason is printed exactly when its slot is active (a real change or difference as printed),
 * after the figures it explains — never after 持平; a purpose is printed wherever its slot is.
 */
function reasons({ data, slots, text }: Built): string[] {
  const out: string[] = [];
  const printedTexts = new Set(
    text.flatMap((line) => [...line.matchAll(/(?:变动原因|用途说明)\d+号/g)].map((m) => m[0])),
  );
  const active = new Map<string, RegisteredSlot>();
  for (const s of slots) if (s.needed || s.role === "purpose") active.set(s.slot, s);
  for (const [key, saved] of Object.entries(data.explanations)) {
    const shown = printedTexts.has(saved);
    if (shown && !active.has(key)) out.push(`stale reason printed: ${key} “${saved}”`);
    if (!shown && active.has(key) && active.get(key)!.role === "reason") out.push(`needed reason not printed: ${key}`);
  }
  for (const line of text) {
    for (const m of line.matchAll(/变动原因\d+号/g)) {
      const before = line.slice(0, m.index);
      const words = [...before.matchAll(/增加|减少|大于|小于|未安排|未编列|持平|增长|下降/g)];
      const last = words.at(-1)?.[0];
      if (!last || last === "持平") out.push(`reason after ${last ?? "no figure"}: ${line}`);
    }
  }
  return out;
}

const CHECKS = { junk, tableSums, emptyTables, textSums, shares, completions, totalsChange, reasons };

function check(c: EdgeCase, template: DisclosureTemplate, withRules: boolean): string[] {
  const { document: doc, slots } = buildDisclosureWithSlots(c.data, template);
  const built: Built = { data: c.data, template, doc, slots, text: documentText(doc) };
  const out = Object.entries(CHECKS).flatMap(([name, fn]) => fn(built).map((p) => `${name}: ${p}`));
  if (withRules) runRules(c.data, template); // the 审核 of any of these reports does not throw
  return out.map((p) => `#${c.seed} [${c.traits.join("、")}] ${template.id} ${p}`);
}

describe("the printed document over random reports", () => {
  it(`never contradicts itself (${CASES} reports × ${TEMPLATES.length} templates)`, { timeout: 600_000 }, () => {
    const started = performance.now();
    const failures: string[] = [];
    const traits = new Map<string, number>();
    for (let seed = 1; seed <= CASES; seed++) {
      const c = edgeReport(seed, TEMPLATES);
      for (const t of c.traits)
        traits.set(t.replace(/^\d+行$/, "行数"), (traits.get(t.replace(/^\d+行$/, "行数")) ?? 0) + 1);
      for (const template of TEMPLATES) failures.push(...check(c, template, seed % 10 === 0));
      if (failures.length > 40) break;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `printed-document properties: ${CASES} reports × ${TEMPLATES.length} templates in ${seconds}s; traits: ${[...traits].map(([t, n]) => `${t} ${n}`).join("，")}`,
    );
    expect(failures.slice(0, 40)).toEqual([]);
  });
});
