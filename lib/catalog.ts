import "server-only";
import { and, asc, eq, gte, inArray, isNull, or } from "drizzle-orm";
import { getDb } from "../db";
import { economicSubjects, functionSubjects } from "../db/schema";
import { assertCan, type Actor } from "./access";
import { writeAudit } from "./audit/write-audit";
import type { TAddSubject } from "./catalog.schema";
import { ValidationError } from "./errors";
import type { SubjectLevel } from "./domain";

export interface CatalogItem {
  code: string;
  name: string;
  /** “类名 / 款名” of a 项, for telling apart the many 行政运行. */
  path: string;
}

const validIn = (year: number, table: typeof functionSubjects | typeof economicSubjects) =>
  or(isNull(table.validTo), gte(table.validTo, year));

/** The 项 of the 支出功能分类 valid in a year, with their 类 and 款 names. Reference data, not secret. */
export function listFunctionItems(year: number): CatalogItem[] {
  const all = getDb()
    .select()
    .from(functionSubjects)
    .where(validIn(year, functionSubjects))
    .orderBy(asc(functionSubjects.code))
    .all();
  const names = new Map(all.map((s) => [s.code, s.name]));
  return all
    .filter((s) => s.level === "item")
    .map((s) => ({
      code: s.code,
      name: s.name,
      path: `${names.get(s.code.slice(0, 3)) ?? s.code.slice(0, 3)} / ${names.get(s.code.slice(0, 5)) ?? s.code.slice(0, 5)}`,
    }));
}

/** Every subject name of both catalogs valid in a year, by code (their codes never overlap: 2xx / 3xx). */
export function subjectNames(year: number): Map<string, string> {
  const db = getDb();
  return new Map([
    ...db
      .select({ code: functionSubjects.code, name: functionSubjects.name })
      .from(functionSubjects)
      .where(validIn(year, functionSubjects))
      .all()
      .map((s) => [s.code, s.name] as const),
    ...db
      .select({ code: economicSubjects.code, name: economicSubjects.name })
      .from(economicSubjects)
      .where(validIn(year, economicSubjects))
      .all()
      .map((s) => [s.code, s.name] as const),
  ]);
}

/** The 款 of the 支出经济分类 valid in a year, with their 类 code and name. */
export function listEconomicSections(year: number) {
  const all = getDb()
    .select()
    .from(economicSubjects)
    .where(validIn(year, economicSubjects))
    .orderBy(asc(economicSubjects.code))
    .all();
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

/** Which of these codes are not subjects of the given level in the catalog valid in the year. */
function unknownCodes(
  table: typeof functionSubjects | typeof economicSubjects,
  level: "item" | "section",
  codes: string[],
  year: number,
): string[] {
  if (codes.length === 0) return [];
  const found = new Set(
    getDb()
      .select({ code: table.code })
      .from(table)
      .where(and(inArray(table.code, codes), eq(table.level, level), validIn(year, table)))
      .all()
      .map((r) => r.code),
  );
  return codes.filter((c) => !found.has(c));
}

export const unknownFunctionItems = (codes: string[], year: number) =>
  unknownCodes(functionSubjects, "item", codes, year);
export const unknownEconomicSections = (codes: string[], year: number) =>
  unknownCodes(economicSubjects, "section", codes, year);

// ---------------------------------------------------------------------------------------------
// Administration: the reference lists lack some subjects a department uses; an admin adds them.

const LEVEL_BY_LENGTH: Record<number, SubjectLevel> = { 3: "class", 5: "section", 7: "item" };

export interface CatalogRow {
  code: string;
  name: string;
  level: SubjectLevel;
  validFrom: number;
}

export function listCatalog(actor: Actor, kind: "function" | "economic"): CatalogRow[] {
  assertCan(actor, "admin.catalogs");
  const table = kind === "function" ? functionSubjects : economicSubjects;
  return getDb()
    .select({ code: table.code, name: table.name, level: table.level, validFrom: table.validFrom })
    .from(table)
    .orderBy(asc(table.code))
    .all();
}

export function addSubject(actor: Actor, input: TAddSubject): void {
  assertCan(actor, "admin.catalogs");
  const table = input.kind === "function" ? functionSubjects : economicSubjects;
  const db = getDb();
  db.transaction((tx) => {
    if (tx.select({ code: table.code }).from(table).where(eq(table.code, input.code)).get()) {
      throw new ValidationError(`科目编码${input.code}已存在`, "code");
    }
    const parentCode = input.code.length === 3 ? null : input.code.slice(0, input.code.length - 2);
    if (parentCode && !tx.select({ code: table.code }).from(table).where(eq(table.code, parentCode)).get()) {
      throw new ValidationError(`上级科目${parentCode}不存在，请先添加它`, "code");
    }
    tx.insert(table)
      .values({
        code: input.code,
        name: input.name,
        level: LEVEL_BY_LENGTH[input.code.length]!,
        parentCode,
        validFrom: input.validFrom,
      })
      .run();
    writeAudit(tx, {
      actorId: actor.id,
      action: "catalog.add",
      field: `${input.kind === "function" ? "function_subjects" : "economic_subjects"}[${input.code}]`,
      newValue: input.name,
    });
  });
}
