/**
 * The claims of the request's session cookie, read the way Auth.js reads them — the same cookie name,
 * salt, secret and decryption (`decode` of next-auth/jwt) — but without Auth.js's session endpoint.
 *
 * Why not `auth()`: called from a page, an action or a route handler, it runs the whole `session` action
 * — it decrypts the cookie, then derives the key again and encrypts a renewed cookie, which a page
 * cannot set and which is thrown away (Auth.js's server-component path drops its Set-Cookie). That was
 * ~4–5 ms of the server's CPU on every signed-in request, a third of a preview. Here the cookie is
 * decrypted once, and the claims of a cookie already decrypted are kept (by the whole token, at most
 * SESSION_TOKENS of them) until the token expires: a cookie's claims never change, and whoever can name
 * a token has the session anyway. A token that does not decrypt is never kept.
 *
 * What a page still checks on every request — the absolute lifetime, the user being active and the
 * session version — lib/auth/session.ts checks against the database, as before.
 */
import "server-only";
import { decode, getToken } from "next-auth/jwt";
import { Lru } from "../lru";
import { logRejectedSessionCookie } from "./auth-log";
import { SESSION_COOKIE_NAMES } from "./session-cookie";
import type { SessionClaims } from "./session-policy";

/** How many decrypted tokens are kept (a token is ~0.5 kB; far more than the signed-in users at once). */
const SESSION_TOKENS = 2048;

/** Claims of a token that decrypted, with its expiry (seconds since the epoch, as in the JWT). */
interface KeptClaims extends SessionClaims {
  exp: number;
}

const kept = new Lru<KeptClaims>(SESSION_TOKENS);

/** next-auth's secret: AUTH_SECRET, or the older NEXTAUTH_SECRET (next-auth/lib/env.js). */
function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

/**
 * Whether Auth.js names its cookies `__Secure-…` for this request: when the site's address is HTTPS —
 * AUTH_URL's when set, else X-Forwarded-Proto's (Next.js sets it from the connection), else HTTPS
 * (@auth/core createActionURL and `useSecureCookies`).
 */
export function usesSecureCookies(
  headers: Pick<Headers, "get">,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).protocol === "https:";
    } catch {
      // An unreadable AUTH_URL: Auth.js falls back to the request's own address too.
    }
  }
  return (headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}

/**
 * The session claims of a request, or null: no session cookie, one that does not decrypt with the
 * secret (logged as one line), or one past its expiry.
 */
export async function readSessionClaims(
  headers: Pick<Headers, "get">,
  now: number = Date.now(),
): Promise<SessionClaims | null> {
  const cookie = headers.get("cookie");
  const secret = authSecret();
  if (!cookie || !secret) return null;
  const cookieName = usesSecureCookies(headers) ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.plain;
  // getToken reassembles a cookie Auth.js split into chunks; given only the cookie, it reads no Bearer header.
  const token = await getToken({ req: { headers: new Headers({ cookie }) }, cookieName, secret, raw: true });
  if (!token) return null;

  let claims = kept.get(token);
  if (!claims) {
    try {
      const payload = await decode({ token, secret, salt: cookieName });
      if (!payload || typeof payload.exp !== "number") return null;
      claims = kept.set(token, { uid: payload.uid, sv: payload.sv, authAt: payload.authAt, exp: payload.exp });
    } catch (error) {
      logRejectedSessionCookie(error);
      return null;
    }
  }
  if (claims.exp * 1000 <= now) return null;
  return { uid: claims.uid, sv: claims.sv, authAt: claims.authAt };
}
