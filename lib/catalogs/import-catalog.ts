import "server-only";
import { and, desc, eq, inArray, isNull, lt, ne } from "drizzle-orm";
import { getDb, type Db } from "../../db";
import { catalogImports, subjectCatalogs, users } from "../../db/schema";
import { assertCan, type Actor } from "../access";
import { writeAudit } from "../audit/write-audit";
import { catalogFor, laterCatalogYears, previousCatalogYear, subjectTable, subjectTableName } from "../catalog";
import { NotFoundError, ValidationError } from "../errors";
import { CATALOG_KIND_LABELS, type CatalogKind, type CatalogSource } from "../domain";
import type { CatalogEntry } from "./catalog-rows";
import { diffCatalogs, suggestMappings, type CatalogChanges, type MappingSuggestion } from "./changes";
import { readCatalogFile } from "./read-file";

type Reader = Pick<Db, "select">;

/** What an admin is shown before a catalog file is applied. */
export interface CatalogImportPreview {
  id: number;
  kind: CatalogKind;
  year: number;
  fileName: string;
  createdAt: Date;
  createdBy: string | null;
  appliedAt: Date | null;
  subjects: number;
  /** The catalog year compared with (the latest before `year`), or null when there is none. */
  comparedWith: number | null;
  changes: CatalogChanges;
  /** The catalog `year` has now, which the file replaces (null: the year has none of its own). */
  replaces: { source: CatalogSource; subjects: number } | null;
  /** Subjects clerks added to `year` that the file lacks: kept, still awaiting confirmation. */
  keptLocal: CatalogEntry[];
  /** Later catalog years, which this import leaves as they are. */
  laterYears: number[];
  /** Code mappings last year → this year the changes suggest (confirmed on the catalog page). */
  suggestions: MappingSuggestion[];
}

interface StoredChanges {
  comparedWith: number | null;
  changes: CatalogChanges;
}

function compare(kind: CatalogKind, year: number, entries: CatalogEntry[], db: Reader): StoredChanges {
  const comparedWith = previousCatalogYear(kind, year, db);
  const before = comparedWith === null ? [] : catalogFor(kind, comparedWith, db);
  return { comparedWith, changes: diffCatalogs(before, entries) };
}

const strip = (e: CatalogEntry): CatalogEntry => ({
  code: e.code,
  name: e.name,
  level: e.level,
  parentCode: e.parentCode,
});

/**
 * 导入 (step 1): reads the file and keeps it with the changes it would make against the year before,
 * for the admin to look at. Nothing in the catalog changes yet. A file that cannot be read gives the
 * reasons, each naming its row.
 */
export async function previewCatalogImport(
  actor: Actor,
  input: { kind: CatalogKind; year: number; fileName: string; bytes: Uint8Array },
): Promise<{ ok: true; id: number } | { ok: false; errors: string[] }> {
  assertCan(actor, "catalog.import");
  const read = await readCatalogFile(input.kind, input.fileName, input.bytes);
  if (!read.ok) return read;
  const db = getDb();
  const stored = compare(input.kind, input.year, read.entries, db);
  const day = new Date(Date.now() - 24 * 3600 * 1000);
  return db.transaction((tx) => {
    // Previews nobody applied within a day are dropped: they were looked at and left.
    tx.delete(catalogImports)
      .where(and(lt(catalogImports.createdAt, day), isNull(catalogImports.appliedAt)))
      .run();
    const row = tx
      .insert(catalogImports)
      .values({
        kind: input.kind,
        year: input.year,
        fileName: input.fileName.slice(0, 200),
        rowsJson: JSON.stringify(read.entries),
        changesJson: JSON.stringify(stored),
        createdById: actor.id,
      })
      .returning({ id: catalogImports.id })
      .get();
    return { ok: true as const, id: row.id };
  });
}

/** A catalog import's preview (any admin may look at and apply another admin's). */
export function getCatalogImport(actor: Actor, id: number): CatalogImportPreview {
  assertCan(actor, "catalog.import");
  const db = getDb();
  const row = db
    .select({ i: catalogImports, by: users.displayName })
    .from(catalogImports)
    .leftJoin(users, eq(users.id, catalogImports.createdById))
    .where(eq(catalogImports.id, id))
    .get();
  if (!row) throw new NotFoundError("这次导入不存在或已过期，请重新上传文件");
  const { i } = row;
  const entries = JSON.parse(i.rowsJson) as CatalogEntry[];
  const stored = JSON.parse(i.changesJson) as StoredChanges;
  const current = db
    .select()
    .from(subjectCatalogs)
    .where(and(eq(subjectCatalogs.kind, i.kind), eq(subjectCatalogs.year, i.year)))
    .get();
  // With a catalog of its own, the catalog in force for the year is that one.
  const inYear = current ? catalogFor(i.kind, i.year, db) : [];
  const codes = new Set(entries.map((e) => e.code));
  const before = stored.comparedWith === null ? [] : catalogFor(i.kind, stored.comparedWith, db);
  return {
    id: i.id,
    kind: i.kind,
    year: i.year,
    fileName: i.fileName,
    createdAt: i.createdAt,
    createdBy: row.by,
    appliedAt: i.appliedAt,
    subjects: entries.length,
    comparedWith: stored.comparedWith,
    changes: stored.changes,
    replaces: current ? { source: current.source, subjects: inYear.length } : null,
    keptLocal: inYear.filter((s) => s.source === "clerk" && !codes.has(s.code)).map(strip),
    laterYears: laterCatalogYears(i.kind, i.year),
    suggestions: suggestMappings(before, entries),
  };
}

