import { NextResponse, type NextRequest } from "next/server";

/**
 * Only a redirect: a visitor without a session cookie who asks for a signed-in page goes to
 * /login. Whether the session is valid, and what its user may do, every page, action and route
 * handler decides itself through lib/auth/session and lib/access.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = "";
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/", "/reports/:path*", "/admin/:path*"],
};
