import "server-only";
import { and, asc, eq, inArray, isNull, or, gte } from "drizzle-orm";
import { getDb } from "../db";
import { economicSubjects, functionSubjects } from "../db/schema";

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
  const all = getDb().select().from(functionSubjects).where(validIn(year, functionSubjects)).orderBy(asc(functionSubjects.code)).all();
  const names = new Map(all.map((s) => [s.code, s.name]));
  return all
    .filter((s) => s.level === "item")
    .map((s) => ({
      code: s.code,
      name: s.name,
      path: `${names.get(s.code.slice(0, 3)) ?? s.code.slice(0, 3)} / ${names.get(s.code.slice(0, 5)) ?? s.code.slice(0, 5)}`,
    }));
}

/** The 款 of the 支出经济分类 valid in a year, with their 类 code and name. */
export function listEconomicSections(year: number) {
  const all = getDb().select().from(economicSubjects).where(validIn(year, economicSubjects)).orderBy(asc(economicSubjects.code)).all();
  const names = new Map(all.map((s) => [s.code, s.name]));
  return all
    .filter((s) => s.level === "section")
    .map((s) => ({ code: s.code, name: s.name, classCode: s.code.slice(0, 3), className: names.get(s.code.slice(0, 3)) ?? "" }));
}

/** Which of these codes are not subjects of the given level in the catalog valid in the year. */
function unknownCodes(table: typeof functionSubjects | typeof economicSubjects, level: "item" | "section", codes: string[], year: number): string[] {
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

export const unknownFunctionItems = (codes: string[], year: number) => unknownCodes(functionSubjects, "item", codes, year);
export const unknownEconomicSections = (codes: string[], year: number) => unknownCodes(economicSubjects, "section", codes, year);
