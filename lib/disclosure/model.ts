/**
 * The disclosure document model: a typed tree of parts, sections, paragraphs, tables and charts.
 * No HTML and no I/O — the preview, the PDF, the Excel workbook and the published snapshot are all
 * renderings of one DisclosureDocument. Amounts are kept in 分 next to their printed text.
 */

export interface DisclosureDocument {
  title: string; // 中共兰州市委机构编制委员会办公室2020年度部门决算公开
  /** The lines of the cover page (the title broken where the template breaks it). */
  cover: string[];
  departmentName: string;
  year: number;
  /** The template and version the document was built with (a published snapshot keeps them). */
  templateId: string;
  templateVersion: number;
  unit: string; // 万元
  parts: Part[];
}

export interface Part {
  id: string; // "part-1"
  title: string; // 第一部分  部门概况
  sections: Section[];
}

export interface Section {
  id: string;
  /** The template's section kind (e.g. "generalBudget"), for renderers that place things by kind. */
  kind?: string;
  title: string; // 一、部门职责
  blocks: Block[];
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; table: Table }
  | { kind: "chart"; chart: Chart }
  | { kind: "note"; text: string };

export interface Cell {
  text: string;
  /** The exact amount behind a printed amount, in 分. */
  fen?: number;
  colSpan?: number;
  rowSpan?: number;
  align?: "left" | "center" | "right";
  /** Indentation level of a 科目 name (0 类, 1 款, 2 项). */
  indent?: number;
}

export type RowKind = "total" | "class" | "section" | "item" | "line" | "blank";

export interface Row {
  kind: RowKind;
  cells: Cell[];
}

export interface Table {
  /** Its place among the document's tables: "01" … "09" (anchors, sheet names). */
  id: string;
  /** What the table is (e.g. "generalBudgetExpense"), whatever the template calls it. */
  kind: string;
  /** 决算公开01表, or "" when the template numbers none. */
  number: string;
  title: string;
  /** 编制单位：…, or "" when the template prints none. */
  organisation: string;
  unit: string; // 单位：万元
  /** Header rows, with spans. */
  header: Cell[][];
  rows: Row[];
  /** Printed under the table (说明 / 注). */
  notes: string[];
  /** True when the table has no data (then a statement is among the notes). */
  empty: boolean;
  /** The statement of an empty table, for the table list of 第二部分 ("" when the table has data). */
  emptyStatement: string;
  /** Column count, for renderers. */
  columns: number;
}

export interface ChartDatum {
  label: string;
  fen: number;
  /** The printed share of the whole, e.g. “33.34%”; the shares of one chart add up to 100.00%. */
  share: string;
}

export type Chart =
  | { type: "share"; id: string; title: string; data: ChartDatum[] }
  | { type: "bars"; id: string; title: string; series: string[]; categories: { label: string; values: number[] }[] };
