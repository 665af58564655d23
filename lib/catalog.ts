import "server-only";
import { and, asc, count, eq, gt, inArray, isNull, lt, lte, max, min, or, sql } from "drizzle-orm";
import { getDb, type Db } from "../db";
import { economicSubjects, functionSubjects, subjectCatalogs, users } from "../db/schema";
import { assertCan, type Actor } from "./access";
import { writeAudit } from "./audit/write-audit";
import type { TAddSubject } from "./catalog.schema";
import { levelOfCode, parentOfCode, type CatalogEntry } from "./catalogs/catalog-rows";
import { ValidationError } from "./errors";
import { CATALOG_KIND_LABELS, type CatalogKind, type CatalogSource, type SubjectSource } from "./domain";

/**
 * The subject catalogs, one per catalog year (docs/decisions/015-catalogs-per-year.md). A report of year
 * Y uses the catalog of the latest catalog year ≤ Y (before the first one: the first one). Reading is
 * reference data, open to every signed-in user; changing is for admins — and for a clerk adding a
 * missing 项 while entering (lib/catalogs/local-subjects.ts).
 */

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Reader = Pick<Db, "select">;
export type SubjectTable = typeof functionSubjects;

export const subjectTable = (kind: CatalogKind): SubjectTable =>
  kind === "function" ? functionSubjects : (economicSubjects as unknown as SubjectTable);
export const subjectTableName = (kind: CatalogKind) =>
  kind === "function" ? "function_subjects" : "economic_subjects";

/** The catalog year in force for a fiscal year: the latest ≤ year, else the earliest; null when none exists. */
export function catalogYear(kind: CatalogKind, year: number, db: Reader = getDb()): number | null {
  const where = eq(subjectCatalogs.kind, kind);
  const latest = db
    .select({ y: max(subjectCatalogs.year) })
    .from(subjectCatalogs)
    .where(and(where, lte(subjectCatalogs.year, year)))
    .get()?.y;
  if (latest !== null && latest !== undefined) return latest;
  return (
    db
      .select({ y: min(subjectCatalogs.year) })
      .from(subjectCatalogs)
      .where(where)
      .get()?.y ?? null
  );
}

/** The latest catalog year before `year` (what an import of `year` is compared with), or null. */
export function previousCatalogYear(kind: CatalogKind, year: number, db: Reader = getDb()): number | null {
  return (
    db
      .select({ y: max(subjectCatalogs.year) })
      .from(subjectCatalogs)
      .where(and(eq(subjectCatalogs.kind, kind), lt(subjectCatalogs.year, year)))
      .get()?.y ?? null
  );
}

export interface CatalogSubject extends CatalogEntry {
  source: SubjectSource;
  /** Added by a clerk and not yet confirmed by an admin. */
  unconfirmed: boolean;
}

const subjectFields = (table: SubjectTable) => ({
  code: table.code,
  name: table.name,
  level: table.level,
  parentCode: table.parentCode,
  source: table.source,
  confirmedAt: table.confirmedAt,
});

const toSubject = (r: {
  code: string;
  name: string;
  level: CatalogEntry["level"];
  parentCode: string | null;
  source: SubjectSource;
  confirmedAt: Date | null;
}): CatalogSubject => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parentCode,
  source: r.source,
  unconfirmed: r.source === "clerk" && r.confirmedAt === null,
});

/** Every subject of the catalog in force for a fiscal year, by code. */
export function catalogFor(kind: CatalogKind, year: number, db: Reader = getDb()): CatalogSubject[] {
  const cy = catalogYear(kind, year, db);
  if (cy === null) return [];
  const table = subjectTable(kind);
  return db
    .select(subjectFields(table))
    .from(table)
    .where(eq(table.year, cy))
    .orderBy(asc(table.code))
    .all()
    .map(toSubject);
}

/** The subjects of these codes in the catalog in force for a fiscal year. */
export function subjectsOf(kind: CatalogKind, year: number, codes: string[], db: Reader = getDb()): CatalogSubject[] {
  const cy = catalogYear(kind, year, db);
  if (cy === null || codes.length === 0) return [];
  const table = subjectTable(kind);
  return db
    .select(subjectFields(table))
    .from(table)
    .where(and(eq(table.year, cy), inArray(table.code, codes)))
    .all()
    .map(toSubject);
}

