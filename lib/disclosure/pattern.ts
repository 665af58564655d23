/**
 * Sentence patterns: how a template writes a sentence, with the figures left as placeholders.
 *
 *   {name}            a value of the section (an amount prints as “763.19万元”, a rate as “0.71%”)
 *   {name:variant}    a phrase value told in one of the template's phrase variants (e.g. {change:noRate})
 *   {item.name}       a value of a group, e.g. {abroad.actual}
 *   [ … ]             an optional part: printed only when every placeholder inside has a value
 *
 * A value is absent (null) when there is nothing to say — a rate of a zero base, a list without
 * items, a reason nobody gave — and the optional part around it disappears with it. Pure.
 */

export type PatternNode =
  | { type: "text"; text: string }
  | { type: "slot"; name: string; variant?: string }
  | { type: "optional"; nodes: PatternNode[] };

export interface PatternError {
  message: string;
}

const SLOT = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)(?::([A-Za-z][A-Za-z0-9]*))?$/;

/** Parses a pattern, or says in Chinese what is wrong with it. */
export function parsePattern(source: string): { ok: true; nodes: PatternNode[] } | { ok: false; error: string } {
  const stack: PatternNode[][] = [[]];
  let text = "";
  const flush = () => {
    if (text) stack[stack.length - 1]!.push({ type: "text", text });
    text = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "{") {
      const end = source.indexOf("}", i);
      if (end < 0) return { ok: false, error: `第${i + 1}个字符处的“{”没有对应的“}”` };
      const inner = source.slice(i + 1, end).trim();
      const m = SLOT.exec(inner);
      if (!m) return { ok: false, error: `占位符“{${inner}}”的写法不正确` };
      flush();
      stack[stack.length - 1]!.push({ type: "slot", name: m[1]!, ...(m[2] ? { variant: m[2] } : {}) });
      i = end;
    } else if (c === "}") {
      return { ok: false, error: `第${i + 1}个字符处的“}”没有对应的“{”` };
    } else if (c === "[") {
      flush();
      stack.push([]);
    } else if (c === "]") {
      if (stack.length === 1) return { ok: false, error: `第${i + 1}个字符处的“]”没有对应的“[”` };
      flush();
      const nodes = stack.pop()!;
      stack[stack.length - 1]!.push({ type: "optional", nodes });
    } else {
      text += c;
    }
  }
  if (stack.length > 1) return { ok: false, error: "“[”没有对应的“]”" };
  flush();
  return { ok: true, nodes: stack[0]! };
}

/** Every placeholder of a parsed pattern, in order (with its variant). */
export function slotsOf(nodes: PatternNode[]): { name: string; variant?: string }[] {
  const out: { name: string; variant?: string }[] = [];
  for (const n of nodes) {
    if (n.type === "slot") out.push({ name: n.name, variant: n.variant });
    else if (n.type === "optional") out.push(...slotsOf(n.nodes));
  }
  return out;
}

const cache = new Map<string, PatternNode[]>();

/** A template's pattern, parsed once. Templates are validated when they load, so this does not fail. */
export function compiled(source: string): PatternNode[] {
  let nodes = cache.get(source);
  if (!nodes) {
    const parsed = parsePattern(source);
    if (!parsed.ok) throw new Error(`模板句式无法解析：${parsed.error}（${source}）`);
    nodes = parsed.nodes;
    if (cache.size > 5000) cache.clear();
    cache.set(source, nodes);
  }
  return nodes;
}

/** Turns one placeholder into text; null when the value is absent. */
export type SlotRenderer = (name: string, variant: string | undefined) => string | null;

/**
 * Fills a pattern. Returns null when a placeholder outside any optional part is absent: the caller
 * decides what an incomplete sentence means (usually: leave it out).
 */
export function fillPattern(source: string, render: SlotRenderer): string | null {
  return fillNodes(compiled(source), render);
}

function fillNodes(nodes: PatternNode[], render: SlotRenderer): string | null {
  let out = "";
  for (const n of nodes) {
    if (n.type === "text") out += n.text;
    else if (n.type === "slot") {
      const v = render(n.name, n.variant);
      if (v === null) return null;
      out += v;
    } else {
      out += fillNodes(n.nodes, render) ?? "";
    }
  }
  return out;
}
