/**
 * The names Auth.js gives its session cookie (@auth/core `defaultCookies`): `__Secure-` prefixed when the
 * site is reached over HTTPS. Each name is also the salt its token is encrypted with. No dependencies, so
 * that proxy.ts can ask whether a request carries one.
 */
export const SESSION_COOKIE_NAMES = {
  plain: "authjs.session-token",
  secure: "__Secure-authjs.session-token",
} as const;
