import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The reliability suite (tests/reliability): against the built app (`next build` first), one file at a
 * time — each starts its own `next start` on a port of 3200–3299 with a database of its own. Run by
 * `npm test` after the end-to-end tests, and alone with `npm run test:reliability`.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    globalSetup: ["tests/reliability/global-setup.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
