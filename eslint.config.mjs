// ESLint (flat config): typescript-eslint, the Next.js and react-hooks rules, and the project's
// import boundaries as rules. `npm run lint`; part of `npm test`. Formatting is Prettier's job
// (eslint-config-prettier turns the stylistic rules off).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Imports that reach the database: only lib/ data access (and db/, scripts, tests) may. */
const DATABASE = {
  group: ["@/db", "@/db/**", "**/db", "**/db/**"],
  message: "Pages and components reach data through lib/ (data functions that check access), never db/ directly.",
};

/** Links are never prefetched: every page is rendered per request (docs/decisions/021). */
const NEXT_LINK = {
  name: "next/link",
  message: "Use Link from @/components/ui/link: the same link, without the prefetch that costs the server a render.",
};

/**
 * The pure core — the disclosure builder, the 审核 rules, the workflow — takes data and returns data:
 * no database, no data access layer, no Next.js, nothing server-only. It runs in unit tests as is.
 */
const PURE_CORE = [
  { group: DATABASE.group, message: "The pure core takes data as arguments; it never reads the database." },
  {
    group: ["@/lib/reports", "@/lib/reports/**", "**/reports", "**/reports/**"],
    message: "The pure core does not call the data access layer (lib/reports).",
  },
  { group: ["next", "next/**"], message: "The pure core does not depend on Next.js." },
  { group: ["server-only"], message: "The pure core is not server-only: it must run anywhere." },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "next-env.d.ts",
      "tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    ...nextPlugin.configs["core-web-vitals"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Reports that the React Compiler would skip components using @tanstack/react-table; the
      // project does not use the compiler, so the report has nothing to act on.
      "react-hooks/incompatible-library": "off",
    },
  },
  // The Content-Security-Policy allows no inline style (decision 012): a style attribute in the server's
  // HTML is dropped by the browser, so placing anything with one looks right only after a client-side
  // render. Classes instead (components/grids/money-grid.tsx lost its frozen columns this way).
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='style']",
          message: "The Content-Security-Policy refuses style attributes in the page's HTML: use a class.",
        },
      ],
    },
  },
  // Import boundaries.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [NEXT_LINK], patterns: [DATABASE] }] },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    files: ["lib/disclosure/**/*.ts", "lib/rules/**/*.ts", "lib/workflow/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: PURE_CORE }] },
  },
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./)",
              message: "lib/domain is the vocabulary with no dependencies: it imports only its own files.",
            },
          ],
        },
      ],
    },
  },
  // Scripts and tests print their progress.
  {
    files: ["scripts/**", "tests/**", "e2e/**", "db/**", "**/*.test.ts", "**/*.bench.ts"],
    rules: { "no-console": "off" },
  },
  prettier,
);
