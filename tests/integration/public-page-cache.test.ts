/**
 * The public pages kept whole (lib/public/page-cache.ts, decision 023): rendered once per version of
 * their data through the server's own address — here a small server standing in for Next.js, which
 * counts the renders and answers what each test sets — and answered from memory after that, to
 * everyone alike, with a policy of hashes instead of a nonce. What is not a plain request for a public
 * page, or whose render fails, is left to Next.js (null).
 */
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { getDb } from "../../db";
import { isPageRender, keptPublicPage, RENDER_HEADER } from "../../lib/public/page-cache";
import { saveFindingNotes } from "../../lib/reports/checks";
import { sectionVersion } from "../../lib/reports/sections/save-section";
import { startRevision } from "../../lib/reports/start-revision";
import { transitionReport } from "../../lib/reports/transition-report";
import { proxy } from "../../proxy";
import { useTempDatabase } from "../support/temp-db";

const SCRIPT_1 = "(self.__next_f=self.__next_f||[]).push([0])";
const SCRIPT_2 = 'self.__next_f.push([1,"页面"])';
/** Text a clerk typed that an escaping bug let through: it must stay refused. */
const INJECTED = "alert(document.cookie)";
const NONCE = "bm9uY2Ugb2YgdGhlIHJlbmRlcg==";
/** A page as Next.js renders it for a request with NONCE (the document inside, as DocumentBody sends it). */
const rendered = (title: string, nonce = NONCE) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script>` +
  `<style nonce="${nonce}">.shell{color:#000}</style></head><body><h1>${title}</h1>` +
  `<div data-document="k1"><article class="dc"><style>.dc{}</style><p>正文</p><script>${INJECTED}</script></article></div>` +
  `<script nonce="${nonce}">${SCRIPT_1}</script><script nonce="${nonce}">${SCRIPT_2}</script></body></html>`;
/** The same page as kept: the render's nonce taken off. */
const pageHtml = (title: string) => rendered(title).replaceAll(` nonce="${NONCE}"`, "");
const hashOf = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/** What the stand-in server answers, and what it was asked. */
const origin = {
  answer: (path: string): { status: number; html: string; nonce?: string | null } => ({
    status: 200,
    html: rendered(path),
  }),
  /** Held until released, to have renders under way at once. */
  hold: null as Promise<void> | null,
  renders: [] as { path: string; headers: http.IncomingHttpHeaders }[],
};
let server: http.Server;
let db: Db;
let reportId: number;

const actor = (username: string): Actor => {
  const u = db.select().from(t.users).where(eq(t.users.username, username)).get()!;
  return { id: u.id, role: u.role, departmentId: u.departmentId };
};

function publish(id: number) {
  for (const [who, action] of [
    ["clerk", "submit"],
    ["supervisor", "approve"],
    ["supervisor", "publish"],
  ] as const) {
    transitionReport(actor(who), id, action);
  }
}

const get = (path: string, init: RequestInit = {}) =>
  keptPublicPage(new Request(`http://127.0.0.1:3000${path}`, init), { https: false });

const PAGE = "/disclosures/101001/2020";

beforeAll(async () => {
  db = await useTempDatabase();
  reportId = db.select().from(t.reports).get()!.id;
  server = http.createServer(async (req, res) => {
    origin.renders.push({ path: req.url!, headers: req.headers });
    await origin.hold;
    const { status, html, nonce = NONCE } = origin.answer(req.url!);
    res
      .writeHead(status, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `default-src 'self'; script-src 'self'${nonce ? ` 'nonce-${nonce}' 'strict-dynamic'` : ""}`,
      })
      .end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  saveFindingNotes(actor("clerk"), reportId, sectionVersion(db, reportId, "findingNotes"), [
    { key: "R-PROJ-RATE:印刷费", text: "部分资料改为电子版印发。" },
    { key: "R-PROJ-GRADE:印刷费", text: "按国家评分标准为“中”。" },
  ]);
});

afterAll(() => {
  server.close();
  delete process.env.__NEXT_PRIVATE_ORIGIN;
});

beforeEach(() => {
  origin.renders = [];
  origin.answer = (path) => ({ status: 200, html: rendered(path) });
  origin.hold = null;
});

describe("a published disclosure's page", () => {
  it("is left to Next.js while nothing is published there: no render of its own", async () => {
    expect(await get(PAGE)).toBeNull();
    expect(origin.renders).toEqual([]);
  });

  it("is rendered once, through the server's own address with the secret, and then answered from memory", async () => {
    publish(reportId);
    const readers = await Promise.all(Array.from({ length: 8 }, () => get(PAGE)));
    expect(origin.renders.map((r) => r.path)).toEqual([PAGE]);
    const render = origin.renders[0]!;
    expect(render.headers["accept-encoding"]).toBe("identity");
    expect(
      isPageRender(new Request("http://x/", { headers: { [RENDER_HEADER]: String(render.headers[RENDER_HEADER]) } })),
    ).toBe(true);
    for (const response of readers) {
      expect(response!.status).toBe(200);
      expect(await response!.text()).toBe(pageHtml(PAGE));
    }
    // A signed-in reader (a cookie) and later readers alike: still the one render.
    const later = await get(PAGE, { headers: { cookie: "authjs.session-token=abc" } });
    expect(await later!.text()).toBe(pageHtml(PAGE));
    expect(origin.renders).toHaveLength(1);
  });

  it("carries a policy that allows exactly the inline scripts Next.js wrote, an ETag and a public Cache-Control", async () => {
    const response = (await get(PAGE))!;
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain(`script-src 'self' 'sha256-${hashOf(SCRIPT_1)}' 'sha256-${hashOf(SCRIPT_2)}';`);
    expect(csp).toContain(`'sha256-${hashOf(".shell{color:#000}")}'`);
    // What got into the document any other way stays refused, as the render's nonce refused it.
    expect(csp).not.toContain(hashOf(INJECTED));
    expect(csp).not.toContain(hashOf(".dc{}"));
    expect(csp).not.toMatch(/nonce-|unsafe-inline|strict-dynamic/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("vary")).toContain("rsc");
    const etag = response.headers.get("etag")!;
    expect(etag).toBe(`"${createHash("sha256").update(pageHtml(PAGE)).digest("base64url")}"`);

    const again = (await get(PAGE, { headers: { "if-none-match": etag } }))!;
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = (await get(PAGE, { method: "HEAD" }))!;
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(await head.text()).toBe("");
    expect(origin.renders).toEqual([]);
  });

  it("over HTTPS, the policy upgrades insecure requests", async () => {
    const response = await keptPublicPage(new Request(`https://example.gov.cn${PAGE}`), { https: true });
    expect(response!.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("leaves to Next.js what is not a plain reader's request for it", async () => {
    const headers = (name: string) => ({ headers: { [name]: "1" } });
    for (const request of [
      get(PAGE, headers("rsc")), // a client-side navigation: the RSC answer, not the HTML page
      get(PAGE, headers("next-router-prefetch")),
      get(PAGE, headers("next-router-state-tree")),
      get(PAGE, headers("next-action")),
      get(PAGE, { method: "POST", body: "x" }),
      get(`${PAGE}?print=1`),
      get("/disclosures/101001/2019"), // not published
      get("/disclosures/%E0%A4%A/2020"), // a malformed code
      get("/disclosures/101001/2020/pdf"),
      get("/reports"),
    ]) {
      expect(await request).toBeNull();
    }
    expect(origin.renders).toEqual([]);
  });

  it("is rendered again once a revision is published, and the new page is answered", async () => {
    const before = await (await get(PAGE))!.text();
    const revisionId = startRevision(actor("clerk"), reportId).id;
    // While the revision is being worked on, the published page stays as it was.
    expect(await (await get(PAGE))!.text()).toBe(before);
    expect(origin.renders).toEqual([]);
    origin.answer = () => ({ status: 200, html: rendered("第1次修订") });
    publish(revisionId);
    const response = (await get(PAGE))!;
    expect(await response.text()).toBe(pageHtml("第1次修订"));
    expect(origin.renders).toHaveLength(1);
  });
});

describe("the public list", () => {
  it("is kept per query string across a clerk's saves, and rendered again when what it shows may change", async () => {
    expect(await (await get("/disclosures"))!.text()).toBe(pageHtml("/disclosures"));
    expect(await (await get("/disclosures?region=%E5%85%B0%E5%B7%9E%E5%B8%82"))!.text()).toBe(
      pageHtml("/disclosures?region=%E5%85%B0%E5%B7%9E%E5%B8%82"),
    );
    await get("/disclosures");
    expect(origin.renders).toHaveLength(2);
    expect((await get("/disclosures"))!.headers.get("cache-control")).toBe("public, max-age=60");
    const renders = () => origin.renders.filter((r) => r.path === "/disclosures").length;

    // Saves through the app that the list does not show: still the kept page.
    const app = getDb();
    app.update(t.users).set({ displayName: "另一位" }).where(eq(t.users.username, "admin")).run();
    app.update(t.departments).set({ shortName: "编办" }).where(eq(t.departments.code, "101001")).run();
    await get("/disclosures");
    expect(renders()).toBe(1);

    // A department renamed, or moved to another region: rendered again.
    app.update(t.departments).set({ name: "中共兰州市委编办" }).where(eq(t.departments.code, "101001")).run();
    await get("/disclosures");
    expect(renders()).toBe(2);
    app.update(t.departments).set({ region: "白银市" }).where(eq(t.departments.code, "101001")).run();
    await get("/disclosures");
    expect(renders()).toBe(3);

    // A revision published (the old revision superseded): rendered again.
    const published = app.select().from(t.reports).where(eq(t.reports.status, "published")).get()!;
    const revisionId = startRevision(actor("clerk"), published.id).id;
    await get("/disclosures");
    expect(renders()).toBe(3); // a revision being worked on shows nothing yet
    publish(revisionId);
    await get("/disclosures");
    expect(renders()).toBe(4);

    // Any write by another connection (a script, a restore), which the app did not see: rendered again.
    db.update(t.users).set({ displayName: "又一位" }).where(eq(t.users.username, "admin")).run();
    await get("/disclosures");
    expect(renders()).toBe(5);
  });

  it("an absurdly long query string is left to Next.js", async () => {
    expect(await get(`/disclosures?q=${"x".repeat(400)}`)).toBeNull();
    expect(origin.renders).toEqual([]);
  });
});

describe("when the render fails", () => {
  it("the reader gets Next.js's own render, and the page is not tried again for a minute", async () => {
    origin.answer = () => ({ status: 500, html: "<p>错误</p>" });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await get("/disclosures?page=2")).toBeNull();
      expect(await get("/disclosures?page=2")).toBeNull();
      expect(origin.renders).toHaveLength(1);
      expect(errors).toHaveBeenCalledTimes(1);

      origin.answer = (path) => ({ status: 200, html: pageHtml(path) });
      const now = Date.now();
      vi.spyOn(Date, "now").mockReturnValue(now + 61_000);
      expect(await (await get("/disclosures?page=2"))!.text()).toBe(pageHtml("/disclosures?page=2"));
      expect(origin.renders).toHaveLength(2);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("a page rendered without a nonce, with a tag never closed, or without its document is not kept", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      origin.answer = (path) => ({ status: 200, html: pageHtml(path), nonce: null });
      expect(await get("/disclosures?page=3")).toBeNull();
      origin.answer = () => ({ status: 200, html: `<script nonce="${NONCE}">never closed` });
      expect(await get("/disclosures?page=4")).toBeNull();
      expect(origin.renders).toHaveLength(2);

      // DocumentBody renders an empty box when the document's HTML was not at hand: never kept for everyone.
      origin.answer = () => ({ status: 200, html: rendered("空").replace(/<article[\s\S]*<\/article>/, "") });
      const published = db.select().from(t.reports).where(eq(t.reports.status, "published")).get()!;
      publish(startRevision(actor("clerk"), published.id).id);
      expect(await get(PAGE)).toBeNull();
      origin.answer = (path) => ({ status: 200, html: rendered(path) });
      vi.spyOn(Date, "now").mockReturnValue(Date.now() + 61_000);
      expect(await (await get(PAGE))!.text()).toBe(pageHtml(PAGE));
      expect(origin.renders).toHaveLength(4);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("a database that cannot answer leaves the page to Next.js (and its error page), not to a crashed proxy", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    db.$client.exec("ALTER TABLE reports RENAME TO reports_away");
    try {
      expect(await get(PAGE)).toBeNull();
      expect(errors).toHaveBeenCalledWith(expect.stringContaining("version not read"), expect.anything());
    } finally {
      db.$client.exec("ALTER TABLE reports_away RENAME TO reports");
      vi.restoreAllMocks();
    }
    expect((await get(PAGE))!.status).toBe(200);
  });

  it("without the server's own address (not started by next start) nothing is kept", async () => {
    const saved = process.env.__NEXT_PRIVATE_ORIGIN;
    delete process.env.__NEXT_PRIVATE_ORIGIN;
    try {
      expect(await get("/disclosures?page=5")).toBeNull();
    } finally {
      process.env.__NEXT_PRIVATE_ORIGIN = saved;
    }
    expect(origin.renders).toEqual([]);
  });
});

describe("bounds", () => {
  it("not under next dev, whose pages change with the code", async () => {
    vi.stubEnv("NODE_ENV", "development");
    try {
      expect(await get("/disclosures?page=7")).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(origin.renders).toEqual([]);
  });

  it("made-up list addresses are rendered per request, never kept", async () => {
    for (const path of ["/disclosures?x=1", "/disclosures?page=1&page=2", "/disclosures?utm_source=a&page=2"]) {
      expect(await get(path)).toBeNull();
    }
    expect(origin.renders).toEqual([]);
  });

  it("at most two renders at once: a third page is left to Next.js for its reader", async () => {
    let release = () => {};
    origin.hold = new Promise((resolve) => (release = resolve));
    const first = get("/disclosures?page=8");
    const second = get("/disclosures?page=9");
    await vi.waitUntil(() => origin.renders.length === 2);
    expect(await get("/disclosures?page=10")).toBeNull();
    release();
    expect((await first)!.status).toBe(200);
    expect((await second)!.status).toBe(200);
    expect(origin.renders.map((r) => r.path)).toEqual(["/disclosures?page=8", "/disclosures?page=9"]);
  });

  it("a page whose data changed while it was rendered is answered, and rendered again when next asked for", async () => {
    let release = () => {};
    origin.hold = new Promise((resolve) => (release = resolve));
    const reader = get("/disclosures?page=11");
    await vi.waitUntil(() => origin.renders.length === 1);
    db.update(t.users).set({ displayName: "第三位" }).where(eq(t.users.username, "admin")).run();
    release();
    expect(await (await reader)!.text()).toBe(pageHtml("/disclosures?page=11"));
    origin.hold = null;
    await get("/disclosures?page=11");
    expect(origin.renders).toHaveLength(2);
  });

  it("a HEAD for a page not kept yet: rendered with GET, answered without a body", async () => {
    const head = (await get("/disclosures?page=12", { method: "HEAD" }))!;
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(origin.renders.map((r) => r.path)).toEqual(["/disclosures?page=12"]);
    expect(await (await get("/disclosures?page=12"))!.text()).toBe(pageHtml("/disclosures?page=12"));
    expect(origin.renders).toHaveLength(1);
  });
});

describe("the proxy", () => {
  it("answers a public page from the kept copy, with its hashes' policy", async () => {
    const response = await proxy(new NextRequest(`http://127.0.0.1:3000${PAGE}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain(`'sha256-${hashOf(SCRIPT_1)}'`);
    expect(response.headers.get("x-middleware-next")).toBeNull();
  });

  it("renders its own request for a page like any page, with a nonce, and does not pass the secret on", async () => {
    await get("/disclosures?page=6");
    const secret = String(origin.renders.at(-1)!.headers[RENDER_HEADER]);
    const own = await proxy(new NextRequest(`http://127.0.0.1:3000${PAGE}`, { headers: { [RENDER_HEADER]: secret } }));
    expect(own.headers.get("x-middleware-next")).toBe("1");
    expect(own.headers.get("content-security-policy")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    expect(own.headers.get("x-middleware-override-headers")?.split(",")).not.toContain(RENDER_HEADER);

    // A guessed secret is an ordinary reader's request: the kept page.
    for (const guess of ["", "x", secret.slice(1), `${secret}x`, secret.toUpperCase()]) {
      expect(isPageRender(new Request("http://x/", { headers: { [RENDER_HEADER]: guess } }))).toBe(false);
      const response = await proxy(
        new NextRequest(`http://127.0.0.1:3000${PAGE}`, { headers: { [RENDER_HEADER]: guess } }),
      );
      expect(response.headers.get("content-security-policy")).toContain("'sha256-");
    }
  });
});
