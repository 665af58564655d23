/**
 * What changed between two years' catalogs, and which codes of the earlier year continue as which codes
 * of the later one. Pure.
 *
 * - added / removed: codes in one year only; renamed: a code in both under another name.
 * - Suggested mappings (an admin confirms them, lib/catalogs/mappings.ts):
 *   a code unchanged under a new name (renamed), and a removed code whose name — with the names of its
 *   类 and 款, or under the same parent code — appears under exactly one added code of the same level
 *   (renumbered). A name alone suggests nothing: there are dozens of 行政运行.
 * - resolveCarry: where a code of last year's report goes this year, or why it cannot go anywhere.
 */
import type { MappingDecision, MappingReason, SubjectLevel } from "../domain";
import { LEVEL_WORDS, type CatalogEntry } from "./catalog-rows";

export interface Renamed {
  code: string;
  level: SubjectLevel;
  before: string;
  after: string;
}

export interface CatalogChanges {
  added: CatalogEntry[];
  removed: CatalogEntry[];
  renamed: Renamed[];
  /** Subjects in both under the same name. */
  unchanged: number;
}

export function diffCatalogs(before: readonly CatalogEntry[], after: readonly CatalogEntry[]): CatalogChanges {
  const old = new Map(before.map((e) => [e.code, e]));
  const now = new Map(after.map((e) => [e.code, e]));
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const renamed: Renamed[] = [];
  let unchanged = 0;
  for (const e of after) {
    const o = old.get(e.code);
    if (!o) continue;
    if (o.name === e.name) unchanged++;
    else renamed.push({ code: e.code, level: e.level, before: o.name, after: e.name });
  }
  return {
    added: after.filter((e) => !old.has(e.code)).sort(byCode),
    removed: before.filter((e) => !now.has(e.code)).sort(byCode),
    renamed: renamed.sort(byCode),
    unchanged,
  };
}

export interface MappingSuggestion {
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  level: SubjectLevel;
  reason: Exclude<MappingReason, "manual">;
}

/** “一般公共服务支出/市场监督管理事务/行政运行”: a subject's name with its 类's and 款's. */
function namePath(e: CatalogEntry, names: Map<string, string>): string {
  const parts: string[] = [];
  for (let len = 3; len < e.code.length; len += 2) parts.push(names.get(e.code.slice(0, len)) ?? "");
  return [...parts, e.name].join("/");
}

export function suggestMappings(before: readonly CatalogEntry[], after: readonly CatalogEntry[]): MappingSuggestion[] {
  const changes = diffCatalogs(before, after);
  const oldNames = new Map(before.map((e) => [e.code, e.name]));
  const newNames = new Map(after.map((e) => [e.code, e.name]));
  const out: MappingSuggestion[] = changes.renamed.map((r) => ({
    fromCode: r.code,
    fromName: r.before,
    toCode: r.code,
    toName: r.after,
    level: r.level,
    reason: "renamed",
  }));
  /** Added codes by a key; a key that more than one added code shares suggests nothing. */
  const index = (key: (e: CatalogEntry) => string) => {
    const m = new Map<string, CatalogEntry | null>();
    for (const e of changes.added) {
      const k = `${e.level}|${key(e)}`;
      m.set(k, m.has(k) ? null : e);
    }
    return m;
  };
  const byPath = index((e) => namePath(e, newNames));
  // Under the same parent code, the name alone (the 款 itself may have been renamed).
  const byName = index((e) => `${e.parentCode}|${e.name}`);
  const taken = new Set<string>();
  const candidates: MappingSuggestion[] = [];
  for (const e of changes.removed) {
    const target =
      byPath.get(`${e.level}|${namePath(e, oldNames)}`) ??
      byName.get(`${e.level}|${e.parentCode}|${e.name}`) ??
      undefined;
    if (!target) continue;
    candidates.push({
      fromCode: e.code,
      fromName: e.name,
      toCode: target.code,
      toName: target.name,
      level: e.level,
      reason: "renumbered",
    });
  }
  // Two removed codes pointing at one added code: neither is suggested (an admin decides).
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.toCode, (counts.get(c.toCode) ?? 0) + 1);
  for (const c of candidates) {
    if (counts.get(c.toCode) === 1 && !taken.has(c.toCode)) {
      taken.add(c.toCode);
      out.push(c);
    }
  }
  return out.sort((a, b) => a.fromCode.localeCompare(b.fromCode));
}

export interface MappingDecisionRow {
  fromCode: string;
  toCode: string;
  decision: MappingDecision;
}

/** Where a code of last year goes this year: a code, or the reason it cannot be carried (and a suggestion). */
export type CarryTarget = { ok: true; code: string } | { ok: false; reason: string; suggestion?: string };

export interface CarryCatalogs {
  /** Last year's catalog (the report carried from), code → name. */
  before: ReadonlyMap<string, string>;
  /** This year's catalog, code → name. */
  after: ReadonlyMap<string, string>;
  /** The admin's decisions for this year, by last year's code. */
  decisions: ReadonlyMap<string, MappingDecisionRow>;
  /** Suggestions not yet decided, by last year's code. */
  suggestions: ReadonlyMap<string, MappingSuggestion>;
}

export function resolveCarry(code: string, c: CarryCatalogs): CarryTarget {
  const decision = c.decisions.get(code);
  const suggestion = c.suggestions.get(code);
  const suggested = suggestion ? `建议对应为${suggestion.toCode}${suggestion.toName}，待管理员确认` : undefined;
  if (decision?.decision === "confirmed") {
    if (c.after.has(decision.toCode)) return { ok: true, code: decision.toCode };
    return { ok: false, reason: `管理员确认的对应科目${decision.toCode}不在本年科目表中` };
  }
  if (decision?.decision === "rejected") {
    return { ok: false, reason: "管理员已确认本年科目表中没有与之对应的科目" };
  }
  const name = c.after.get(code);
  if (name === undefined) {
    return { ok: false, reason: "本年科目表中没有这个编码", ...(suggested ? { suggestion: suggested } : {}) };
  }
  const before = c.before.get(code);
  if (before !== undefined && before !== name) {
    return {
      ok: false,
      reason: `科目名称已由“${before}”改为“${name}”，管理员尚未确认是否为同一科目`,
      ...(suggested ? { suggestion: suggested } : {}),
    };
  }
  return { ok: true, code };
}

/** “项2013901 行政运行”, as messages name a subject. */
export const subjectLabel = (e: { code: string; name: string; level: SubjectLevel }) =>
  `${LEVEL_WORDS[e.level]}${e.code} ${e.name}`;
