/**
 * The values a section offers its sentence patterns, and how each is told. A value is plain text (an
 * amount already printed as “763.19万元”, a count, a name), or something the template's phrases tell:
 * a change from last year, a 决算 against its budget, a reason the clerk gave. Comparisons are decided
 * on the printed figures (万元, two decimals) — what a reader compares — never on hidden 分.
 *
 * Rendering registers every reason and purpose it meets (its slot, whether the text needs it), so the
 * 说明 page and the 审核 rules ask exactly for the reasons this template prints. Pure.
 */
import { formatWan, percent, roundToWanCents } from "../money";
import { fillPattern } from "./pattern";
import type { Phrases, PhraseKind } from "./template";

/** A clerk's text bound to a narrative slot: a reason (主要原因) or a purpose (主要用于). */
export interface ClerkText {
  kind: "clerkText";
  role: "reason" | "purpose";
  /** Stable key, e.g. "total.yoy", "generalBudget.2013101.budget", "generalBudget.2013101.purpose". */
  slot: string;
  /** What the text explains, e.g. “收入、支出总计：与上年相比的变化”. */
  label: string;
  /** The figures it explains, as printed. */
  figure: string;
  text: string;
  /** Whether the printed figures call for it (a real change, a real difference). */
  needed: boolean;
}

export interface Change {
  kind: "change";
  current: number;
  prior: number;
}

export interface Completion {
  kind: "completion";
  actual: number;
  budget: number;
  reason: ClerkText | null;
}

export interface ListValue {
  kind: "list";
  items: Values[];
}

/** Values that belong together, named `group.name` in a pattern (e.g. {abroad.actual}). */
export interface Group {
  kind: "group";
  values: Values;
}

export type Value = string | null | undefined | ClerkText | Change | Completion | ListValue | Group;
export interface Values {
  [name: string]: Value;
}

// ---------------------------------------------------------------------------------------------
// Constructors

/** “763.19万元”. */
export const wan = (fen: number) => `${formatWan(fen)}万元`;

/** The amount a printed 万元 figure stands for. */
export const printed = (fen: number) => roundToWanCents(fen);

/** “94.81%”, or absent when the base prints as 0.00 (no rate of nothing). */
export function rate(numerator: number, denominator: number): string | null {
  if (printed(denominator) === 0) return null;
  // As a reader checks it: from the printed figures (1.70 of 1.70 is 100.00%, whatever the 分 behind).
  const p = percent(printed(numerator), printed(denominator));
  return p === null ? null : `${p}%`;
}

/**
 * The rate of a change as a reader computes it from the printed figures (printed change ÷ printed
 * prior). Absent when the prior prints as 0.00, and when it would print as 0.00% — 「增长0.00%」 tells
 * nothing and reads as a contradiction of 「增加…万元」.
 */
export function changeRate(current: number, prior: number): string | null {
  const r = rate(Math.abs(printed(current) - printed(prior)), Math.abs(printed(prior)));
  return r === "0.00%" ? null : r;
}

/**
 * Shares of one whole that add up to exactly 100.00% as printed (largest remainder on hundredths of a
 * percent); absent when the whole prints as 0.00. Parts must be non-negative.
 */
export function shares(parts: number[]): (string | null)[] {
  const whole = parts.reduce((s, x) => s + x, 0);
  if (printed(whole) === 0 || parts.some((x) => x < 0)) return parts.map((x) => rate(x, whole));
  const scale = 10_000n; // hundredths of a percent
  const W = BigInt(whole);
  const floors = parts.map((x) => (BigInt(x) * scale) / W);
  const remainders = parts.map((x, i) => BigInt(x) * scale - floors[i]! * W);
  let left = Number(scale - floors.reduce((s, f) => s + f, 0n));
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  const units = floors.map(Number);
  for (const i of order) {
    if (left <= 0) break;
    if (remainders[i]! > 0n) {
      units[i]! += 1;
      left -= 1;
    }
  }
  return units.map((u) => `${Math.floor(u / 100)}.${String(u % 100).padStart(2, "0")}%`);
}

/** Whether the printed parts add up to the printed total (what a reader adds up). */
export const addsUp = (total: number, parts: readonly number[]) =>
  printed(total) === parts.reduce((s, x) => s + printed(x), 0);

export const change = (current: number, prior: number): Change => ({ kind: "change", current, prior });

/** Whether a change shows in the printed figures. */
export const changed = (current: number, prior: number) => printed(current) !== printed(prior);

export const completion = (actual: number, budget: number, reason: ClerkText | null): Completion => ({
  kind: "completion",
  actual,
  budget,
  reason,
});

export const list = (items: Values[]): ListValue => ({ kind: "list", items });

