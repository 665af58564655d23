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
export function contentSecurityPolicy(nonce: string, options: { development?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}' ${DISCLOSURE_CSS_HASH}`,
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
