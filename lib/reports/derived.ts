import "server-only";
import { createHash } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { getDb } from "../../db";
import { writeStamp } from "../../db/write-stamp";
import type { DisclosureDocument } from "../disclosure/model";
import type { ReportData } from "../disclosure/report-data";
import type { DisclosureTemplate } from "../disclosure/template";
import { documentHtml } from "../export/html";
import type { Finding } from "../rules";
import { Lru } from "../lru";

/**
 * What is computed from a report's data — its 审核 findings, its disclosure document, the document's
 * HTML — kept per content, so that the pages of one report (the side navigation counts its findings on
 * every page) and the next request for the same unchanged report do not compute it again.
 *
 * The key is the SHA-256 of the data as loaded (everything the computation reads: figures, names,
 * units, subjects, status) and of the template, so any change to either is a new entry and an entry
 * is never stale. The data is loaded — and the access check made — before the key exists: an entry is
 * reached only by someone who has just read that very data. Entries are shared, never changed.
 *
 * Kept on globalThis: the server components, the route handlers and the server-side render of client
 * components are separate module instances in one process.
 */
const MAX_ENTRIES = 64;

interface Derived {
  findings?: Finding[];
  document?: DisclosureDocument;
}

// Named for its shape: a development server's hot reload keeps globalThis, and a store of another shape
// under the same name would be used as this one. Rename it when the shape changes (and in document-body.tsx).
const g = globalThis as unknown as {
  __juesuanKept?: {
    byContent: Lru<Derived>;
    html: Lru<string>;
    snapshots: Lru<DisclosureDocument>;
    data: WeakMap<BetterSqlite3.Database, { kept: Record<Pool, Lru<unknown>> }>;
  };
};
const store = (g.__juesuanKept ??= {
  byContent: new Lru(MAX_ENTRIES),
  html: new Lru(MAX_ENTRIES),
  snapshots: new Lru(MAX_ENTRIES / 2),
  data: new WeakMap(),
});

/** Kept reads are pooled by kind: the pages of the lists do not push out the reports' data. */
type Pool = "data" | "lists";

/**
 * What `load` reads from the database, kept until the database changes at all: the key holds the
 * connection's write stamp (db/write-stamp.ts), so any write anywhere makes every kept entry
 * unreachable. Nothing is kept inside a transaction, whose writes may yet be rolled back. `key` names
 * what is read; access checks are the caller's, before asking.
 */
export function memoUntilWrite<T>(client: BetterSqlite3.Database, key: string, load: () => T, pool: Pool = "data"): T {
  if (client.inTransaction) return load();
  let forClient = store.data.get(client);
  if (!forClient) {
    forClient = { kept: { data: new Lru(MAX_ENTRIES), lists: new Lru(MAX_ENTRIES) } };
    store.data.set(client, forClient);
  }
  const stamped = `${key}@${writeStamp(client)}`;
  const kept = forClient.kept[pool];
  return (kept.get(stamped) as T | undefined) ?? (kept.set(stamped, load()) as T);
}

/**
 * A page of a list (reports, published disclosures and their 地区, users, departments), kept until any write
 * (memoUntilWrite): the same first page asked again and again costs no SQL until something changes.
 * `key` holds everything the result depends on — the reader's scope, the filters, the page. The page
 * and its arrays are shared between requests, so they are frozen: a caller that sorted them in place
 * would fail at once instead of changing what the next reader sees.
 */
export function listUntilWrite<T>(key: string, read: () => T): T {
  return memoUntilWrite(getDb().$client, `list:${key}`, () => frozen(read()), "lists");
}

function frozen<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const part of Object.values(value)) if (Array.isArray(part)) Object.freeze(part);
    Object.freeze(value);
  }
  return value;
}

/** A report's rows as loaded (loadReportData), kept until any write (memoUntilWrite). */
export const memoReportData = (client: BetterSqlite3.Database, reportId: number, load: () => ReportData) =>
  memoUntilWrite(client, `report:${reportId}`, load);

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const dataKeys = new WeakMap<ReportData, string>();
const templateKeys = new WeakMap<DisclosureTemplate, string>();

function keyOf(data: ReportData, template: DisclosureTemplate): string {
  let d = dataKeys.get(data);
  if (d === undefined) dataKeys.set(data, (d = sha256(JSON.stringify(data))));
  let t = templateKeys.get(template);
  if (t === undefined) templateKeys.set(template, (t = sha256(JSON.stringify(template))));
  return `${d}:${t}`;
}

function entry(data: ReportData, template: DisclosureTemplate): Derived {
  const key = keyOf(data, template);
  return store.byContent.get(key) ?? store.byContent.set(key, {});
}

/** The findings of `data` under `template`, computed once per content. */
export function memoFindings(data: ReportData, template: DisclosureTemplate, run: () => Finding[]): Finding[] {
  const e = entry(data, template);
  return (e.findings ??= run());
}

/** The document built from `data` with `template`, built once per content. */
export function memoDocument(
  data: ReportData,
  template: DisclosureTemplate,
  build: () => DisclosureDocument,
): DisclosureDocument {
  const e = entry(data, template);
  return (e.document ??= build());
}

const htmlOfDocument = new WeakMap<DisclosureDocument, { html: string; key: string }>();

/**
 * The document's HTML (lib/export/html.ts) and its SHA-256, made once per document object and kept
 * under that SHA-256 for the server-side render of DocumentBody (documentHtmlByKey).
 */
export function memoDocumentHtml(document: DisclosureDocument): { html: string; key: string } {
  let done = htmlOfDocument.get(document);
  if (!done) {
    const html = documentHtml(document);
    done = { html, key: sha256(html) };
    htmlOfDocument.set(document, done);
  }
  store.html.set(done.key, done.html);
  return done;
}

/**
 * HTML a server component made in this process, by its SHA-256 (a key only the server hands out, in
 * the props of DocumentBody); undefined once evicted.
 */
export function documentHtmlByKey(key: string): string | undefined {
  return store.html.get(key);
}

/**
 * A published report's frozen document, parsed once per snapshot: `read` (the snapshot's JSON from the
 * database) runs only when the snapshot of `sha256` is not kept. Callers have found the snapshot's
 * SHA-256 through their access check (or the public, published-only query).
 */
export function memoSnapshot(sha256: string, read: () => string | null | undefined): DisclosureDocument | null {
  const kept = store.snapshots.get(sha256);
  if (kept) return kept;
  const json = read();
  return json ? store.snapshots.set(sha256, JSON.parse(json) as DisclosureDocument) : null;
}

/**
 * Reference data of a year's catalog (the same for everyone — e.g. its 功能分类 items, or the names of
 * their 类 and 款), read again after any write. `what` names the reading: each has its own entry.
 */
export function catalogDataOf<T>(what: string, year: number, read: (year: number) => T): T {
  return memoUntilWrite(getDb().$client, `catalog:${what}:${year}`, () => read(year));
}
