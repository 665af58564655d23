/**
 * Whether a request comes from this site's own pages: a browser's cross-site POST (a form on another
 * site) carries that site's Origin, and a request without an Origin is not a browser's fetch from our
 * page. The upload route handlers answer only same-origin requests.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
