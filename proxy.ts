import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHops } from "@/lib/auth/address-limiter";

/**
 * Runs before every request but static files:
 * - drops an X-Forwarded-For the client wrote (unless TRUSTED_PROXY_HOPS says a reverse proxy in front
 *   sets it), so that Next.js fills in the socket's address and the login limiter counts the real peer;
 * - sends a visitor without a session cookie who asks for a signed-in page to /login.
 * Whether a session is valid, and what its user may do, every page, action and route handler decides
 * itself through lib/auth/session and lib/access.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_PAGES = /^\/(?:$|reports(?:\/|$)|admin(?:\/|$))/;

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  if (trustedProxyHops() === 0) headers.delete("x-forwarded-for");

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && SIGNED_IN_PAGES.test(request.nextUrl.pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    const back = request.nextUrl.pathname + request.nextUrl.search;
    if (back !== "/") url.searchParams.set("callbackUrl", back);
    return NextResponse.redirect(url);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
