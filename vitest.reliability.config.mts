import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

/**
 * The reliability suite (tests/reliability): against the built app (`next build` first, or the global
 * setup builds it), one file at a time — each starts its own `next start` on a port of 3200–3299 with a
 * database of its own. Run by `npm test` after the end-to-end tests, and alone with
 * `npm run test:reliability`.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/reliability/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["tests/reliability/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
