/**
 * buildDisclosure: report data + template → the whole 部门决算公开 document. Pure: no I/O, no clock,
 * no randomness — the same data and template always give the same document (and snapshot hash).
 */
import { buildCharts } from "./charts";
import { keyFigures } from "./derive";
import type { Block, DisclosureDocument, Part, Section } from "./model";
import { partSections, type NarrativeContext } from "./narrative";
import { chineseNumber } from "./numerals";
import type { ReportData } from "./report-data";
import { buildTables } from "./tables";
import type { DisclosureTemplate } from "./template";
import { renderPattern, type RegisteredSlot, type Values } from "./values";

export interface BuiltDisclosure {
  document: DisclosureDocument;
  /** Every reason and purpose the text met, by slot (the 说明 page and R-REASON read them). */
  slots: RegisteredSlot[];
}

const NO_TEXT = { lists: {}, register: () => undefined };

/** The document and the reasons it asks for, built together. */
export function buildDisclosureWithSlots(data: ReportData, template: DisclosureTemplate): BuiltDisclosure {
  const y = data.report.year;
  const k = keyFigures(data); // once: every table and section starts from these sums
  const common: Values = {
    department: data.report.departmentName,
    short: data.report.departmentShortName || data.report.departmentName,
    year: String(y),
    priorYear: String(y - 1),
  };
  const tables = buildTables(data, template, k);
  const ctx: NarrativeContext = { data, template, k, common, tables, slots: new Map() };
  const fill = (pattern: string, extra: Values = {}) =>
    renderPattern(pattern, [extra, common], { ...NO_TEXT, phrases: template.phrases }) ?? "";

  const parts: Part[] = template.parts.map((part, p) => {
    const sections: Section[] = partSections(part.sections, p, ctx);
    // The tables follow their list, in the part that lists them.
    const withTables = sections.flatMap((s) =>
      s.kind === "tables"
        ? [
            s,
            ...tables.map((t) => ({ id: `table-${t.id}`, title: "", blocks: [{ kind: "table" as const, table: t }] })),
          ]
        : [s],
    );
    return {
      id: `part-${p + 1}`,
      title: fill(template.numbering.part, { cn: chineseNumber(p + 1), title: fill(part.title) }),
      sections: withTables,
    };
  });

  if (template.charts) {
    const charts = buildCharts(data, k);
    const all = parts.flatMap((p) => p.sections);
    // The composition charts illustrate 支出决算情况说明; the comparison by 类 illustrates 五.
    for (const chart of charts) {
      const target = all.find((s) => s.kind === (chart.id === "chart-basic-project" ? "expense" : "generalBudget"));
      target?.blocks.push({ kind: "chart", chart } satisfies Block);
    }
  }

  return {
    document: {
      title: fill(template.title),
      cover: template.cover.map((line) => fill(line)).filter(Boolean),
      departmentName: data.report.departmentName,
      year: y,
      templateId: template.id,
      templateVersion: template.version,
      unit: template.unit,
      parts,
    },
    slots: [...ctx.slots.values()],
  };
}

export function buildDisclosure(data: ReportData, template: DisclosureTemplate): DisclosureDocument {
  return buildDisclosureWithSlots(data, template).document;
}

/** Every paragraph, list item and heading of a document, in order (for tests and text search). */
export function documentText(doc: DisclosureDocument): string[] {
  const out: string[] = [];
  for (const part of doc.parts) {
    out.push(part.title);
    for (const section of part.sections) {
      if (section.title) out.push(section.title);
      for (const block of section.blocks) {
        if (block.kind === "paragraph" || block.kind === "heading" || block.kind === "note") out.push(block.text);
        else if (block.kind === "list") out.push(...block.items);
      }
    }
  }
  return out;
}