/**
 * 导入 (step 2): replaces the year's catalog with the file's subjects, in one transaction, audited —
 * keeping subjects clerks added that the file lacks (the file's own entry wins where both have a code).
 * Refused when the year before changed since the preview: the admin then looks again.
 */
export function applyCatalogImport(
  actor: Actor,
  id: number,
): { year: number; kind: CatalogKind; changes: CatalogChanges } {
  assertCan(actor, "catalog.import");
  const db = getDb();
  return db.transaction((tx) => {
    const i = tx.select().from(catalogImports).where(eq(catalogImports.id, id)).get();
    if (!i) throw new NotFoundError("这次导入不存在或已过期，请重新上传文件");
    if (i.appliedAt) throw new ValidationError("这个文件已经导入过了。");
    const entries = JSON.parse(i.rowsJson) as CatalogEntry[];
    const now = compare(i.kind, i.year, entries, tx);
    if (JSON.stringify(now) !== i.changesJson) {
      throw new ValidationError("预览之后，上一年度的科目表有了变化：请重新上传文件，核对新的变化后再导入。");
    }
    const table = subjectTable(i.kind);
    const codes = entries.map((e) => e.code);
    tx.delete(table)
      .where(and(eq(table.year, i.year), ne(table.source, "clerk")))
      .run();
    for (let k = 0; k < codes.length; k += 500) {
      tx.delete(table)
        .where(and(eq(table.year, i.year), inArray(table.code, codes.slice(k, k + 500))))
        .run();
    }
    for (let k = 0; k < entries.length; k += 200) {
      tx.insert(table)
        .values(entries.slice(k, k + 200).map((e) => ({ ...strip(e), year: i.year, source: "catalog" as const })))
        .run();
    }
    const at = new Date();
    tx.insert(subjectCatalogs)
      .values({
        kind: i.kind,
        year: i.year,
        source: "import",
        basedOnYear: now.comparedWith,
        fileName: i.fileName,
        updatedById: actor.id,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: [subjectCatalogs.kind, subjectCatalogs.year],
        set: {
          source: "import",
          basedOnYear: now.comparedWith,
          fileName: i.fileName,
          updatedById: actor.id,
          updatedAt: at,
        },
      })
      .run();
    tx.update(catalogImports).set({ appliedAt: at }).where(eq(catalogImports.id, id)).run();
    const field = (code: string) => `${subjectTableName(i.kind)}@${i.year}[${code}]`;
    const c = now.changes;
    writeAudit(
      tx,
      [
        {
          actorId: actor.id,
          action: "catalog.import",
          field: `${subjectTableName(i.kind)}@${i.year}`,
          newValue: `${i.year}年${CATALOG_KIND_LABELS[i.kind]}科目表（${i.fileName}）：${entries.length}个科目；与${now.comparedWith ?? "（无）"}年相比新增${c.added.length}、删除${c.removed.length}、改名${c.renamed.length}`,
        },
        ...c.added.map((e) => ({
          actorId: actor.id,
          action: "catalog.import.add",
          field: field(e.code),
          newValue: e.name,
        })),
        ...c.removed.map((e) => ({
          actorId: actor.id,
          action: "catalog.import.remove",
          field: field(e.code),
          oldValue: e.name,
        })),
        ...c.renamed.map((r) => ({
          actorId: actor.id,
          action: "catalog.import.rename",
          field: field(r.code),
          oldValue: r.before,
          newValue: r.after,
        })),
      ],
      at,
    );
    return { year: i.year, kind: i.kind, changes: c };
  });
}

/** The latest imports (applied or not), newest first. */
export function recentCatalogImports(actor: Actor, limit = 10) {
  assertCan(actor, "catalog.import");
  return getDb()
    .select({
      id: catalogImports.id,
      kind: catalogImports.kind,
      year: catalogImports.year,
      fileName: catalogImports.fileName,
      createdAt: catalogImports.createdAt,
      appliedAt: catalogImports.appliedAt,
      by: users.displayName,
    })
    .from(catalogImports)
    .leftJoin(users, eq(users.id, catalogImports.createdById))
    .orderBy(desc(catalogImports.id))
    .limit(limit)
    .all();
}
