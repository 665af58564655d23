/**
 * The text of the document: each section of the template, computed by its kind and told in the
 * template's patterns. Paragraphs that fill to nothing are left out; a section with nothing to tell
 * prints its `none` statement. Every reason and purpose met on the way is registered with the section
 * it belongs to, so the 说明 page and the 审核 rules ask for exactly the reasons this document prints.
 * Pure.
 */
import { CARRIED_GROUP_INFO, UNIT_NATURE_LABELS, type CarriedGroup } from "../domain";
import type { Block as DocBlock, Section, Table } from "./model";
import { chineseNumber } from "./numerals";
import { parsePattern, slotsOf } from "./pattern";
import { SECTION_KIND_DEFS, type SectionContext } from "./sections";
import type { Block, SectionSpec } from "./template";
import { addsUp, renderPattern, type ClerkText, type RegisteredSlot, type TextContext, type Values } from "./values";

export interface NarrativeContext extends SectionContext {
  /** Collects the reasons and purposes met, by slot. */
  slots: Map<string, RegisteredSlot>;
}

/** The units table of 第一部分 (序号 | 单位名称 | 备注). */
function unitsTable(ctx: SectionContext): Table {
  const rows = ctx.data.units.map((u, i) => ({
    kind: "line" as const,
    cells: [
      { text: String(i + 1), align: "center" as const },
      { text: u.name },
      { text: u.category || UNIT_NATURE_LABELS[u.nature] },
    ],
  }));
  return {
    id: "units",
    kind: "units",
    number: "",
    title: "",
    organisation: "",
    unit: "",
    header: [["序号", "单位名称", "备注"].map((text) => ({ text, align: "center" as const }))],
    rows,
    notes: [],
    empty: rows.length === 0,
    emptyStatement: "",
    columns: 3,
  };
}

function textContext(ctx: NarrativeContext, spec: SectionSpec, sectionTitle: string): TextContext {
  return {
    phrases: ctx.template.phrases,
    lists: spec.lists,
    register: (slot: ClerkText, needed: boolean) => {
      const known = ctx.slots.get(slot.slot);
      ctx.slots.set(slot.slot, {
        slot: slot.slot,
        role: slot.role,
        label: slot.label,
        figure: slot.figure,
        section: sectionTitle,
        needed: (known?.needed ?? false) || needed,
        text: slot.text,
      });
    },
  };
}

function renderBlocks(blocks: Block[], scope: Values[], text: TextContext, ctx: SectionContext): DocBlock[] {
  const out: DocBlock[] = [];
  const fill = (pattern: string, scopes: Values[]) => {
    const t = renderPattern(pattern, scopes, text);
    return t && t.trim() ? t : null;
  };
  const itemsOf = (name: string): Values[] => {
    const v = scope[0]![name];
    return typeof v === "object" && v !== null && v.kind === "list" ? v.items : [];
  };
  const itemScope = (item: Values, i: number): Values[] => [
    { n: String(i + 1), cn: chineseNumber(i + 1), ...item },
    ...scope,
  ];
  for (const block of blocks) {
    switch (block.type) {
      case "heading": {
        const t = fill(block.text, scope);
        if (t) out.push({ kind: "heading", text: t });
        break;
      }
      case "paragraph": {
        const t = fill(block.text, scope);
        if (t) out.push({ kind: "paragraph", text: t });
        break;
      }
      case "paragraphs":
        itemsOf(block.each).forEach((item, i) => {
          const t = fill(block.text, itemScope(item, i));
          if (t) out.push({ kind: "paragraph", text: t });
        });
        break;
      case "list": {
        const items = itemsOf(block.each)
          .map((item, i) => fill(block.text, itemScope(item, i)))
          .filter((t): t is string => t !== null);
        if (items.length) out.push({ kind: "list", items });
        break;
      }
      case "unitsTable":
        out.push({ kind: "table", table: unitsTable(ctx) });
        break;
    }
  }
  return out;
}