export interface CatalogItem {
  code: string;
  name: string;
  /** “类名 / 款名” of a 项, for telling apart the many 行政运行. */
  path: string;
  /** Added by a clerk, not yet confirmed by an admin. */
  unconfirmed?: boolean;
}

/** The 项 of the 支出功能分类 in force in a year, with their 类 and 款 names. Reference data, not secret. */
export function listFunctionItems(year: number): CatalogItem[] {
  const all = catalogFor("function", year);
  const names = new Map(all.map((s) => [s.code, s.name]));
  return all
    .filter((s) => s.level === "item")
    .map((s) => ({
      code: s.code,
      name: s.name,
      path: `${names.get(s.code.slice(0, 3)) ?? s.code.slice(0, 3)} / ${names.get(s.code.slice(0, 5)) ?? s.code.slice(0, 5)}`,
      ...(s.unconfirmed ? { unconfirmed: true } : {}),
    }));
}

/** The 类 and 款 names of the 支出功能分类 in force in a year (for the add-subject form), by code. */
export function functionParentNames(year: number): Record<string, string> {
  return Object.fromEntries(
    catalogFor("function", year)
      .filter((s) => s.level !== "item")
      .map((s) => [s.code, s.name]),
  );
}

/** Every subject name of both catalogs in force in a year, by code (their codes never overlap: 2xx / 3xx). */
export function subjectNames(year: number): Map<string, string> {
  return new Map([
    ...catalogFor("function", year).map((s) => [s.code, s.name] as const),
    ...catalogFor("economic", year).map((s) => [s.code, s.name] as const),
  ]);
}

/** The 款 of the 支出经济分类 in force in a year, with their 类 code and name. */
export function listEconomicSections(year: number) {
  const all = catalogFor("economic", year);
  const names = new Map(all.map((s) => [s.code, s.name]));
  return all
    .filter((s) => s.level === "section")
    .map((s) => ({
      code: s.code,
      name: s.name,
      classCode: s.code.slice(0, 3),
      className: names.get(s.code.slice(0, 3)) ?? "",
    }));
}

/** Which of these codes are not subjects of the given level in the catalog in force in the year. */
function unknownCodes(kind: CatalogKind, level: "item" | "section", codes: string[], year: number): string[] {
  if (codes.length === 0) return [];
  const found = new Set(
    subjectsOf(kind, year, codes)
      .filter((s) => s.level === level)
      .map((s) => s.code),
  );
  return codes.filter((c) => !found.has(c));
}

export const unknownFunctionItems = (codes: string[], year: number) => unknownCodes("function", "item", codes, year);
export const unknownEconomicSections = (codes: string[], year: number) =>
  unknownCodes("economic", "section", codes, year);

// ---------------------------------------------------------------------------------------------
// Changing a year's catalog

/**
 * Gives `year` a catalog of its own, if it has none, by copying the one in force (local additions
 * included): what is added to a year's catalog then belongs to that year and the years after it.
 * Returns the catalog year (= year).
 */
export function ensureCatalogYear(tx: Tx, kind: CatalogKind, year: number, actorId: number): number {
  const exists = tx
    .select({ year: subjectCatalogs.year })
    .from(subjectCatalogs)
    .where(and(eq(subjectCatalogs.kind, kind), eq(subjectCatalogs.year, year)))
    .get();
  if (exists) return year;
  const base = catalogYear(kind, year, tx);
  const table = subjectTableName(kind);
  if (base !== null) {
    tx.run(
      sql.raw(
        `INSERT INTO "${table}" (year, code, name, level, parent_code, source, added_by_id, added_in_report_id, added_at, confirmed_by_id, confirmed_at)
         SELECT ${year}, code, name, level, parent_code, source, added_by_id, added_in_report_id, added_at, confirmed_by_id, confirmed_at
         FROM "${table}" WHERE year = ${base}`,
      ),
    );
  }
  tx.insert(subjectCatalogs)
    .values({ kind, year, source: "derived", basedOnYear: base, updatedById: actorId, updatedAt: new Date() })
    .run();
  writeAudit(tx, {
    actorId,
    action: "catalog.derive",
    field: `${table}@${year}`,
    newValue: base === null ? `${year}年${CATALOG_KIND_LABELS[kind]}科目表（空）` : `沿用${base}年科目表`,
  });
  return year;
}

