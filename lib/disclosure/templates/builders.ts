/** Shorthands for writing the built-in templates as data. */
import type { Block, SectionKind, SectionSpec, TableSpec } from "../template";

export const p = (text: string): Block => ({ type: "paragraph", text });
export const h = (text: string): Block => ({ type: "heading", text });
export const each = (list: string, text: string): Block => ({ type: "paragraphs", each: list, text });
export const lines = (list: string, text: string): Block => ({ type: "list", each: list, text });

export function section(
  kind: SectionKind,
  title: string,
  blocks: Block[],
  more: Partial<Omit<SectionSpec, "kind" | "title" | "blocks">> = {},
): SectionSpec {
  return { kind, title, numbered: true, blocks, lists: {}, options: {}, ...more };
}

/** A table with the layout fields every table has; `more` gives the rest. */
export function table(
  kind: TableSpec["kind"],
  title: string,
  common: Omit<TableSpec, "kind" | "title" | "note">,
  note: string,
  more: Partial<TableSpec> = {},
): TableSpec {
  return { kind, title, note, ...common, ...more };
}