export const group = (values: Values): Group => ({ kind: "group", values });

/** A flag for optional parts: "" (present, prints nothing) or null (absent). */
export const flag = (on: boolean): string | null => (on ? "" : null);

/** A text the clerk may leave empty: absent when it is. */
export const optionalText = (text: string | undefined): string | null => {
  const t = (text ?? "").trim();
  return t ? t : null;
};

// ---------------------------------------------------------------------------------------------
// Rendering

export interface RegisteredSlot {
  slot: string;
  role: "reason" | "purpose";
  label: string;
  figure: string;
  /** The section of the document it belongs to, e.g. 一、收入支出决算总体情况说明. */
  section: string;
  /** Whether the printed text calls for it now. */
  needed: boolean;
  text: string;
}

export interface TextContext {
  phrases: Phrases;
  /** The section's list shapes, for lists told inside a sentence. */
  lists: Record<string, { item: string; separator: string }>;
  /** Records a reason or purpose met while rendering. */
  register: (slot: ClerkText, needed: boolean) => void;
}

function lookup(scopes: Values[], name: string): Value {
  const [head, ...rest] = name.split(".");
  for (const scope of scopes) {
    if (!(head! in scope)) continue;
    let v: Value = scope[head!];
    for (const key of rest) v = typeof v === "object" && v !== null && v.kind === "group" ? v.values[key] : undefined;
    return v;
  }
  return undefined;
}

const ENUMERATED = /^[一1][是、.．]/;
const trimReason = (text: string) => text.trim().replace(/[。；;，,\s]+$/u, "");

/** Fills a pattern against values (innermost scope first). Null when a required placeholder is absent. */
export function renderPattern(source: string, scopes: Values[], ctx: TextContext): string | null {
  return fillPattern(source, (name, variant) => renderValue(lookup(scopes, name), variant, scopes, ctx, name));
}

function shape<K extends PhraseKind>(ctx: TextContext, kind: K, variant: string | undefined): Phrases[K][string] {
  const v = ctx.phrases[kind][variant ?? "default"] ?? ctx.phrases[kind].default;
  return v as Phrases[K][string];
}

/** A reason is absent — and the optional part around it goes — when the figures do not call for it or none was given. */
function renderReason(
  reason: ClerkText,
  needed: boolean,
  variant: string | undefined,
  ctx: TextContext,
): string | null {
  ctx.register(reason, needed);
  const text = trimReason(reason.text);
  if (!needed || !text) return null;
  const s = shape(ctx, "reason", variant);
  return fillPattern(ENUMERATED.test(text) ? s.enumerated : s.plain, (n) => (n === "text" ? text : null));
}

function renderValue(
  v: Value,
  variant: string | undefined,
  scopes: Values[],
  ctx: TextContext,
  name: string,
): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  switch (v.kind) {
    case "clerkText":
      if (v.role === "purpose") {
        ctx.register(v, true);
        return optionalText(v.text);
      }
      return renderReason(v, v.needed, variant, ctx);
    case "change": {
      const s = shape(ctx, "change", variant);
      const delta = printed(v.current) - printed(v.prior);
      const pattern = delta > 0 ? s.up : delta < 0 ? s.down : s.flat;
      return fillPattern(pattern, (n) =>
        n === "amount" ? wan(Math.abs(delta)) : n === "rate" ? changeRate(v.current, v.prior) : null,
      );
    }
    case "completion": {
      const s = shape(ctx, "completion", variant);
      const noBudget = printed(v.budget) === 0;
      const pattern = noBudget ? (printed(v.actual) === 0 ? s.none : s.noBudget) : s.withBudget;
      return fillPattern(pattern, (n, inner) => {
        if (n === "rate") return rate(v.actual, v.budget);
        if (n === "budget") return wan(v.budget);
        if (n === "actual") return wan(v.actual);
        if (n !== "difference") return null;
        const d = shape(ctx, "difference", inner);
        const diff = printed(v.actual) - printed(v.budget);
        return fillPattern(diff > 0 ? d.over : diff < 0 ? d.under : d.equal, (r, reasonVariant) =>
          r === "reason" && v.reason ? renderReason(v.reason, diff !== 0, reasonVariant, ctx) : null,
        );
      });
    }
    case "list": {
      const listShape = ctx.lists[name];
      if (!listShape || v.items.length === 0) return null;
      const parts = v.items
        .map((item, i) => renderPattern(listShape.item, [{ n: String(i + 1), ...item }, ...scopes], ctx))
        .filter((t): t is string => !!t);
      return parts.length ? parts.join(listShape.separator) : null;
    }
    default:
      return null;
  }
}