export interface NewSubject {
  code: string;
  name: string;
  /** The name of its 款 when the catalog lacks it (a 项's). */
  sectionName?: string;
  /** The name of its 类 when the catalog lacks it. */
  className?: string;
}

/**
 * Adds a subject to a year's catalog with, in the same step, its missing 款 and 类 (named by the
 * caller: no parent-first dance). Refuses a code already there and a missing parent without a name.
 * Returns the codes added, parents first.
 */
export function addSubjectWithParents(
  tx: Tx,
  kind: CatalogKind,
  year: number,
  subject: NewSubject,
  who: { actorId: number; source: SubjectSource; reportId?: number },
): string[] {
  const level = levelOfCode(kind, subject.code);
  if (!level) throw new ValidationError(`科目编码${subject.code}的位数不正确`, "code");
  ensureCatalogYear(tx, kind, year, who.actorId);
  const table = subjectTable(kind);
  const existing = (code: string) =>
    tx
      .select({ code: table.code, name: table.name })
      .from(table)
      .where(and(eq(table.year, year), eq(table.code, code)))
      .get();
  const found = existing(subject.code);
  if (found) throw new ValidationError(`科目编码${subject.code}已在${year}年科目表中（${found.name}）`, "code");
  const chain: { code: string; name: string }[] = [];
  for (let code = parentOfCode(subject.code); code; code = parentOfCode(code)) {
    if (existing(code)) break;
    const name = (code.length === 5 ? subject.sectionName : subject.className)?.trim();
    const field = code.length === 5 ? "sectionName" : "className";
    if (!name)
      throw new ValidationError(`科目表中没有${code.length === 5 ? "款" : "类"}${code}，请填写它的名称`, field);
    chain.unshift({ code, name });
  }
  const now = new Date();
  const rows = [...chain, { code: subject.code, name: subject.name.trim() }];
  for (const r of rows) {
    tx.insert(table)
      .values({
        year,
        code: r.code,
        name: r.name,
        level: levelOfCode(kind, r.code)!,
        parentCode: parentOfCode(r.code),
        source: who.source,
        addedById: who.actorId,
        addedInReportId: who.reportId ?? null,
        addedAt: now,
        ...(who.source === "clerk" ? {} : { confirmedById: who.actorId, confirmedAt: now }),
      })
      .run();
  }
  writeAudit(
    tx,
    rows.map((r) => ({
      actorId: who.actorId,
      reportId: who.reportId ?? null,
      action: who.source === "clerk" ? "catalog.addLocal" : "catalog.add",
      field: `${subjectTableName(kind)}@${year}[${r.code}]`,
      newValue: r.name,
    })),
    now,
  );
  return rows.map((r) => r.code);
}

/** An admin adds a subject to a year's catalog (with its missing parents named in the same step). */
export function addSubject(actor: Actor, input: TAddSubject): string[] {
  assertCan(actor, "admin.catalogs");
  return getDb().transaction((tx) =>
    addSubjectWithParents(tx, input.kind, input.year, input, { actorId: actor.id, source: "admin" }),
  );
}

// ---------------------------------------------------------------------------------------------
// The admin's view

export interface CatalogYearInfo {
  kind: CatalogKind;
  year: number;
  source: CatalogSource;
  basedOnYear: number | null;
  fileName: string;
  updatedAt: Date;
  updatedBy: string | null;
  subjects: number;
  unconfirmed: number;
}

