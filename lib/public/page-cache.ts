import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { getDb } from "../../db";
import { publicStamp } from "../../db/write-stamp";
import { notModified, PUBLIC_CACHE_CONTROL } from "../http/etag";
import { hashedContentSecurityPolicy, inlineHashes } from "../http/security-headers";
import { Lru } from "../lru";
import { departmentCodeParam, publishedRow } from "./published-row";

/**
 * The public pages, kept whole (decision 023). A published disclosure's page and the public list are
 * the same for every reader until the data under them changes, yet an App Router page is rendered per
 * request — it carries a fresh CSP nonce. proxy.ts asks here first: a page kept for the current version
 * of its data is answered straight from memory, with
 * - a Content-Security-Policy that allows, by their SHA-256 instead of a nonce, exactly the inline
 *   scripts Next.js gave the render's nonce (hashedContentSecurityPolicy) — an inline script that got
 *   into the page any other way is refused, as the nonce refused it — so one copy serves everyone, a CDN
 *   in front included;
 * - an ETag (the page's SHA-256) and a public Cache-Control, so a browser or a CDN asking again gets a 304.
 * Next.js compresses the answer as it does every page's (it drops a proxy answer's own Content-Encoding,
 * so a page cannot be kept compressed).
 *
 * A page not kept is rendered by Next.js as usual, with a nonce, asked for by the proxy itself on the
 * server's own address with a per-process secret header (RENDER_HEADER) that only keeps the proxy from
 * answering that request from here. One render per page and version, however many readers ask at once,
 * and at most MAX_RENDERING pages at a time: past that, a reader's page is rendered for them as before.
 * Whatever goes wrong on the way (no own address, an error page, a page whose tags this reading does not
 * understand, a document missing from the page) the reader gets the page rendered for them as before,
 * and the page is not asked for again for a minute. Not under `next dev`, whose pages change with the code.
 *
 * What "the current version" is:
 * - a disclosure's page (/disclosures/<code>/<year>): its published revision's report, snapshot SHA-256,
 *   revision and date — one indexed read per request; a new revision is a new page at once;
 * - the public list (/disclosures, its pages and filters): the public stamp (db/write-stamp.ts), which the
 *   database's triggers move when a report is published or superseded or a department changes name, code
 *   or region, and any write by another connection moves; a clerk's save does not. Only the list's own
 *   parameters, each once, are kept; searches by name are kept apart, so that they do not push out the
 *   browsed pages.
 *
 * Only a plain browser request is answered from here: GET or HEAD, no client-side navigation or prefetch
 * (their RSC answers are not the HTML page), no server action. The pages read nothing of the reader — no
 * session, no cookie (app/disclosures/layout.tsx) — so a signed-in reader is answered alike.
 */

/** The header that marks the proxy's own render of a public page; its value is this process's secret. */
export const RENDER_HEADER = "x-juesuan-page-render";

/** Pages kept, by kind: the list's pages and searches do not push out the disclosures. ~100–250 kB each. */
const MAX_KEPT = { page: 96, list: 32, search: 16 };
/** Renders of pages to keep under way at once (the machine has two cores). */
const MAX_RENDERING = 2;
/** The public list's parameters (lib/public/published.ts publishedQueryOf). */
const LIST_PARAMETERS = new Set(["q", "year", "region", "page", "size"]);
const RETRY_AFTER_MS = 60_000;
const RENDER_TIMEOUT_MS = 30_000;
const MAX_SEARCH = 300;
/** The list changes with every publication: a CDN may keep it a minute (a disclosure's page: five). */
const LIST_CACHE_CONTROL = "public, max-age=60";

const NAVIGATION_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

interface Kept {
  version: string;
  /** Null: the render failed; retried after `retryAt`. */
  page: { body: Uint8Array<ArrayBuffer>; etag: string; inline: { scripts: string[]; styles: string[] } } | null;
  retryAt: number;
}

// On globalThis: one secret and one store per process, whichever module instance asks.
const g = globalThis as unknown as {
  __juesuanPages?: { secret: Buffer; kept: Record<Kind, Lru<Kept>>; rendering: Map<string, Promise<Kept>> };
};
const store = (g.__juesuanPages ??= {
  secret: randomBytes(32),
  kept: { page: new Lru(MAX_KEPT.page), list: new Lru(MAX_KEPT.list), search: new Lru(MAX_KEPT.search) },
  rendering: new Map(),
});
const secretValue = store.secret.toString("base64url");

/**
 * Whether `request` is the proxy's own render of a public page (its header holds this process's secret):
 * the proxy renders it as any page, with a nonce, rather than answer it from here.
 */
export function isPageRender(request: Request): boolean {
  const value = request.headers.get(RENDER_HEADER);
  if (value === null) return false;
  const given = Buffer.from(value);
  return given.length === secretValue.length && timingSafeEqual(given, Buffer.from(secretValue));
}

type Kind = keyof typeof MAX_KEPT;

