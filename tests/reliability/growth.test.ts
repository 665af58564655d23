/**
 * A report that has been saved for years: 300,000 audit rows (≈ 65 whole-grid saves). Its audit page
 * once ran 31 s and the server died of heap exhaustion; now every page of it — the first, a deep one,
 * a filtered one — answers within a second, and the server's memory stays bounded.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { prepareDatabase } from "../../db/setup";
import { login } from "../../scripts/reliability/http";
import { startServer, tempDir, type Server } from "../../scripts/reliability/server";
import { demoReportId } from "../../scripts/reliability/world";

const ROWS = 300_000;
/** A whole-grid save writes this many entries at one instant. */
const PER_SAVE = 4_692;

let server: Server;
let dir: string;
let reportId: number;
let cookie: string;

beforeAll(async () => {
  dir = tempDir("growth");
  const database = path.join(dir, "growth.db");
  const db = openDatabase(database);
  await prepareDatabase(db, { demo: true });
  reportId = demoReportId(db);
  const insert = db.$client.prepare(
    "INSERT INTO audit_log (at, actor_id, report_id, action, field, old_value, new_value) VALUES (?, 1, ?, 'report.update', ?, ?, ?)",
  );
  const start = Date.parse("2021-01-04T09:00:00+08:00");
  db.$client.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const save = Math.floor(i / PER_SAVE);
      insert.run(
        start + save * 600_000,
        reportId,
        `function_lines[${2010101 + (i % 138) * 100}].basicGeneralBudget`,
        `${i}.00`,
        `${i + 1}.00`,
      );
    }
  })();
  db.$client.close();
  server = await startServer({ database });
  cookie = (await login(server.url, "clerk", "Juesuan@2020")).cookie!;
  await fetch(`${server.url}/reports/${reportId}`, { headers: { cookie } }); // warm up the page code
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function timed(pathAndQuery: string) {
  const started = performance.now();
  const response = await fetch(`${server.url}${pathAndQuery}`, { headers: { cookie } });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, bytes: Buffer.byteLength(body), body };
}

describe(`a report with ${ROWS.toLocaleString("en-US")} audit rows`, () => {
  it("its audit page answers in under a second, a page of rows, with the total", async () => {
    const first = await timed(`/reports/${reportId}/audit`);
    console.log(`growth: first page ${Math.round(first.ms)} ms, ${first.bytes} bytes`);
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(1000);
    expect(first.bytes).toBeLessThan(400_000);
    expect(first.body).toMatch(new RegExp(`共 ${ROWS + 1} 条`)); // and the report's own creation
  });

  it("a deep page and a filtered one answer in under a second too", async () => {
    for (const query of [`?page=${Math.floor(ROWS / 50) - 1}`, "?q=2013101", "?part=function_lines&page=200"]) {
      const r = await timed(`/reports/${reportId}/audit${query}`);
      console.log(`growth: ${query} ${Math.round(r.ms)} ms`);
      expect(r.status, query).toBe(200);
      expect(r.ms, query).toBeLessThan(1000);
    }
  });

  it("the server's memory stays bounded over many requests for it", async () => {
    const before = server.nodeRssMb();
    for (let round = 0; round < 5; round++)
      await Promise.all(
        Array.from({ length: 8 }, (_, i) => timed(`/reports/${reportId}/audit?page=${1 + round * 997 + i * 613}`)),
      );
    const after = server.nodeRssMb();
    console.log(`growth: server memory ${Math.round(before)} MB → ${Math.round(after)} MB after 40 audit pages`);
    expect(after).toBeLessThan(768);
    expect(after - before).toBeLessThan(200);
  });
});