/** The blocks of one section (a group's children each under its （一） heading). */
function sectionBlocks(spec: SectionSpec, ctx: NarrativeContext, sectionTitle: string): DocBlock[] {
  if (spec.kind === "group") {
    return (spec.children ?? []).flatMap((child, i) => {
      const title = renderPattern(
        ctx.template.numbering.subsection,
        [{ cn: chineseNumber(i + 1), title: child.title }],
        {
          phrases: ctx.template.phrases,
          lists: {},
          register: () => undefined,
        },
      );
      return [
        ...(title ? [{ kind: "heading" as const, text: title }] : []),
        ...sectionBlocks(child, ctx, sectionTitle),
      ];
    });
  }
  const def = SECTION_KIND_DEFS[spec.kind];
  // Facts carried from last year and not yet confirmed are not printed as this year's (decision 016).
  const toConfirm = def.facts && ctx.data.toConfirm.find((c) => c.group === def.facts!.group);
  const pendingNote = toConfirm ? [{ kind: "note" as const, text: toConfirmNote(toConfirm) }] : [];
  if (toConfirm && !def.facts!.only) return pendingNote;
  const { values, empty, sums = [] } = def.values(ctx, spec);
  if (toConfirm) for (const name of def.facts!.only ?? []) values[name] = null;
  const scope: Values[] = [values, ctx.common];
  const text = textContext(ctx, spec, sectionTitle);
  if (empty && spec.none) {
    const t = renderPattern(spec.none, scope, text);
    return t ? [{ kind: "paragraph", text: t }] : [];
  }
  const blocks = [...renderBlocks(spec.blocks, scope, text, ctx), ...pendingNote];
  const printed = namesUsed(spec);
  const tail = sums.some((s) => s.uses.some((u) => printed.has(u)) && !addsUp(s.total, s.parts));
  return tail && blocks.length ? [...blocks, { kind: "note", text: ctx.template.roundingNotes.text }] : blocks;
}

/** What a draft's preview says in place of carried facts the clerk has not confirmed. */
export function toConfirmNote(c: { group: CarriedGroup; fromYear: number }): string {
  const info = CARRIED_GROUP_INFO[c.group];
  return `【待确认】${info.label}（${info.what}）取自${c.fromYear}年度决算，填报人确认或修改前不作为本年度数据列示。`;
}

/** The placeholders and lists a section's patterns print (a dotted name counts as its group too). */
function namesUsed(spec: SectionSpec): Set<string> {
  const names = new Set<string>();
  const add = (pattern: string) => {
    const p = parsePattern(pattern);
    if (!p.ok) return;
    for (const s of slotsOf(p.nodes)) {
      names.add(s.name);
      names.add(s.name.split(".")[0]!);
    }
  };
  for (const b of spec.blocks) {
    if ("text" in b) add(b.text);
    if ("each" in b) names.add(b.each);
  }
  for (const l of Object.values(spec.lists)) add(l.item);
  return names;
}

/** The sections of one part, numbered as the template says. */
export function partSections(specs: SectionSpec[], partIndex: number, ctx: NarrativeContext): Section[] {
  let number = 0;
  return specs.map((spec, i) => {
    const plainTitle =
      spec.kind === "profile.units" && ctx.data.units.length <= 1 && spec.options.singleUnitTitle
        ? spec.options.singleUnitTitle
        : spec.title;
    const title =
      spec.numbered && plainTitle
        ? (renderPattern(ctx.template.numbering.section, [{ cn: chineseNumber(++number), title: plainTitle }], {
            phrases: ctx.template.phrases,
            lists: {},
            register: () => undefined,
          }) ?? plainTitle)
        : plainTitle;
    return {
      id: `part${partIndex + 1}-${i + 1}-${spec.kind.replace(/\./g, "-")}`,
      kind: spec.kind,
      title,
      blocks: sectionBlocks(spec, ctx, title || plainTitle),
    };
  });
}
