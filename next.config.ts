import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "exceljs", "playwright-core"],
  poweredByHeader: false,
  experimental: {
    // Large entry grids stay within the limit; anything bigger is refused by the zod schemas with a
    // message, not by a transport error.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
