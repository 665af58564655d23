/**
 * buildDisclosure: report data + template → the whole 部门决算公开 document. Pure: no I/O, no
 * clock, no randomness — the same data always gives the same document (and snapshot hash).
 */
import { buildCharts } from "./charts";
import { keyFigures } from "./derive";
import type { Block, DisclosureDocument, Part } from "./model";
import { explanationSections, glossarySection, performanceSections, profileSections } from "./narrative";
import type { ReportData } from "./report-data";
import { buildTables, chineseNumber } from "./tables";
import type { DisclosureTemplate } from "./templates";

export function buildDisclosure(data: ReportData, template: DisclosureTemplate): DisclosureDocument {
  const y = data.report.year;
  const k = keyFigures(data); // once: every table and section starts from these sums
  const tables = buildTables(data, template, k);
  const tableList: Block = {
    kind: "list",
    items: tables.map(
      (t, i) =>
        `${chineseNumber(i + 1)}、${t.title}（见${t.number}）${t.empty && ["07", "08", "09"].includes(t.id) ? `，${template.emptyTableStatement}` : ""}`,
    ),
  };
  const charts = buildCharts(data, k);
  const explanations = explanationSections(data, template, k);
  if (charts.length > 0) {
    // The composition charts illustrate 三、支出决算情况说明; the comparison illustrates 五.
    const expense = explanations.find((s) => s.id === "p3-expense");
    const general = explanations.find((s) => s.id === "p3-generalBudget");
    for (const chart of charts) {
      const target = chart.id === "chart-basic-project" ? expense : general;
      target?.blocks.push({ kind: "chart", chart });
    }
  }
  const parts: Part[] = [
    { id: "part-1", title: "第一部分  部门概况", sections: profileSections(data) },
    {
      id: "part-2",
      title: `第二部分  ${y}年度部门决算表`,
      sections: [
        { id: "p2-list", title: "", blocks: [tableList] },
        ...tables.map((t) => ({ id: `table-${t.id}`, title: "", blocks: [{ kind: "table" as const, table: t }] })),
      ],
    },
    { id: "part-3", title: `第三部分  ${y}年度部门决算情况说明`, sections: explanations },
    { id: "part-4", title: "第四部分  预算绩效管理情况", sections: performanceSections(data, template, k) },
    { id: "part-5", title: "第五部分  名词解释", sections: [glossarySection(data)] },
  ];
  return {
    title: `${data.report.departmentName}${y}年度部门决算公开`,
    departmentName: data.report.departmentName,
    year: y,
    templateId: template.id,
    unit: template.unit,
    parts,
  };
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
