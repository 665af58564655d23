import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "exceljs", "playwright-core"],
  poweredByHeader: false,
  // proxy.ts sees each request as sent: with the headers of a client-side navigation (RSC, Next-Router-*),
  // which Next.js otherwise hides from it, so that such a request is never answered with a kept HTML
  // page (lib/public/page-cache.ts).
  skipProxyUrlNormalize: true,
  experimental: {
    // Large entry grids stay within the limit; anything bigger is refused by the zod schemas with a
    // message, not by a transport error. proxy.ts refuses larger bodies with a 413 before Next.js reads
    // them (lib/http/action-guard.ts, ACTION_BODY_LIMIT).
    serverActions: { bodySizeLimit: "4mb" },
    // proxy.ts reads server-action bodies: Next.js buffers them for it up to this size (one byte over
    // the action limit is enough to tell an oversized body).
    proxyClientMaxBodySize: "5mb",
  },
  // The static security headers on every response, static files included; the CSP comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
