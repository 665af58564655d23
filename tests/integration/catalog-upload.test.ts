/**
 * The catalog upload route handler is a public POST endpoint: it answers only an admin's request from
 * this site's own page, refuses oversized bodies before reading them, and never changes the catalog
 * (it stores a preview). Hostile calls included.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { SessionUser } from "../../lib/auth/session";
import { catalogYear } from "../../lib/catalog";
import { sessionUserOf } from "../support/session-user";
import { useTempDatabase } from "../support/temp-db";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../../lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { POST } = await import("../../app/(app)/admin/catalogs/upload/route");

let db: Db;
const asUser = (username: string) => sessionUserOf(db, username);

function upload(
  body: { kind?: string; year?: string; file?: File | string },
  headers: Record<string, string> = { origin: "http://app.test", host: "app.test" },
): Request {
  const form = new FormData();
  if (body.kind !== undefined) form.set("kind", body.kind);
  if (body.year !== undefined) form.set("year", body.year);
  if (body.file !== undefined) form.set("file", body.file);
  return new Request("http://app.test/admin/catalogs/upload", { method: "POST", body: form, headers });
}
const csv = (text: string, name = "2024.csv") => new File([text], name, { type: "text/csv" });
const GOOD = "标题\n\n科目编码,科目名称\n201,一般公共服务支出\n20139,社会工作事务\n2013901,行政运行\n";

beforeAll(async () => {
  db = await useTempDatabase();
});

describe("POST /admin/catalogs/upload", () => {
  it("an admin's file from this site: a preview is stored, the catalog is unchanged", async () => {
    session.user = asUser("admin");
    const response = await POST(upload({ kind: "function", year: "2024", file: csv(GOOD) }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: true; id: number };
    expect(body.ok).toBe(true);
    expect(db.select().from(t.catalogImports).where(eq(t.catalogImports.id, body.id)).get()).toMatchObject({
      kind: "function",
      year: 2024,
      fileName: "2024.csv",
      appliedAt: null,
    });
    expect(catalogYear("function", 2024)).toBe(2020);
  });

  it("a bad file: 422 with the reasons, each naming its row", async () => {
    session.user = asUser("admin");
    const response = await POST(
      upload({ kind: "function", year: "2024", file: csv("科目编码,科目名称\n201,a\n201,b\n") }),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ ok: false, errors: ["第3行：科目编码201与第2行重复。"] });
  });

  it("refuses a request without this site's Origin (a cross-site form post), before anything else", async () => {
    session.user = asUser("admin");
    const before = db.select().from(t.catalogImports).all().length;
    const hostile: Record<string, string>[] = [
      { host: "app.test" },
      { origin: "http://evil.test", host: "app.test" },
      { origin: "null", host: "app.test" },
    ];
    for (const headers of hostile) {
      const response = await POST(upload({ kind: "function", year: "2024", file: csv(GOOD) }, headers));
      expect(response.status).toBe(403);
    }
    expect(db.select().from(t.catalogImports).all()).toHaveLength(before);
  });

  it("refuses without a session, and for a clerk or a supervisor", async () => {
    session.user = null;
    expect((await POST(upload({ kind: "function", year: "2024", file: csv(GOOD) }))).status).toBe(401);
    for (const who of ["clerk", "supervisor"]) {
      session.user = asUser(who);
      const response = await POST(upload({ kind: "function", year: "2024", file: csv(GOOD) }));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ ok: false, errors: ["只有系统管理员可以导入科目表。"] });
    }
  });

  it("refuses an oversized body by its length, and missing or wrong fields with a message", async () => {
    session.user = asUser("admin");
    const big = upload(
      { kind: "function", year: "2024", file: csv(GOOD) },
      {
        origin: "http://app.test",
        host: "app.test",
        "content-length": String(6 * 1024 * 1024),
      },
    );
    expect((await POST(big)).status).toBe(413);
    const cases: [Parameters<typeof upload>[0], string][] = [
      [{ kind: "budget", year: "2024", file: csv(GOOD) }, "请选择科目表类别。"],
      [{ kind: "function", year: "24", file: csv(GOOD) }, "请填写正确的年度（2000–2100）。"],
      [{ kind: "function", year: "2024" }, "请选择要导入的文件。"],
      [{ kind: "function", year: "2024", file: "not a file" }, "请选择要导入的文件。"],
      [{ kind: "function", year: "2024", file: csv("") }, "请选择要导入的文件。"],
    ];
    for (const [body, message] of cases) {
      const response = await POST(upload(body));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ ok: false, errors: [message] });
    }
  });
});
