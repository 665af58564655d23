/**
 * The report import upload route handler is a public POST endpoint: it answers only a request from this
 * site's own page, by a user who may edit the report (a clerk of its department, a draft), refuses
 * oversized bodies before reading them, refuses what is not a workbook with a message, and never
 * changes the report (it stores a preview).
 */
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../../db/connection";
import * as t from "../../db/schema";
import type { SessionUser } from "../../lib/auth/session";
import { loadReportData } from "../../lib/reports/load-report-data";
import { sessionUserOf } from "../support/session-user";
import { useTempDatabase } from "../support/temp-db";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../../lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { POST } = await import("../../app/(app)/reports/[id]/import/upload/route");

let db: Db;
let reportId: number;
const asUser = (username: string) => sessionUserOf(db, username);

const SAME = { origin: "http://app.test", host: "app.test" };
function upload(body: { section?: string; file?: File | string }, headers: Record<string, string> = SAME): Request {
  const form = new FormData();
  if (body.section !== undefined) form.set("section", body.section);
  if (body.file !== undefined) form.set("file", body.file);
  return new Request(`http://app.test/reports/${reportId}/import/upload`, { method: "POST", body: form, headers });
}
const call = (request: Request, id = String(reportId)) => POST(request, { params: Promise.resolve({ id }) });
let good: File;

beforeAll(async () => {
  db = await useTempDatabase();
  reportId = db.select().from(t.reports).get()!.id;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("功能分类");
  ws.addRow(["科目编码", "科目名称", "经营支出"]);
  ws.addRow(["2013101", "行政运行", 12.34]);
  good = new File([new Uint8Array(await wb.xlsx.writeBuffer())], "功能分类.xlsx");
});

const importsCount = () => db.select().from(t.reportImports).all().length;

describe("POST /reports/[id]/import/upload", () => {
  it("a clerk's workbook from this site: a preview is stored, the report is unchanged", async () => {
    session.user = asUser("clerk");
    const before = loadReportData(asUser("clerk"), reportId);
    const response = await call(upload({ section: "functionLines", file: good }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: true; id: number };
    expect(db.select().from(t.reportImports).where(eq(t.reportImports.id, body.id)).get()).toMatchObject({
      reportId,
      section: "functionLines",
      fileName: "功能分类.xlsx",
      appliedAt: null,
    });
    expect(loadReportData(asUser("clerk"), reportId)).toEqual(before);
  });

  it("refuses a request without this site's Origin, before anything else", async () => {
    session.user = asUser("clerk");
    const before = importsCount();
    const hostile: Record<string, string>[] = [
      { host: "app.test" },
      { origin: "http://evil.test", host: "app.test" },
      { origin: "null", host: "app.test" },
    ];
    for (const headers of hostile) {
      expect((await call(upload({ file: good }, headers))).status).toBe(403);
    }
    expect(importsCount()).toBe(before);
  });

  it("refuses without a session, for a supervisor or an admin, for another department's clerk, and a missing report", async () => {
    const before = importsCount();
    session.user = null;
    expect((await call(upload({ file: good }))).status).toBe(401);
    for (const who of ["supervisor", "admin"]) {
      session.user = asUser(who);
      expect((await call(upload({ file: good }))).status).toBe(403);
    }
    session.user = asUser("shclerk");
    expect((await call(upload({ file: good }))).status).toBe(404);
    session.user = asUser("clerk");
    expect((await call(upload({ file: good }), "999999")).status).toBe(404);
    expect((await call(upload({ file: good }), "abc")).status).toBe(404);
    expect(importsCount()).toBe(before);
  });

  it("refuses an oversized body by its length, a wrong section, no file, and what is not a workbook", async () => {
    session.user = asUser("clerk");
    const before = importsCount();
    const big = upload({ file: good }, { ...SAME, "content-length": String(6 * 1024 * 1024) });
    expect((await call(big)).status).toBe(413);
    const bad: [Parameters<typeof upload>[0], number, string][] = [
      [{ section: "profile", file: good }, 400, "请选择要导入的部分。"],
      [{ section: "" }, 400, "请选择要导入的文件。"],
      [{ section: "", file: "not a file" }, 400, "请选择要导入的文件。"],
      [
        { section: "", file: new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])], "old.xls") },
        422,
        "这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 后再导入。",
      ],
      [
        { section: "", file: new File(["科目编码,经营支出\n2013101,1\n"], "a.csv") },
        422,
        "文件不是 Excel（.xlsx）工作簿，无法读取。请上传 .xlsx 文件。",
      ],
    ];
    for (const [body, status, message] of bad) {
      const response = await call(upload(body));
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ ok: false, errors: [message] });
    }
    expect(importsCount()).toBe(before);
  });
});
