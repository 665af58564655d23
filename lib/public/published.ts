import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "../../db";
import { departments, reports } from "../../db/schema";
import type { DisclosureDocument } from "../disclosure/model";

/**
 * The public side: published disclosures, for anyone, without login. These functions are unscoped on
 * purpose and read only reports whose status is `published` — never a draft, and never the working
 * data, only the frozen snapshot.
 */

export interface PublishedItem {
  departmentCode: string;
  departmentName: string;
  year: number;
  revision: number;
  publishedAt: Date;
}

const itemColumns = {
  departmentCode: departments.code,
  departmentName: departments.name,
  year: reports.year,
  revision: reports.revision,
  publishedAt: reports.publishedAt,
};

export function listPublished(): PublishedItem[] {
  return getDb()
    .select(itemColumns)
    .from(reports)
    .innerJoin(departments, eq(departments.id, reports.departmentId))
    .where(eq(reports.status, "published"))
    .orderBy(desc(reports.year), departments.code)
    .all()
    .map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}

export interface PublishedDisclosure extends PublishedItem {
  document: DisclosureDocument;
  sha256: string;
}

/** A route's department code, decoded; null when it is not a plausible code. */
export function departmentCodeParam(raw: string): string | null {
  try {
    const code = decodeURIComponent(raw);
    return /^[0-9A-Za-z]{1,40}$/.test(code) ? code : null;
  } catch {
    return null; // a malformed %-escape
  }
}

/** The current published revision of a department's year, or null. */
export function getPublished(departmentCode: string, year: number): PublishedDisclosure | null {
  const row = getDb()
    .select({
      ...itemColumns,
      json: reports.snapshotJson,
      sha256: reports.snapshotSha256,
    })
    .from(reports)
    .innerJoin(departments, eq(departments.id, reports.departmentId))
    .where(and(eq(departments.code, departmentCode), eq(reports.year, year), eq(reports.status, "published")))
    .get();
  if (!row?.json || !row.sha256 || !row.publishedAt) return null;
  const { json, ...rest } = row;
  return {
    ...rest,
    publishedAt: row.publishedAt,
    sha256: row.sha256,
    document: JSON.parse(json) as DisclosureDocument,
  };
}
