/**
 * The holes found by trying the running app as an attacker would (issue 10), tried again over HTTP
 * against `next start`: each of these answered wrongly before — a session that outlived its logout,
 * parallel and spoofed guesses that got past the lockout, no security headers, 500s for bad action
 * bodies, a stack trace per forged cookie, ten Chromium instances for ten PDF requests, a server that
 * started without a usable AUTH_SECRET.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/connection";
import * as t from "../../db/schema";
import { demoContent } from "../../db/seed/demo-2020";
import { unsafeWriteReportContent } from "../../db/seed/write-report-content";
import { prepareDatabase } from "../../db/setup";
import { hashPassword } from "../../lib/auth/password";
import { SESSION_ABSOLUTE_HOURS } from "../../lib/auth/session-policy";
import { buildDisclosure } from "../../lib/disclosure/build";
import { builtInTemplate } from "../../lib/disclosure/templates";
import { actionIds, callAction, login } from "../../scripts/reliability/http";
import { startServer, tempDir, type Server } from "../../scripts/reliability/server";
import { demoReportId } from "../../scripts/reliability/world";
import { demoReportData } from "../support/demo-report";

const SECRET = crypto.randomBytes(32).toString("base64url");
const PASSWORD = "Gongji@2026x";
let dir: string;
let database: string;
let server: Server;
let reportId: number;
let departmentCode: string;
let ids: Record<string, string>;

function user(db: Db, username: string, hash: string) {
  const clerk = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  db.insert(t.users)
    .values({ username, displayName: username, role: "clerk", departmentId: clerk.departmentId, passwordHash: hash })
    .run();
}

beforeAll(async () => {
  dir = tempDir("attacks");
  database = path.join(dir, "attacks.db");
  const db = openDatabase(database);
  await prepareDatabase(db, { demo: true });
  reportId = demoReportId(db);
  const hash = await hashPassword(PASSWORD);
  for (const name of ["victim", "lockme", "bystander"]) user(db, name, hash);
  // A published 2019 disclosure of the demo department, for the public PDF.
  const clerk = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  departmentCode = db.select().from(t.departments).where(eq(t.departments.id, clerk.departmentId!)).get()!.code;
  const published = db
    .insert(t.reports)
    .values({ departmentId: clerk.departmentId!, year: 2019, templateId: "lanzhou-2020" })
    .returning({ id: t.reports.id })
    .get().id;
  db.transaction((tx) => unsafeWriteReportContent(tx, published, demoContent()));
  const json = JSON.stringify(buildDisclosure(demoReportData(), builtInTemplate("lanzhou-2020")!));
  db.update(t.reports)
    .set({
      status: "published",
      publishedAt: new Date(),
      snapshotJson: json,
      snapshotSha256: crypto.createHash("sha256").update(json).digest("hex"),
    })
    .where(eq(t.reports.id, published))
    .run();
  db.$client.close();
  server = await startServer({ database, env: { AUTH_SECRET: SECRET } });
  ids = actionIds();
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${p}`, { headers, redirect: "manual" });

describe("headers", () => {
  it("every kind of response carries the security headers", async () => {
    const login = await (await get("/login")).text();
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(login)![0];
    for (const p of [
      "/login",
      "/reports",
      "/api/health",
      `/disclosures/${departmentCode}/2019`,
      chunk,
      "/no-such-page",
    ]) {
      const response = await get(p);
      expect(response.headers.get("x-content-type-options"), p).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), p).toBe("DENY");
      expect(response.headers.get("referrer-policy"), p).toBe("same-origin");
      expect(response.headers.get("permissions-policy"), p).toMatch(/camera=\(\)/);
      if (!p.startsWith("/_next/"))
        expect(response.headers.get("content-security-policy"), p).toMatch(/frame-ancestors 'none'/);
    }
  });

  it("a fresh nonce per response, on the policy and on the page's scripts", async () => {
    const [a, b] = await Promise.all([get("/login"), get("/login")]);
    const nonceOf = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    const html = await a.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(a)}"`);
  });

  it("a published page is one copy for every reader: its policy names exactly its inline scripts' hashes", async () => {
    const p = `/disclosures/${departmentCode}/2019`;
    const [a, b] = await Promise.all([get(p), get(p, { cookie: "authjs.session-token=x" })]);
    const html = await a.text();
    expect(await b.text()).toBe(html);
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
    expect(a.headers.get("cache-control")).toBe("public, max-age=300");
    expect(html).not.toMatch(/\snonce=/);
    const csp = a.headers.get("content-security-policy")!;
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${crypto.createHash("sha256").update(m[1]!, "utf8").digest("base64")}'`,
    );
    expect(inline.length).toBeGreaterThan(0);
    expect(csp).toContain(`script-src 'self' ${[...new Set(inline)].join(" ")};`);
    expect(csp).not.toMatch(/nonce|unsafe-inline/);
    expect((await get(p, { "if-none-match": a.headers.get("etag")! })).status).toBe(304);
    // A client-side navigation to it gets React's answer, not the kept HTML (next.config.ts's
    // skipProxyUrlNormalize lets the proxy see the RSC header).
    const rsc = await fetch(`${server.url}${p}`, { headers: { rsc: "1" } });
    expect(rsc.headers.get("content-type")).toMatch(/^text\/x-component/);
  });
});

describe("server-action requests that cannot be valid get a 4xx, not a 500", () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/reports/${reportId}`, {
      method: "POST",
      redirect: "manual",
      headers: { "next-action": ids.addCommentAction!, "content-type": "text/plain;charset=UTF-8", ...headers },
      body,
    });
  it("a foreign Origin 403, a body over 4 MB 413, bad JSON or absurd nesting 400", async () => {
    expect((await post("[{}]", { origin: "https://evil.example" })).status).toBe(403);
    expect((await post("a".repeat(5 * 1024 * 1024))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect((await post("[".repeat(5000) + "]".repeat(5000))).status).toBe(400);
  });
});

describe("sessions", () => {
  it("退出登录 ends the session: the old cookie opens nothing, runs no action, and is not renewed", async () => {
    const { cookie } = await login(server.url, "victim", PASSWORD);
    expect(cookie).toBeTruthy();
    const comment = (c: string | null) =>
      callAction(server.url, `/reports/${reportId}`, ids.addCommentAction!, [{ reportId, body: "登出前后" }], c);
    expect((await comment(cookie)).result).toMatchObject({ ok: true });
    // Sign out through Auth.js's own endpoint, as a script would.
    const csrf = await get("/api/auth/csrf", { cookie: cookie! });
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await fetch(`${server.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
    });
    expect((await get("/reports", { cookie: cookie! })).headers.get("location")).toMatch(/\/login/);
    expect((await comment(cookie)).result).toMatchObject({ ok: false, error: "登录已失效，请重新登录。" });
    const session = await get("/api/auth/session", { cookie: cookie! });
    expect(await session.json()).toBeNull();
  });

  it(`a session ends ${SESSION_ABSOLUTE_HOURS} hours after sign-in, however it was renewed`, async () => {
    const db = openDatabase(database);
    const row = db.select().from(t.users).where(eq(t.users.username, "bystander")).get()!;
    db.$client.close();
    const token = (authAt: number) =>
      encode({
        secret: SECRET,
        salt: "authjs.session-token",
        token: { uid: String(row.id), sv: row.sessionVersion, authAt, name: row.displayName },
      });
    const fresh = await get("/reports", { cookie: `authjs.session-token=${await token(Date.now())}` });
    expect(fresh.status).toBe(200);
    const old = Date.now() - (SESSION_ABSOLUTE_HOURS * 3600 + 60) * 1000;
    const stale = await get("/reports", { cookie: `authjs.session-token=${await token(old)}` });
    expect(stale.headers.get("location")).toMatch(/\/login/);
  });

  it("a visitor without a session goes to the login page of the address they asked for", async () => {
    // Not to the address Next.js was started with (`localhost`): a visitor of 127.0.0.1 or of the public
    // name behind a reverse proxy was sent to a site that is not theirs.
    // (Next.js makes the Location relative when it names the address of the request.)
    const location = (await get("/reports/1/preview?from=list")).headers.get("location")!;
    expect(new URL(location, server.url).href).toBe(
      `${server.url}/login?callbackUrl=%2Freports%2F1%2Fpreview%3Ffrom%3Dlist`,
    );
  });

  it("a forged session cookie leaves one line in the log, not a stack trace", async () => {
    const before = server.logs.length;
    await get("/reports", { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z" });
    await new Promise((r) => setTimeout(r, 300));
    const added = server.logs.slice(before);
    expect(added.filter((l) => l.includes("session cookie rejected"))).toHaveLength(1);
    expect(added.filter((l) => /^\s+at /.test(l))).toEqual([]);
  });
});

describe("guessing passwords", () => {
  it("10 parallel wrong passwords lock the account; then the right one is refused too", async () => {
    const guesses = await Promise.all(Array.from({ length: 10 }, (_, i) => login(server.url, "lockme", `wrong-${i}`)));
    expect(guesses.every((g) => g.cookie === null)).toBe(true);
    const right = await login(server.url, "lockme", PASSWORD);
    expect(right).toEqual({ cookie: null, code: "credentials" });
    const db = openDatabase(database);
    expect(db.select().from(t.users).where(eq(t.users.username, "lockme")).get()!.lockedUntil).not.toBeNull();
    db.$client.close();
  });

  it("one address cannot go on guessing by changing names or writing its own X-Forwarded-For", async () => {
    // 10 failures so far from this address; 15 more, each claiming another address.
    for (let i = 0; i < 15; i++)
      await login(server.url, `nobody${i}`, "guess-123", { "x-forwarded-for": `198.51.100.${i + 1}` });
    const right = await login(server.url, "victim", PASSWORD, { "x-forwarded-for": "203.0.113.99" });
    expect(right).toEqual({ cookie: null, code: "too_many_attempts" });
  });
});

describe("PDFs", () => {
  it("ten parallel anonymous requests render the public PDF once, with a bounded number of Chromium processes", async () => {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, server.chromiumProcesses())), 100);
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => get(`/disclosures/${departmentCode}/2019/pdf`)),
    );
    clearInterval(sampler);
    const statuses = responses.map((r) => r.status);
    console.log(
      `pdf flood: ${statuses.join(" ")} in ${Math.round(performance.now() - started)} ms, peak ${peak} Chromium processes`,
    );
    for (const r of responses) {
      expect([200, 503]).toContain(r.status);
      if (r.status === 503) expect(r.headers.get("retry-after")).toMatch(/^\d+$/);
      else expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(15);
    const stored = fs.readdirSync(path.join(dir, "exports", "published")).filter((f) => f.endsWith(".pdf"));
    expect(stored).toHaveLength(1);
    // Later requests read the stored file.
    const again = performance.now();
    expect((await get(`/disclosures/${departmentCode}/2019/pdf`)).status).toBe(200);
    expect(performance.now() - again).toBeLessThan(1000);
  });
});

describe("AUTH_SECRET", () => {
  for (const [label, secret] of [
    ["missing", ""],
    ["short", "abc123"],
    ["placeholder", "please-change-me-before-going-live-2024"],
  ] as const) {
    it(`the production server refuses to start with a ${label} one, and says how to fix it`, async () => {
      const refused = await startServer({ database, env: { AUTH_SECRET: secret }, expectExit: true });
      const exit = await Promise.race([
        refused.exitCode,
        new Promise((r) => setTimeout(() => r("still running"), 30_000)),
      ]);
      await refused.stop();
      expect(exit).toBe(1);
      const log = refused.logs.join("\n");
      expect(log).toMatch(/拒绝启动/);
      expect(log).toMatch(/openssl rand -base64 32/);
    });
  }
});
