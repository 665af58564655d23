/**
 * The session cookie is read as Auth.js writes it (lib/auth/session-token.ts): its name and salt by the
 * site's protocol, split cookies put together, a forged or expired one refused, and a cookie already
 * decrypted not decrypted again.
 */
import { encode } from "@auth/core/jwt";
import type * as NextAuthJwt from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof NextAuthJwt>();
  return {
    ...real,
    decode: (params: Parameters<typeof real.decode>[0]) => {
      decodes.count++;
      return real.decode(params);
    },
  };
});

const { readSessionClaims, usesSecureCookies } = await import("../../lib/auth/session-token");

const SECRET = "x7Gq2mV9pL4sT8wZ1cR6yN3bK5hJ0dF2aQ7uE9iO4tY";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const claims = { uid: "7", sv: 3, authAt: Date.now() };

const token = (salt: string, options: { secret?: string; maxAge?: number; uid?: string } = {}) =>
  encode({
    secret: options.secret ?? SECRET,
    salt,
    maxAge: options.maxAge ?? 3600,
    token: { ...claims, uid: options.uid ?? claims.uid, name: "张会计" },
  });
const request = (cookie: string | null, proto: string | null = "http", extra: Record<string, string> = {}) => {
  const headers = new Headers(extra);
  if (cookie !== null) headers.set("cookie", cookie);
  if (proto !== null) headers.set("x-forwarded-proto", proto);
  return headers;
};

let warnings: string[];
beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("NEXTAUTH_URL", "");
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.join(" ")));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("readSessionClaims", () => {
  it("reads the claims of the cookie Auth.js issued over HTTP", async () => {
    const read = await readSessionClaims(request(`theme=light; ${PLAIN}=${await token(PLAIN)}`));
    expect(read).toEqual(claims);
  });

  it("over HTTPS reads the __Secure- cookie and ignores one without the prefix", async () => {
    expect(await readSessionClaims(request(`${SECURE}=${await token(SECURE)}`, "https"))).toEqual(claims);
    expect(await readSessionClaims(request(`${PLAIN}=${await token(PLAIN)}`, "https"))).toBeNull();
    // Without X-Forwarded-Proto Auth.js assumes HTTPS; AUTH_URL, when set, decides.
    expect(await readSessionClaims(request(`${SECURE}=${await token(SECURE)}`, null))).toEqual(claims);
    vi.stubEnv("AUTH_URL", "http://intranet.example:3000");
    expect(await readSessionClaims(request(`${PLAIN}=${await token(PLAIN)}`, "https"))).toEqual(claims);
  });

  it("puts a cookie Auth.js split into chunks back together", async () => {
    const whole = await token(PLAIN, { uid: "12" });
    const cut = Math.floor(whole.length / 2);
    const cookie = `${PLAIN}.1=${whole.slice(cut)}; ${PLAIN}.0=${whole.slice(0, cut)}`;
    expect(await readSessionClaims(request(cookie))).toEqual({ ...claims, uid: "12" });
  });

  it("refuses a cookie made with another secret, leaving one line in the log", async () => {
    const forged = await token(PLAIN, { secret: "another-secret-of-the-same-length-1234567" });
    expect(await readSessionClaims(request(`${PLAIN}=${forged}`))).toBeNull();
    expect(await readSessionClaims(request(`${PLAIN}=not.a.jwe`))).toBeNull();
    expect(warnings).toHaveLength(2);
    expect(warnings.every((w) => w.startsWith("session cookie rejected"))).toBe(true);
  });

  it("refuses a token past its expiry, also one it has read before", async () => {
    expect(await readSessionClaims(request(`${PLAIN}=${await token(PLAIN, { maxAge: -60 })}`))).toBeNull();
    const soon = await token(PLAIN, { maxAge: 60 });
    expect(await readSessionClaims(request(`${PLAIN}=${soon}`))).toEqual(claims);
    expect(await readSessionClaims(request(`${PLAIN}=${soon}`), Date.now() + 61_000)).toBeNull();
  });

  it("reads no session from an Authorization header, nor without a secret", async () => {
    const bearer = await token(PLAIN);
    expect(await readSessionClaims(request(null, "http", { authorization: `Bearer ${bearer}` }))).toBeNull();
    vi.stubEnv("AUTH_SECRET", "");
    expect(await readSessionClaims(request(`${PLAIN}=${bearer}`))).toBeNull();
  });

  it("decrypts a cookie once, however often it is read; a refused one every time", async () => {
    const cookie = `${PLAIN}=${await token(PLAIN, { uid: "31" })}`;
    const before = decodes.count;
    for (let i = 0; i < 5; i++) expect((await readSessionClaims(request(cookie)))?.uid).toBe("31");
    expect(decodes.count - before).toBe(1);
    const forged = `${PLAIN}=${await token(PLAIN, { secret: "yet-another-secret-of-the-same-length-89" })}`;
    for (let i = 0; i < 3; i++) expect(await readSessionClaims(request(forged))).toBeNull();
    expect(decodes.count - before).toBe(4);
  });
});

describe("usesSecureCookies", () => {
  it("follows AUTH_URL, else X-Forwarded-Proto, else HTTPS", () => {
    const h = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
    expect(usesSecureCookies(h("http"), {})).toBe(false);
    expect(usesSecureCookies(h("https"), {})).toBe(true);
    expect(usesSecureCookies(h(), {})).toBe(true);
    expect(usesSecureCookies(h("http"), { AUTH_URL: "https://juesuan.example" })).toBe(true);
    expect(usesSecureCookies(h("https"), { NEXTAUTH_URL: "http://10.0.0.5" })).toBe(false);
    expect(usesSecureCookies(h("http"), { AUTH_URL: "not a url" })).toBe(false);
  });
});
