/**
 * Server-action requests that cannot be valid are refused with a 4xx before Next.js decodes them (it
 * answered 500 to each of these), and the proxy sets the security headers and a fresh nonce.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as disclosureCss from "../../lib/export/disclosure-css";
import { NextRequest } from "next/server";
import { ACTION_BODY_LIMIT, jsonDepth, refuseBadAction } from "../../lib/http/action-guard";
import { contentSecurityPolicy, hashedContentSecurityPolicy, inlineHashes } from "../../lib/http/security-headers";
import { proxy } from "../../proxy";

const action = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/reports/1", {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });

describe("refuseBadAction", () => {
  it("lets a well-formed action through", async () => {
    expect(
      await refuseBadAction(action('[{"reportId":1,"version":2}]', { origin: "http://127.0.0.1:3000" })),
    ).toBeNull();
    // Not an action at all, or a form posted as multipart: Next.js handles those itself.
    expect(await refuseBadAction(new Request("http://127.0.0.1:3000/login", { method: "POST", body: "x" }))).toBeNull();
  });

  it("a foreign Origin: 403", async () => {
    expect((await refuseBadAction(action("[]", { origin: "https://evil.example" })))?.status).toBe(403);
    expect((await refuseBadAction(action("[]", { origin: "null" })))?.status).toBe(403);
  });

  it("a body over the limit: 413, by its declared length or by what arrives", async () => {
    expect((await refuseBadAction(action("[]", { "content-length": String(ACTION_BODY_LIMIT + 1) })))?.status).toBe(
      413,
    );
    expect((await refuseBadAction(action(`["${"x".repeat(ACTION_BODY_LIMIT)}"]`)))?.status).toBe(413);
    // A form with a file, sent in chunks without a declared length.
    const form = new FormData();
    form.set("f", new Blob([new Uint8Array(ACTION_BODY_LIMIT + 1)]));
    const multipart = new Request("http://127.0.0.1:3000/reports/1", {
      method: "POST",
      headers: { "next-action": "7f00" },
      body: new Response(form).body,
      duplex: "half",
    } as RequestInit);
    expect((await refuseBadAction(multipart))?.status).toBe(413);
  });

  it("not JSON, not an argument list, or absurdly deep: 400", async () => {
    expect((await refuseBadAction(action("{not json")))?.status).toBe(400);
    expect((await refuseBadAction(action('{"reportId":1}')))?.status).toBe(400);
    expect((await refuseBadAction(action(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)))?.status).toBe(400);
  });

  it("measures depth without being fooled by brackets in strings", () => {
    expect(jsonDepth('[{"a":"[[[[{{{{"}]')).toBe(2);
    expect(jsonDepth('["\\"[[["]')).toBe(1);
  });
});

describe("proxy", () => {
  it("puts a fresh-nonce CSP on the response and on the request Next.js renders", async () => {
    // (A public page is answered from its kept copy when there is one: tests/integration/public-page-cache.test.ts.)
    const first = await proxy(new NextRequest("http://127.0.0.1:3000/login"));
    const second = await proxy(new NextRequest("http://127.0.0.1:3000/login"));
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("drops a client's X-Forwarded-For, so Next.js fills in the socket's address", async () => {
    const response = await proxy(
      new NextRequest("http://127.0.0.1:3000/login", { headers: { "x-forwarded-for": "10.0.0.1" } }),
    );
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("x-forwarded-for");
  });

  it("refuses a bad action before anything else, and still redirects a visitor without a session", async () => {
    const refused = await proxy(new NextRequest(action("{bad")));
    expect(refused.status).toBe(400);
    const redirect = await proxy(new NextRequest("http://127.0.0.1:3000/reports/5"));
    expect(new URL(redirect.headers.get("location")!).search).toBe("?callbackUrl=%2Freports%2F5");
  });

  it("sends a visitor without a session to the login page of the site they asked for", async () => {
    const at = async (url: string, host: string) =>
      (await proxy(new NextRequest(url, { headers: { host } }))).headers.get("location");
    expect(await at("http://localhost:3000/reports?year=2020", "127.0.0.1:3000")).toBe(
      "http://127.0.0.1:3000/login?callbackUrl=%2Freports%3Fyear%3D2020",
    );
    expect(await at("https://localhost:3000/admin/users", "juesuan.example.gov.cn")).toBe(
      "https://juesuan.example.gov.cn/login?callbackUrl=%2Fadmin%2Fusers",
    );
    expect(await at("http://localhost:3000/", "[::1]:3000")).toBe("http://[::1]:3000/login");
    // A Host that is no host name is not written into the Location.
    expect(await at("http://localhost:3000/reports", "evil.example/@x")).toBe(
      "http://localhost:3000/login?callbackUrl=%2Freports",
    );
  });

  it("upgrades insecure requests and sends HSTS only over HTTPS", () => {
    expect(contentSecurityPolicy("n", { https: false })).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("the disclosure's inline stylesheet", () => {
  it("is allowed by its exact hash, whatever the nonce", async () => {
    const { createHash } = await import("node:crypto");
    const { DISCLOSURE_CSS } = await import("../../lib/export/disclosure-css");
    const hash = createHash("sha256").update(DISCLOSURE_CSS, "utf8").digest("base64");
    expect(contentSecurityPolicy("abc")).toContain(`style-src 'self' 'nonce-abc' 'sha256-${hash}'`);
  });
});

describe("the policy of a page kept whole (no nonce)", () => {
  const h = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

  it("hashes each distinct inline script and stylesheet the renderer wrote, as a browser does", () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js" async="" nonce="N+1/="></script>' +
      '<style nonce="N+1/=">p{color:red}</style><link rel="stylesheet" href="/x.css" nonce="N+1/="/></head>' +
      '<body><p>正文 nonce="N+1/=" 不算</p><SCRIPT nonce="N+1/=">a()</SCRIPT><script nonce="N+1/=" id="_R_">\r\n b("页")\r</script>' +
      '<script nonce="N+1/=">a()</script></body></html>';
    // CR LF and a lone CR are read as LF by the HTML parser before the browser hashes the text.
    expect(inlineHashes(html, "N+1/=")).toEqual({
      scripts: [h("a()"), h('\n b("页")\n')],
      styles: [h("p{color:red}")],
    });
    expect(inlineHashes("<p>没有脚本</p>", "N")).toEqual({ scripts: [], styles: [] });
  });

  it("leaves out what the renderer did not write: an injected script or style stays refused", () => {
    const html =
      '<script nonce="N">next()</script><div class="dc"><style>.dc{}</style><script>alert(1)</script>' +
      '<script nonce="X">alert(2)</script><script nonce="NN">alert(3)</script></div>';
    expect(inlineHashes(html, "N")).toEqual({ scripts: [h("next()")], styles: [] });
  });

  it("refuses a script tag with both a source and a body, or a tag never closed", () => {
    expect(inlineHashes('<script src="/a.js" nonce="N">b()</script>', "N")).toBeNull();
    expect(inlineHashes('<script nonce="N">a()</script><script nonce="N">b()', "N")).toBeNull();
    expect(inlineHashes("<style>p{}", "N")).toBeNull();
  });

  it("allows only this site's scripts and those hashes: no nonce, no 'strict-dynamic', no 'unsafe-inline'", () => {
    const csp = hashedContentSecurityPolicy({ scripts: ["AAA=", "BBB="], styles: ["CCC="] }, { https: true });
    expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';");
    expect(csp).toMatch(/style-src 'self' 'sha256-CCC=' 'sha256-[^']+';/); // and the disclosure's stylesheet
    expect(csp).not.toMatch(/nonce|strict-dynamic|unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    // The disclosure's stylesheet, when the page holds it, is named once.
    const { DISCLOSURE_CSS } = disclosureCss;
    const both = hashedContentSecurityPolicy({ scripts: [], styles: [h(DISCLOSURE_CSS)] });
    expect(both.split(h(DISCLOSURE_CSS)).length - 1).toBe(1);
  });
});
