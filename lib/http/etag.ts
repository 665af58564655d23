/** Whether the request's If-None-Match names `etag` (or is `*`): the client's copy is current. */
export function notModified(request: Request | undefined, etag: string): boolean {
  const header = request?.headers.get("if-none-match");
  if (!header) return false;
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

/**
 * How long a browser or a CDN in front may keep a public answer (a published page, its PDF, Excel and
 * HTML) without asking again: five minutes, not `immutable` — the address names a department's year, and
 * a new revision replaces the text at the same address.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300";
