/**
 * The import boundaries of eslint.config.mjs, tried on deliberately wrong imports: a page that reads
 * the database, a pure-core module that reaches the data layer, Next.js or server-only, and a
 * vocabulary module with a dependency. Each must be reported; the right imports must not.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", () => {
  it.each([
    ["app/(app)/reports/page.tsx", 'import { getDb } from "@/db";\nexport const x = getDb;\n'],
    ["components/admin/x.tsx", 'import { users } from "@/db/schema";\nexport const x = users;\n'],
    ["app/api/health/route.ts", 'import { getDb } from "../../../db/index";\nexport const x = getDb;\n'],
  ])("%s may not import the database", async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([expect.stringContaining("never db/ directly")]);
  });

  it.each([
    ["lib/disclosure/x.ts", 'import { getDb } from "../../db";\nexport const x = getDb;\n', "never reads the database"],
    [
      "lib/rules/x.ts",
      'import { getReport } from "../reports/get-report";\nexport const x = getReport;\n',
      "lib/reports",
    ],
    ["lib/workflow/x.ts", 'import { notFound } from "next/navigation";\nexport const x = notFound;\n', "Next.js"],
    ["lib/disclosure/templates/x.ts", 'import "server-only";\nexport const x = 1;\n', "server-only"],
  ])("the pure core (%s) stays pure", async (file, code, message) => {
    expect(await restrictedImports(file, code)).toEqual([expect.stringContaining(message)]);
  });

  it("lib/domain imports only its own files", async () => {
    expect(
      await restrictedImports("lib/domain/x.ts", 'import { wan } from "../money";\nexport const x = wan;\n'),
    ).toHaveLength(1);
    expect(await restrictedImports("lib/domain/x.ts", 'export { ROLES } from "./roles";\n')).toEqual([]);
  });

  it("allows what the layers are for", async () => {
    expect(
      await restrictedImports("app/x/page.tsx", 'import { ROLES } from "@/lib/domain";\nexport const x = ROLES;\n'),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "lib/rules/x.ts",
        'import { keyFigures } from "../disclosure/derive";\nexport const x = keyFigures;\n',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports("lib/reports/x.ts", 'import { getDb } from "../../db";\nexport const x = getDb;\n'),
    ).toEqual([]);
  });
});
