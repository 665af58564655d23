import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "../../db";
import { subjectCodeMappings, users } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { catalogFor, catalogYear } from "../catalog";
import type { TDecideMapping } from "../catalog.schema";
import { ValidationError } from "../errors";
import type { CatalogKind, MappingDecision, MappingReason } from "../domain";
import {
  diffCatalogs,
  suggestMappings,
  type CarryCatalogs,
  type CatalogChanges,
  type MappingDecisionRow,
  type MappingSuggestion,
} from "./changes";

type Reader = Pick<Db, "select">;

/**
 * Code mappings: which code of the catalog in force last year continues as which code this year, used
 * when a new year's report carries 上年决算数 forward. Suggested from the two catalogs; decided by an
 * admin (stored per catalog year, the year a new catalog starts).
 */

function decisionsFor(kind: CatalogKind, year: number, db: Reader) {
  return db
    .select({
      fromCode: subjectCodeMappings.fromCode,
      toCode: subjectCodeMappings.toCode,
      reason: subjectCodeMappings.reason,
      decision: subjectCodeMappings.decision,
      decidedAt: subjectCodeMappings.decidedAt,
      decidedBy: users.displayName,
    })
    .from(subjectCodeMappings)
    .leftJoin(users, eq(users.id, subjectCodeMappings.decidedById))
    .where(and(eq(subjectCodeMappings.kind, kind), eq(subjectCodeMappings.year, year)))
    .all();
}

/** The two catalogs a carry from year−1 to year goes between, the admin's decisions and the open suggestions. */
export function carryCatalogs(kind: CatalogKind, year: number, db: Reader = getDb()): CarryCatalogs {
  const before = catalogFor(kind, year - 1, db);
  const after = catalogFor(kind, year, db);
  const to = catalogYear(kind, year, db);
  const sameCatalog = to !== null && to === catalogYear(kind, year - 1, db);
  const decisions = sameCatalog || to === null ? [] : decisionsFor(kind, to, db);
  const decided = new Map<string, MappingDecisionRow>(decisions.map((d) => [d.fromCode, d]));
  return {
    before: new Map(before.map((s) => [s.code, s.name])),
    after: new Map(after.map((s) => [s.code, s.name])),
    decisions: decided,
    suggestions: new Map(
      suggestMappings(before, after)
        .filter((s) => !decided.has(s.fromCode))
        .map((s) => [s.fromCode, s]),
    ),
  };
}

export interface MappingOverview {
  kind: CatalogKind;
  /** The catalog year whose codes are carried into this one, or null when the year has no earlier one. */
  fromYear: number | null;
  year: number;
  changes: CatalogChanges;
  /** Suggestions nobody decided yet. */
  suggestions: MappingSuggestion[];
  /** Removed or renamed codes without a suggestion or a decision: an admin maps them by hand, or says none. */
  open: { code: string; name: string; level: string }[];
  decisions: {
    fromCode: string;
    fromName: string;
    toCode: string;
    toName: string;
    reason: MappingReason;
    decision: MappingDecision;
    decidedAt: Date;
    decidedBy: string | null;
  }[];
}

/** For the catalog page: what changed from the catalog year before `year` and what is decided about it. */
export function mappingOverview(actor: Actor, kind: CatalogKind, year: number): MappingOverview | null {
  assertCan(actor, "admin.catalogs");
  const db = getDb();
  if (catalogYear(kind, year, db) !== year) return null;
  const fromYear = catalogYear(kind, year - 1, db);
  if (fromYear === null || fromYear === year) return null;
  const before = catalogFor(kind, fromYear, db);
  const after = catalogFor(kind, year, db);
  const changes = diffCatalogs(before, after);
  const decisions = decisionsFor(kind, year, db);
  const decided = new Set(decisions.map((d) => d.fromCode));
  const suggestions = suggestMappings(before, after).filter((s) => !decided.has(s.fromCode));
  const suggested = new Set(suggestions.map((s) => s.fromCode));
  const oldNames = new Map(before.map((s) => [s.code, s.name]));
  const newNames = new Map(after.map((s) => [s.code, s.name]));
  return {
    kind,
    fromYear,
    year,
    changes,
    suggestions,
    open: [
      ...changes.removed.map((e) => ({ code: e.code, name: e.name, level: e.level })),
      ...changes.renamed.map((r) => ({ code: r.code, name: r.before, level: r.level })),
    ]
      .filter((e) => !decided.has(e.code) && !suggested.has(e.code))
      .sort((a, b) => a.code.localeCompare(b.code)),
    decisions: decisions.map((d) => ({
      ...d,
      fromName: oldNames.get(d.fromCode) ?? "",
      toName: newNames.get(d.toCode) ?? "（本年科目表中已没有）",
    })),
  };
}

/** An admin decides where a code of last year's catalog goes in `year`'s: confirmed to a code, or none. */
export function decideMapping(actor: Actor, input: TDecideMapping): void {
  assertCan(actor, "catalog.confirm");
  const db = getDb();
  if (catalogYear(input.kind, input.year, db) !== input.year) {
    throw new ValidationError(`${input.year}年没有自己的科目表，无需对应`);
  }
  const fromYear = catalogYear(input.kind, input.year - 1, db);
  const before = fromYear === null ? [] : catalogFor(input.kind, fromYear, db);
  const after = catalogFor(input.kind, input.year, db);
  const from = before.find((s) => s.code === input.fromCode);
  if (!from) throw new ValidationError(`上年科目表中没有科目${input.fromCode}`, "fromCode");
  const to = after.find((s) => s.code === input.toCode);
  if (input.decision === "confirmed") {
    if (!to) throw new ValidationError(`${input.year}年科目表中没有科目${input.toCode}`, "toCode");
    if (to.level !== from.level)
      throw new ValidationError(`科目${input.toCode}与${input.fromCode}不是同一级次`, "toCode");
  }
  const suggestion = suggestMappings(before, after).find(
    (s) => s.fromCode === input.fromCode && s.toCode === input.toCode,
  );
  const reason: MappingReason = suggestion?.reason ?? "manual";
  const now = new Date();
  db.transaction((tx) => {
    const values = {
      toCode: input.toCode,
      reason,
      decision: input.decision,
      decidedById: actor.id,
      decidedAt: now,
    };
    tx.insert(subjectCodeMappings)
      .values({ kind: input.kind, year: input.year, fromCode: input.fromCode, ...values })
      .onConflictDoUpdate({
        target: [subjectCodeMappings.kind, subjectCodeMappings.year, subjectCodeMappings.fromCode],
        set: values,
      })
      .run();
    writeAudit(
      tx,
      {
        actorId: actor.id,
        action: "catalog.mapping",
        field: `${input.kind === "function" ? "function" : "economic"}_subjects@${input.year}[${input.fromCode}]`,
        newValue:
          input.decision === "confirmed"
            ? `${input.fromCode}${from.name} → ${input.toCode}${to!.name}`
            : `${input.fromCode}${from.name}：本年无对应科目`,
      },
      now,
    );
  });
}
