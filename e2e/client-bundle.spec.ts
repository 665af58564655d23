import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * What the browser downloads must not carry the database schema: no drizzle table definitions, no
 * column names of secrets. Reads the client chunks of the build this suite runs against.
 */
test("no client chunk carries drizzle table definitions or secret column names", () => {
  const dir = path.join(".next", "static");
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(10);
  const offending: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const needle of ["password_hash", "session_version", "audit_log", "sqliteTable", "drizzle:Name"]) {
      if (text.includes(needle)) offending.push(`${file}: ${needle}`);
    }
  }
  expect(offending).toEqual([]);
});
