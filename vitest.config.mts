import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Component build; in tests it is a no-op.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "db/**/*.test.ts"],
    // Against the built app, after the end-to-end tests: vitest.reliability.config.mts.
    exclude: ["tests/reliability/**", "**/node_modules/**"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
  },
});
