/**
 * Files are rendered once per document: ten parallel anonymous requests for a published PDF start one
 * render, and later requests read the stored file. A draft's file is cached per version of its content.
 */
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import { cachedFile, exportsDir, MAX_DRAFT_FILES, sha256Hex } from "../../lib/export/file-cache";
import { documentFile } from "../../lib/export/render";
import { publishedFile } from "../../lib/public/files";
import { getDisclosure } from "../../lib/reports/get-disclosure";
import { transitionReport } from "../../lib/reports/transition-report";
import { useTempDatabase } from "../support/temp-db";

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../lib/export/pdf", () => ({
  renderPdf: async () => {
    renders.count += 1;
    await new Promise((r) => setTimeout(r, 100));
    return Buffer.from(`%PDF-1.7 fake ${renders.count}`);
  },
}));

let clerk: Actor;
let reportId: number;

beforeAll(async () => {
  const db = await useTempDatabase();
  const user = (name: string) => {
    const u = db.select().from(t.users).where(eq(t.users.username, name)).get()!;
    return { id: u.id, role: u.role, departmentId: u.departmentId } as Actor;
  };
  clerk = user("clerk");
  const supervisor = user("supervisor");
  reportId = db.select().from(t.reports).get()!.id;
  // Publish the demo (its warnings explained straight in the table: the rules are not the point here).
  db.update(t.reports).set({ status: "approved" }).where(eq(t.reports.id, reportId)).run();
  transitionReport(supervisor, reportId, "publish");
});

const params = () => Promise.resolve({ departmentCode: "101001", year: "2020" });

describe("published files", () => {
  it("ten parallel requests render the PDF once; later ones read it from disk", async () => {
    renders.count = 0;
    const responses = await Promise.all(Array.from({ length: 10 }, () => publishedFile(params(), "pdf")));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(renders.count).toBe(1);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    const again = await publishedFile(params(), "pdf");
    expect(await again.text()).toBe(bodies[0]);
    expect(renders.count).toBe(1);
    expect(fs.readdirSync(`${exportsDir()}/published`).filter((f) => f.endsWith(".pdf"))).toHaveLength(1);
  });

  it("the report's own export of a published report reads the same stored file", async () => {
    const { report, document } = getDisclosure(clerk, reportId, "report.export");
    const response = await documentFile({ document, snapshotSha256: report.snapshotSha256 }, "pdf");
    expect(response.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''/);
    expect(renders.count).toBe(1);
  });
});

describe("draft files", () => {
  it("are cached by the SHA-256 of their content, and only the newest are kept", async () => {
    let made = 0;
    const render = async () => Buffer.from(`draft ${++made}`);
    const key = sha256Hex("v1");
    expect(String(await cachedFile("drafts", key, "pdf", render))).toBe("draft 1");
    expect(String(await cachedFile("drafts", key, "pdf", render))).toBe("draft 1");
    for (let i = 0; i < MAX_DRAFT_FILES + 5; i++) await cachedFile("drafts", sha256Hex(`v${i + 2}`), "pdf", render);
    expect(fs.readdirSync(`${exportsDir()}/drafts`).length).toBe(MAX_DRAFT_FILES);
  });

  it("refuses a key that is not a SHA-256 (no path can be named)", async () => {
    await expect(cachedFile("drafts", "../../etc/passwd", "pdf", async () => Buffer.from(""))).rejects.toThrow();
  });
});
