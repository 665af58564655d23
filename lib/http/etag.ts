/** Whether the request's If-None-Match names `etag` (or is `*`): the client's copy is current. */
export function notModified(request: Request | undefined, etag: string): boolean {
  const header = request?.headers.get("if-none-match");
  if (!header) return false;
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}
