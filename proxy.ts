import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHops } from "@/lib/auth/address-limiter";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { refuseBadAction } from "@/lib/http/action-guard";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";
import { isPageRender, keptPublicPage, RENDER_HEADER } from "@/lib/public/page-cache";

/**
 * Runs before every request but static files (whose headers come from next.config.ts):
 * - refuses a server-action request that cannot be valid (foreign Origin 403, too large 413, not JSON or
 *   absurdly nested 400) before Next.js would fail on it with a 500 (lib/http/action-guard.ts);
 * - drops an X-Forwarded-For the client wrote (unless TRUSTED_PROXY_HOPS says a reverse proxy in front
 *   sets it), so that Next.js fills in the socket's address and the login limiter counts the real peer;
 * - gives the request a fresh CSP nonce: the policy goes on the response, and on the request, where
 *   Next.js reads the nonce for its own scripts and styles;
 * - answers a public page (a published disclosure, the public list) from its kept copy, which allows its
 *   inline scripts by their hashes instead of a nonce (lib/public/page-cache.ts, decision 023); the
 *   proxy's own render of such a page, made to keep it, is rendered like any page;
 * - sends a visitor without a session cookie who asks for a signed-in page to /login.
 * Whether a session is valid, and what its user may do, every page, action and route handler decides
 * itself through lib/auth/session and lib/access.
 */
const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);
const SIGNED_IN_PAGES = /^\/(?:$|reports(?:\/|$)|admin(?:\/|$))/;

export async function proxy(request: NextRequest) {
  const refused = await refuseBadAction(request);
  if (refused) return refused;

  const https = request.nextUrl.protocol === "https:";
  const kept = isPageRender(request) ? null : await keptPublicPage(request, { https });
  if (kept) {
    if (https) kept.headers.set("Strict-Transport-Security", "max-age=31536000");
    return kept;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.delete(RENDER_HEADER);
  if (trustedProxyHops() === 0) headers.delete("x-forwarded-for");
  headers.set("content-security-policy", csp);

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (!hasSession && SIGNED_IN_PAGES.test(request.nextUrl.pathname)) {
    const url = new URL("/login", askedOrigin(request));
    const from = new URL(request.nextUrl);
    from.searchParams.delete("_rsc"); // a client-side navigation's cache key (the proxy sees requests as sent)
    const back = from.pathname + from.search;
    if (back !== "/") url.searchParams.set("callbackUrl", back);
    response = NextResponse.redirect(url);
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000");
  return response;
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The site's address as the visitor asked for it, for a redirect's Location: the request's Host header
 * (a reverse proxy in front passes on the public one, or rewrites a Location naming the address it asked
 * for). Not `request.nextUrl`: with skipProxyUrlNormalize (next.config.ts) Next.js no longer turns the
 * proxy's redirects into relative ones, and nextUrl names the server as started — `localhost`, even for a
 * visitor of http://127.0.0.1:3000 or https://juesuan.example — which sent such a visitor to a site
 * that is not theirs. A missing or malformed Host falls back to nextUrl.
 */
function askedOrigin(request: NextRequest): string {
  const host = request.headers.get("host");
  return host && HOST.test(host) ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
