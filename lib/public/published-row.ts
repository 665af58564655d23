import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../../db";
import { preparedQuery } from "../../db/prepared";
import { departments, reports } from "../../db/schema";

/**
 * The current published revision of a department's year, without its snapshot: what the public page
 * (lib/public/published.ts) and the kept public pages (lib/public/page-cache.ts, which asks on every
 * request whether the page it keeps is still the one published) read first. Only `published` reports.
 */

/** A route's department code, decoded; null when it is not a plausible code. */
export function departmentCodeParam(raw: string): string | null {
  try {
    const code = decodeURIComponent(raw);
    return /^[0-9A-Za-z]{1,40}$/.test(code) ? code : null;
  } catch {
    return null; // a malformed %-escape
  }
}

/** The columns of a published disclosure as lists and pages show it. */
export const itemColumns = {
  departmentCode: departments.code,
  departmentName: departments.name,
  region: departments.region,
  year: reports.year,
  revision: reports.revision,
  publishedAt: reports.publishedAt,
};

const rowQuery = () => {
  const db = getDb();
  return preparedQuery(db, "published-row", () =>
    db
      .select({ ...itemColumns, id: reports.id, sha256: reports.snapshotSha256 })
      .from(reports)
      .innerJoin(departments, eq(departments.id, reports.departmentId))
      .where(
        and(
          eq(departments.code, sql.placeholder("code")),
          eq(reports.year, sql.placeholder("year")),
          eq(reports.status, "published"),
        ),
      )
      .prepare(),
  );
};

/** A published disclosure as the public list shows it. */
export interface PublishedItem {
  departmentCode: string;
  departmentName: string;
  /** 地区 of the department ("" when it has none). */
  region: string;
  year: number;
  revision: number;
  publishedAt: Date;
}

export interface PublishedRow extends PublishedItem {
  id: number;
  sha256: string;
}

/** The published revision of `departmentCode`'s `year`, or null (none, or not frozen). */
export function publishedRow(departmentCode: string, year: number): PublishedRow | null {
  const row = rowQuery().get({ code: departmentCode, year });
  if (!row?.sha256 || !row.publishedAt) return null;
  return { ...row, sha256: row.sha256, publishedAt: row.publishedAt };
}