/** The catalog years of both kinds, newest first, with their counts. */
export function listCatalogYears(actor: Actor): CatalogYearInfo[] {
  assertCan(actor, "admin.catalogs");
  const db = getDb();
  const counts = (kind: CatalogKind) => {
    const table = subjectTable(kind);
    return new Map(
      db
        .select({
          year: table.year,
          n: count(),
          unconfirmed: sql<number>`sum(case when ${table.source} = 'clerk' and ${table.confirmedAt} is null then 1 else 0 end)`,
        })
        .from(table)
        .groupBy(table.year)
        .all()
        .map((r) => [r.year, r]),
    );
  };
  const byKind = { function: counts("function"), economic: counts("economic") };
  return db
    .select({
      kind: subjectCatalogs.kind,
      year: subjectCatalogs.year,
      source: subjectCatalogs.source,
      basedOnYear: subjectCatalogs.basedOnYear,
      fileName: subjectCatalogs.fileName,
      updatedAt: subjectCatalogs.updatedAt,
      updatedBy: users.displayName,
    })
    .from(subjectCatalogs)
    .leftJoin(users, eq(users.id, subjectCatalogs.updatedById))
    .orderBy(sql`${subjectCatalogs.year} desc`, asc(subjectCatalogs.kind))
    .all()
    .map((r) => ({
      ...r,
      subjects: byKind[r.kind].get(r.year)?.n ?? 0,
      unconfirmed: Number(byKind[r.kind].get(r.year)?.unconfirmed ?? 0),
    }));
}

export interface CatalogRow {
  code: string;
  name: string;
  level: CatalogEntry["level"];
  source: SubjectSource;
  unconfirmed: boolean;
}

export const CATALOG_PAGE_SIZE = 100;

/**
 * One page of the catalog in force for a year, searched by code prefix or name, in code order:
 * the catalog year it is, the rows and how many match in all.
 */
export function listCatalogPage(
  actor: Actor,
  query: { kind: CatalogKind; year: number; search?: string; page?: number },
): { catalogYear: number | null; rows: CatalogRow[]; total: number; page: number; pageSize: number } {
  assertCan(actor, "admin.catalogs");
  const db = getDb();
  const cy = catalogYear(query.kind, query.year, db);
  const pageSize = CATALOG_PAGE_SIZE;
  if (cy === null) return { catalogYear: null, rows: [], total: 0, page: 1, pageSize };
  const table = subjectTable(query.kind);
  const term = (query.search ?? "").trim().replace(/[%_\\]/g, (c) => `\\${c}`);
  const where = and(
    eq(table.year, cy),
    term
      ? or(sql`${table.code} LIKE ${`${term}%`} ESCAPE '\\'`, sql`${table.name} LIKE ${`%${term}%`} ESCAPE '\\'`)
      : undefined,
  );
  const total = db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = db
    .select(subjectFields(table))
    .from(table)
    .where(where)
    .orderBy(asc(table.code))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map((r) => {
      const s = toSubject(r);
      return { code: s.code, name: s.name, level: s.level, source: s.source, unconfirmed: s.unconfirmed };
    });
  return { catalogYear: cy, rows, total, page, pageSize };
}

/** Subjects a clerk added that no admin has confirmed yet, of every year, with who added them where. */
export function listUnconfirmedSubjects(actor: Actor) {
  assertCan(actor, "admin.catalogs");
  const table = functionSubjects;
  return getDb()
    .select({
      year: table.year,
      code: table.code,
      name: table.name,
      level: table.level,
      addedAt: table.addedAt,
      addedBy: users.displayName,
      reportId: table.addedInReportId,
    })
    .from(table)
    .leftJoin(users, eq(users.id, table.addedById))
    .where(and(eq(table.source, "clerk"), isNull(table.confirmedAt)))
    .orderBy(asc(table.year), asc(table.code))
    .limit(500)
    .all();
}

/** Whether any catalog year after `year` exists (an import of `year` then leaves later years as they are). */
export function laterCatalogYears(kind: CatalogKind, year: number): number[] {
  return getDb()
    .select({ year: subjectCatalogs.year })
    .from(subjectCatalogs)
    .where(and(eq(subjectCatalogs.kind, kind), gt(subjectCatalogs.year, year)))
    .orderBy(asc(subjectCatalogs.year))
    .all()
    .map((r) => r.year);
}
