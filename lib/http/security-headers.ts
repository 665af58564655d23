/**
 * The security headers of every response. The static ones are set by next.config.ts for every path
 * (pages, route handlers, static files); the Content-Security-Policy, which carries a fresh nonce per
 * request, by proxy.ts (Next.js reads the nonce from it and puts it on its own scripts and styles).
 * docs/security.md lists them with the tests that check them.
 */
import { createHash } from "node:crypto";
import { DISCLOSURE_CSS } from "../export/disclosure-css";

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No page of this site may be framed (CSP frame-ancestors 'none'; X-Frame-Options for older browsers).
  { key: "X-Frame-Options", value: "DENY" },
  // Report ids in addresses stay on this site.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The disclosure's stylesheet is inline (the preview is the same HTML the PDF prints). A nonce does not
 * reach it when the preview is opened by a client-side navigation — the nonce of that request is not the
 * document's — so the policy allows exactly this stylesheet by its hash.
 */
const DISCLOSURE_CSS_HASH = `'sha256-${createHash("sha256").update(DISCLOSURE_CSS, "utf8").digest("base64")}'`;

/**
 * The policy: scripts only from this site and with this request's nonce ('strict-dynamic' lets those
 * load Next's chunks), styles likewise (and the disclosure's stylesheet by its hash), nothing may frame
 * a page, forms post only here, no plugins, no <base>. Development adds 'unsafe-eval', which React uses
 * there for its error overlay.
 */
export function contentSecurityPolicy(nonce: string, options: PolicyOptions = {}): string {
  return policy(
    `'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `'self' 'nonce-${nonce}' ${DISCLOSURE_CSS_HASH}`,
    options,
  );
}

/**
 * The policy of a page kept whole and served to everyone alike (lib/public/page-cache.ts), which can
 * carry no per-request nonce: the inline scripts and styles its renderer wrote are allowed by their
 * SHA-256 (inlineHashes: those that carried the render's nonce, so nothing injected beside them), and
 * scripts from this site by 'self' (without 'strict-dynamic', which would ignore 'self' and refuse
 * Next's chunks, whose tags carry no nonce in the kept copy).
 */
export function hashedContentSecurityPolicy(
  inline: { scripts: readonly string[]; styles: readonly string[] },
  options: PolicyOptions = {},
): string {
  const sources = (hashes: readonly string[]) => hashes.map((h) => ` 'sha256-${h}'`).join("");
  const styles = inline.styles.map((h) => `'sha256-${h}'`).includes(DISCLOSURE_CSS_HASH)
    ? sources(inline.styles)
    : `${sources(inline.styles)} ${DISCLOSURE_CSS_HASH}`;
  return policy(`'self'${sources(inline.scripts)}`, `'self'${styles}`, options);
}

interface PolicyOptions {
  development?: boolean;
  https?: boolean;
}

function policy(scriptSrc: string, styleSrc: string, options: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    `style-src ${styleSrc}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The SHA-256 (base64) of each distinct inline script and inline stylesheet that carries `nonce` — those
 * the page's renderer wrote for the request of that nonce — as a CSP hash source matches them: the text
 * between the tags, with line breaks as the HTML parser leaves them (CR LF and CR read as LF). A tag
 * without that nonce is left out: injected into the page, it stays refused, as the nonce refused it (the
 * disclosure's stylesheet, which has none, is allowed by its own hash). Null when a tag is not closed as
 * this reading expects, or a script has both a source and a body.
 */
export function inlineHashes(html: string, nonce: string): { scripts: string[]; styles: string[] } | null {
  const marked = new RegExp(`\\snonce="${nonce.replace(/[^A-Za-z0-9]/g, "\\$&")}"`);
  const read = (tag: "script" | "style") => {
    const opened = html.match(new RegExp(`<${tag}\\b`, "gi"))?.length ?? 0;
    const hashes = new Set<string>();
    let found = 0;
    for (const [, attributes = "", content = ""] of html.matchAll(
      new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, "gi"),
    )) {
      found++;
      if (tag === "script" && /\ssrc=/i.test(attributes)) {
        if (content !== "") return null;
        continue;
      }
      if (!marked.test(attributes)) continue;
      hashes.add(createHash("sha256").update(content.replace(/\r\n?/g, "\n"), "utf8").digest("base64"));
    }
    return found === opened ? [...hashes] : null;
  };
  const scripts = read("script");
  const styles = read("style");
  return scripts && styles ? { scripts, styles } : null;
}
