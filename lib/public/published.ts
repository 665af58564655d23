import "server-only";
import { and, count, desc, eq, exists, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { cache } from "react";
import { getDb } from "../../db";
import { departments, reports } from "../../db/schema";
import type { DisclosureDocument } from "../disclosure/model";
import { listUntilWrite, memoSnapshot } from "../reports/derived";
import { itemColumns, publishedRow, type PublishedItem } from "./published-row";
import { contains, limitOffset, pageQueryOf, paged, yearParam, zParam, type PageQuery, type Paged } from "../paging";

/**
 * The public side: published disclosures, for anyone, without login. These functions are unscoped on
 * purpose and read only reports whose status is `published` — never a draft, and never the working
 * data, only the frozen snapshot.
 */

export { departmentCodeParam, type PublishedItem } from "./published-row";

export interface PublishedQuery extends PageQuery {
  /** Text in the department's name ("" for any). */
  q: string;
  year: number | null;
  /** 地区, matched exactly ("" for any): one of publishedRegions(), or the list is empty. */
  region: string;
}

/** The public list's query string, parsed: unknown filters are ignored, bad numbers give page 1. */
export function publishedQueryOf(params: Record<string, unknown>): PublishedQuery {
  return {
    ...pageQueryOf(params),
    q: zParam(100).parse(params.q),
    year: yearParam(params.year),
    region: zParam(100).parse(params.region),
  };
}

/** One page of the published disclosures, newest year first, filtered in SQL; kept until the next write. */
export function listPublished(query: PublishedQuery = publishedQueryOf({})): Paged<PublishedItem> {
  return listUntilWrite(`published:${JSON.stringify(query)}`, () => readPublishedPage(query));
}

function readPublishedPage(query: PublishedQuery): Paged<PublishedItem> {
  const where = and(
    eq(reports.status, "published"),
    query.year !== null ? eq(reports.year, query.year) : undefined,
    query.region ? eq(departments.region, query.region) : undefined,
    query.q ? or(contains(departments.name, query.q), contains(departments.code, query.q)) : undefined,
  );
  const db = getDb();
  const { limit, offset } = limitOffset(query);
  const rows = db
    .select(itemColumns)
    .from(reports)
    .innerJoin(departments, eq(departments.id, reports.departmentId))
    .where(where)
    .orderBy(desc(reports.year), departments.code)
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({ ...r, publishedAt: r.publishedAt! }));
  const total =
    db
      .select({ n: count() })
      .from(reports)
      .innerJoin(departments, eq(departments.id, reports.departmentId))
      .where(where)
      .get()?.n ?? 0;
  return paged(rows, total, query);
}

const byPinyin = new Intl.Collator("zh-CN");

/**
 * The regions the public list can be browsed by: those with at least one published report, in pinyin
 * order (白银市, 定西市, 兰州市 …) as a reader looks for them. A department without a region ("") is left
 * out: it is found under 全部地区. Asked region by region (departments_region_idx), so each stops at its
 * first published report instead of joining them all. Kept until the next write.
 */
export function publishedRegions(): string[] {
  return listUntilWrite("published-regions", readPublishedRegions);
}

function readPublishedRegions(): string[] {
  const db = getDb();
  const regions = db
    .selectDistinct({ region: departments.region })
    .from(departments)
    .where(ne(departments.region, ""))
    .as("regions");
  const d = alias(departments, "d");
  const published = db
    .select({ one: sql`1` })
    .from(d)
    .innerJoin(reports, eq(reports.departmentId, d.id))
    .where(and(eq(d.region, regions.region), eq(reports.status, "published")));
  return db
    .select({ region: regions.region })
    .from(regions)
    .where(exists(published))
    .all()
    .map((r) => r.region)
    .sort(byPinyin.compare);
}

export interface PublishedDisclosure extends PublishedItem {
  document: DisclosureDocument;
  sha256: string;
}

/**
 * The current published revision of a department's year, or null. The frozen document is parsed once
 * per snapshot (lib/reports/derived.ts): the snapshot's JSON is read only when it is not kept. Once
 * per request (React `cache`: the page and its metadata share it).
 */
export const getPublished = cache(function getPublished(
  departmentCode: string,
  year: number,
): PublishedDisclosure | null {
  const row = publishedRow(departmentCode, year);
  if (!row) return null;
  const { id, ...item } = row;
  const document = memoSnapshot(
    row.sha256,
    () => getDb().select({ json: reports.snapshotJson }).from(reports).where(eq(reports.id, id)).get()?.json,
  );
  if (!document) return null;
  return { ...item, document };
});
