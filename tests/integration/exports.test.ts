import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../../db/schema";
import type { Actor } from "../../lib/access";
import type { DisclosureDocument } from "../../lib/disclosure/model";
import { AccessDeniedError, NotFoundError } from "../../lib/errors";
import { documentHtml } from "../../lib/export/html";
import { closePdfBrowser, renderPdf } from "../../lib/export/pdf";
import { neutralise, renderXlsx } from "../../lib/export/xlsx";
import { exportFileName } from "../../lib/export/file-name";
import { getDisclosure } from "../../lib/reports/get-disclosure";
import { useTempDatabase } from "../support/temp-db";

let doc: DisclosureDocument;
let clerk: Actor;
let reportId: number;

beforeAll(async () => {
  const db = await useTempDatabase();
  const u = db.select().from(t.users).where(eq(t.users.username, "clerk")).get()!;
  clerk = { id: u.id, role: u.role, departmentId: u.departmentId };
  reportId = db.select().from(t.reports).get()!.id;
  doc = getDisclosure(clerk, reportId, "report.export").document;
});
afterAll(closePdfBrowser);

describe("exports", () => {
  it("are named <部门>_<年度>年度部门决算公开", () => {
    expect(exportFileName(doc, "pdf")).toBe("中共兰州市委机构编制委员会办公室_2020年度部门决算公开.pdf");
    expect(exportFileName(doc, "xlsx")).toBe("中共兰州市委机构编制委员会办公室_2020年度部门决算公开.xlsx");
  });

  it("check access like any other request", () => {
    expect(() => getDisclosure({ ...clerk, departmentId: 9999 }, reportId, "report.export")).toThrow(NotFoundError);
    expect(() =>
      getDisclosure({ id: 1, role: "supervisor", departmentId: clerk.departmentId }, reportId, "report.edit"),
    ).toThrow(AccessDeniedError);
  });

  it("neutralise text that a spreadsheet would take for a formula", () => {
    expect(["=SUM(A1)", "+1", "-2", "@x", "正常文本", "１"].map(neutralise)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "正常文本",
      "１",
    ]);
  });

  it("XLSX: one sheet per table, numbers as numeric cells in 0.00, merged multi-level headers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "01 收入支出决算总表",
      "02 收入决算表",
      "03 支出决算表",
      "04 财政拨款收入支出决算总表",
      "05 一般公共预算财政拨款支出决算表",
      "06 一般公共预算财政拨款基本支出决算表",
      "07 一般公共预算财政拨款“三公”经费支出决算表",
      "08 政府性基金预算财政拨款收入支出决算表",
      "09 国有资本经营预算财政拨款支出决算表",
    ]);
    const t05 = workbook.getWorksheet("05 一般公共预算财政拨款支出决算表")!;
    expect(t05.getCell("A2").value).toBe("一般公共预算财政拨款支出决算表");
    expect(t05.getCell("A3").value).toBe("编制单位：中共兰州市委机构编制委员会办公室");
    expect(t05.getCell("E3").value).toBe("单位：万元");
    // Header: 项目 spans A4:B4, 本年支出 spans C4:E4.
    expect(t05.getCell("A4").value).toBe("项目");
    expect(t05.getCell("B4").master.address).toBe("A4");
    expect(t05.getCell("C4").value).toBe("本年支出");
    expect(t05.getCell("E4").master.address).toBe("C4");
    // 合计 row, then 201.
    const rows = t05
      .getRows(7, 4)!
      .map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(3).value, r.getCell(4).value, r.getCell(5).value]);
    expect(rows[0]).toEqual(["合计", "合计", 878.36, 832.75, 45.61]);
    expect(rows[1]).toEqual(["201", "一般公共服务支出", 763.19, 717.58, 45.61]);
    expect(t05.getCell("C7").numFmt).toBe("0.00");
    expect(typeof t05.getCell("C8").value).toBe("number");
    const t01 = workbook.getWorksheet("01 收入支出决算总表")!;
    const cells: unknown[] = [];
    t01.eachRow((r) => r.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(878.36);
    expect(cells).toContain("本年收入合计");
    const t08 = workbook.getWorksheet("08 政府性基金预算财政拨款收入支出决算表")!;
    const notes: unknown[] = [];
    t08.eachRow((r) => notes.push(r.getCell(1).value));
    expect(notes).toContain("说明：本部门无相关数据，故本表无数据。");
  });

  it("HTML: the preview has a table of contents and every table", () => {
    const html = documentHtml(doc);
    expect(html).toContain('<nav class="dc-toc" aria-label="目录">');
    // The preview has no page numbers; the PDF's 目录 has a column for them (filled by the renderer).
    expect(html).not.toContain("dc-toc-page");
    expect(documentHtml(doc, { paged: true })).toContain(
      '<a href="#part-1"><span class="dc-toc-text">第一部分  部门概况</span><span class="dc-toc-fill"></span><span class="dc-toc-page"></span></a>',
    );
    for (const id of ["01", "02", "03", "04", "05", "06", "07", "08", "09"]) expect(html).toContain(`id="table-${id}"`);
    expect(html).toContain("<svg");
    expect(documentHtml({ ...doc, title: "<script>alert(1)</script>" })).not.toContain("<script>");
  });

  it("PDF: Chromium prints it with extractable Chinese text", async () => {
    const pdf = await renderPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), "d.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    for (const s of [
      "中共兰州市委机构编制委员会办公室2020年度部门决算公开",
      "2020年度收、支总计878.36万元。",
      "基本支出832.75万元，占94.81%",
      "本年度培训费支出0.80万元，较上年决算数减少0.35万元，下降30.43%",
      "收入支出决算总表",
      "评价结果为中的项目1个",
    ]) {
      expect(text).toContain(s);
    }

    // The 目录 gives each part the page its heading is printed on (as pdftotext finds it, page by page;
    // the cover is page 1, as in the footer's 第N页).
    const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
      .split("\f")
      .map((p) => p.replace(/\s+/g, ""));
    const tocPage = pages.findIndex((p) => p.startsWith("目录"));
    expect(tocPage).toBeGreaterThan(0); // the cover comes first, alone
    expect(pages[0]).toBe(
      "中共兰州市委机构编制委员会办公室2020年度部门决算公开第1页/共" + pages.filter(Boolean).length + "页",
    );
    // A heading starts its page with its title; a 目录 page lists it with a page number after it.
    const headingOn = (title: string) =>
      pages.findIndex((p, i) => i > tocPage && p.startsWith(title) && !/^\d/.test(p.slice(title.length))) + 1;
    const parts = doc.parts.map((p) => p.title.replace(/\s+/g, ""));
    const toc = pages.slice(tocPage, headingOn(parts[0]!) - 1).join("");
    for (const title of parts) {
      const printedOn = headingOn(title);
      expect(printedOn, title).toBeGreaterThan(tocPage + 1);
      expect(toc, title).toContain(`${title}${printedOn}`);
    }
    // The sections of 第三部分 too, e.g. 八、机关运行经费支出情况说明 on the page it is printed on.
    const agency =
      pages.findIndex(
        (p) => p.includes("八、机关运行经费支出情况说明。") || /八、机关运行经费支出情况说明\d{4}/.test(p),
      ) + 1;
    expect(toc).toContain(`八、机关运行经费支出情况说明${agency}`);
  }, 60_000);
});