interface PublicPage {
  kind: Kind;
  /** What the page is kept under. */
  key: string;
  /** Where it is rendered (path and query). */
  path: string;
  cacheControl: string;
  /** The version of the data it shows, or null: not a page kept here (e.g. not published — the 404). */
  version(): string | null;
}

/** The public page `request` asks for, when it is one kept here. */
export function publicPageOf(request: Request): PublicPage | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (NAVIGATION_HEADERS.some((h) => request.headers.has(h))) return null;
  const url = new URL(request.url);
  if (url.pathname === "/disclosures") {
    if (url.search.length > MAX_SEARCH) return null;
    // Addresses the list's own links and form make; anything else (an unknown or repeated parameter) is
    // rendered per request, so that made-up addresses do not push out the pages readers browse.
    const names = [...url.searchParams.keys()];
    if (names.some((name) => !LIST_PARAMETERS.has(name)) || new Set(names).size !== names.length) return null;
    const path = `/disclosures${url.search}`;
    return {
      kind: url.searchParams.get("q") ? "search" : "list",
      key: url.search,
      path,
      cacheControl: LIST_CACHE_CONTROL,
      version: () => publicStamp(getDb().$client),
    };
  }
  const m = /^\/disclosures\/([^/]+)\/(\d{4})$/.exec(url.pathname);
  if (!m || url.search !== "") return null;
  const code = departmentCodeParam(m[1] ?? "");
  if (code === null) return null;
  const year = Number(m[2]);
  return {
    kind: "page",
    key: `${code}/${year}`,
    path: `/disclosures/${encodeURIComponent(code)}/${year}`,
    cacheControl: PUBLIC_CACHE_CONTROL,
    version: () => {
      const row = publishedRow(code, year);
      return row && `${row.id}:${row.sha256}:${row.revision}:${row.publishedAt.getTime()}`;
    },
  };
}

/**
 * The answer to `request` from the kept public pages, rendering the page once when it is not kept for
 * the current version; null when the request is not for a public page kept here or its render failed —
 * the proxy then lets Next.js render it for this request as usual.
 */
export async function keptPublicPage(request: Request, options: { https: boolean }): Promise<Response | null> {
  if (process.env.NODE_ENV === "development") return null;
  const page = publicPageOf(request);
  if (!page) return null;
  let version: string | null;
  try {
    version = page.version();
  } catch (error) {
    // The database answers the page itself too: let Next.js render it, and its error page if need be.
    console.error(`public page ${page.path}: version not read`, error);
    return null;
  }
  if (version === null) return null;
  let kept: Kept | null | undefined = store.kept[page.kind].get(page.key);
  if (!kept || kept.version !== version || (kept.page === null && Date.now() >= kept.retryAt)) {
    kept = await renderOnce(page, version);
  }
  const found = kept?.page;
  if (!found) return null;
  const headers = new Headers({ ETag: found.etag, "Cache-Control": page.cacheControl, Vary: VARY });
  if (notModified(request, found.etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", hashedContentSecurityPolicy(found.inline, options));
  return new Response(request.method === "HEAD" ? null : found.body, { status: 200, headers });
}

/** The page rendered for `version`, shared by everyone asking meanwhile; null when too many are under way. */
function renderOnce(page: PublicPage, version: string): Promise<Kept> | null {
  const id = `${page.kind}:${page.key}@${version}`;
  let pending = store.rendering.get(id);
  if (!pending) {
    if (store.rendering.size >= MAX_RENDERING) return null;
    pending = render(page)
      .catch((error: unknown) => {
        console.error(`public page ${page.path}: kept copy not made`, error);
        return null;
      })
      // Kept under the version read before the render: the page shows that data or newer, and a newer
      // version is rendered again when next asked for.
      .then((made) =>
        store.kept[page.kind].set(page.key, { version, page: made, retryAt: Date.now() + RETRY_AFTER_MS }),
      )
      .finally(() => store.rendering.delete(id));
    store.rendering.set(id, pending);
  }
  return pending;
}

async function render(page: PublicPage): Promise<Kept["page"]> {
  // Set by `next start` (and the standalone server) once it listens: this server's own address.
  const origin = process.env["__NEXT_PRIVATE_ORIGIN"];
  if (!origin) return null;
  const response = await fetch(new URL(page.path, origin), {
    headers: { [RENDER_HEADER]: secretValue, accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const html = await response.text();
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/html")) {
    throw new Error(`rendered with status ${response.status}`);
  }
  // The render's own nonce, which Next.js put on the scripts it wrote: only those are allowed by hash.
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  if (!nonce) throw new Error("rendered without a nonce");
  const inline = inlineHashes(html, nonce);
  if (!inline) throw new Error("a tag this reading does not understand");
  // A disclosure's page holds its document (DocumentBody renders it empty when the HTML was not at hand).
  if (page.kind === "page" && !/data-document="[^"]+"[^>]*>\s*<[a-z]/.test(html)) {
    throw new Error("rendered without its document");
  }
  const body = new TextEncoder().encode(html.replaceAll(` nonce="${nonce}"`, ""));
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  return { body, etag, inline };
}
