/**
 * Lists that grow with use — the audit log, comments, revision diffs, reports, users — are read one
 * page at a time, with their filters in the SQL, so no request holds more than MAX_PAGE_SIZE rows
 * however long the list gets (a report with 300,000 audit rows once took the server down). The query
 * string is input like any other: parsed here, and anything unusable falls back to the first page.
 */
import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { z } from "zod";

/** Rows a list page shows unless it asks for fewer. */
export const PAGE_SIZE = 50;
/** The most rows any list page returns. */
export const MAX_PAGE_SIZE = 100;

export interface PageQuery {
  page: number;
  size: number;
}

export interface Paged<T> {
  rows: T[];
  /** Rows matching the filters, on all pages. */
  total: number;
  page: number;
  size: number;
  pageCount: number;
}

/** A query-string value: the first when repeated, trimmed, and never longer than `max`. */
export const zParam = (max = 100) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(max).catch("")).catch("");

/** A year in the query string, or null when there is none or it is not a plausible year. */
export function yearParam(value: unknown): number | null {
  const year = Number(zParam(4).parse(value));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** `page` and `size` of a query string; bad values fall back to page 1 and the default size. */
export function pageQueryOf(params: Record<string, unknown>, defaultSize: number = PAGE_SIZE): PageQuery {
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const page = z.coerce.number().int().min(1).max(1_000_000).catch(1).parse(first(params.page));
  const size = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(defaultSize).parse(first(params.size));
  return { page, size };
}

/** SQL LIMIT and OFFSET of a page. */
export const limitOffset = (q: PageQuery) => ({ limit: q.size, offset: (q.page - 1) * q.size });

export function paged<T>(rows: T[], total: number, q: PageQuery): Paged<T> {
  return { rows, total, page: q.page, size: q.size, pageCount: Math.max(1, Math.ceil(total / q.size)) };
}

/** One page of a list already in memory (computed lists, such as a revision's diff). */
export function pageOf<T>(all: T[], q: PageQuery): Paged<T> {
  const { limit, offset } = limitOffset(q);
  return paged(all.slice(offset, offset + limit), all.length, q);
}

/** SQL: the column contains `text` (LIKE, case-insensitive for ASCII), with % and _ in it taken literally. */
export function contains(column: SQLiteColumn, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
