import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { numberText, readWorkbook, type ReadLimits } from "./read-workbook";
import { checkZip } from "./zip-check";

const LIMITS: ReadLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxRowsPerSheet: 5_000,
  maxRowsTotal: 20_000,
  tooManyRows: (sheet, max) => `工作表“${sheet}”超过${max}行。`,
  allowCsv: false,
};

/** A zip of one deflated entry whose central directory declares `declared` as its size. */
function zipOf(name: string, data: Uint8Array, declared = data.byteLength): Uint8Array {
  const body = deflateRawSync(data);
  const nameBytes = new TextEncoder().encode(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, body.byteLength, true);
  local.setUint32(22, declared, true);
  local.setUint16(26, nameBytes.byteLength, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, body.byteLength, true);
  central.setUint32(24, declared, true);
  central.setUint16(28, nameBytes.byteLength, true);
  central.setUint32(42, 0, true);
  const localSize = 30 + nameBytes.byteLength + body.byteLength;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.byteLength, true);
  end.setUint32(16, localSize, true);
  const parts = [
    new Uint8Array(local.buffer),
    nameBytes,
    body,
    new Uint8Array(central.buffer),
    nameBytes,
    new Uint8Array(end.buffer),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

describe("numbers keep their exact decimal text", () => {
  it("integers, decimals, binary noise at Excel's 15 digits", () => {
    expect(numberText(2010101)).toBe("2010101");
    expect(numberText(1234.56)).toBe("1234.56");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(1234.5600000000002)).toBe("1234.56");
    expect(numberText(12.345)).toBe("12.345");
    expect(numberText(763.190001)).toBe("763.190001");
    expect(numberText(-5.5)).toBe("-5.5");
  });
});

describe("reading a workbook", () => {
  it("merged cells carry the range's value, all but the first marked; formulas with and without a saved value", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("功能分类");
    sheet.addRow(["标题"]);
    sheet.mergeCells("A1:C1");
    sheet.addRow([1, { formula: "A2*2", result: 2 }, { formula: "A2*3" }]);
    const read = await readWorkbook("a.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()), LIMITS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [title, values] = read.sheets[0]!.rows;
    expect(title!.cells.map((c) => [c.text, c.merged])).toEqual([
      ["标题", false],
      ["标题", true],
      ["标题", true],
    ]);
    expect(values!.cells.map((c) => [c.text, c.formula])).toEqual([
      ["1", null],
      ["2", "cached"],
      ["", "missing"],
    ]);
  });

  it("refuses a sheet over the row limit, naming it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("长表");
    for (let i = 0; i < 12; i++) sheet.addRow([i]);
    const read = await readWorkbook("a.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()), {
      ...LIMITS,
      maxRowsPerSheet: 10,
    });
    expect(read).toEqual({ ok: false, error: "工作表“长表”超过10行。" });
  });

  it("refuses what is not an .xlsx when CSV is not allowed, an .xls, an empty and an oversize file", async () => {
    const utf8 = new TextEncoder().encode("科目编码,科目名称\n");
    expect(await readWorkbook("a.csv", utf8, LIMITS)).toEqual({
      ok: false,
      error: "文件不是 Excel（.xlsx）工作簿，无法读取。请上传 .xlsx 文件。",
    });
    expect(await readWorkbook("a.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), LIMITS)).toMatchObject({
      ok: false,
      error: expect.stringContaining("旧版 Excel（.xls）"),
    });
    expect(await readWorkbook("a.xlsx", new Uint8Array(), LIMITS)).toEqual({ ok: false, error: "文件是空的。" });
    const big = new Uint8Array(LIMITS.maxBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await readWorkbook("a.xlsx", big, LIMITS)).toEqual({ ok: false, error: "文件超过5 MB。" });
  });

  it("refuses a zip bomb before inflating it: a huge declared size, and a lie about the size", async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024); // 20 MB of zeros deflate to ~20 KB
    const honest = zipOf("xl/worksheets/sheet1.xml", zeros);
    expect(honest.byteLength).toBeLessThan(100 * 1024);
    expect(checkZip(honest)).toMatch(/解压后过大/);
    const read = await readWorkbook("bomb.xlsx", honest, LIMITS);
    expect(read).toMatchObject({ ok: false, error: expect.stringMatching(/解压后过大/) });
    // Declares 1 KB but inflates to 20 MB: stopped at the declared size.
    const liar = zipOf("xl/worksheets/sheet1.xml", zeros, 1024);
    expect(checkZip(liar)).toMatch(/解压后过大/);
    // A real workbook passes.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("a").addRow([1]);
    expect(checkZip(new Uint8Array(await workbook.xlsx.writeBuffer()))).toBeNull();
    expect(checkZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(/损坏/);
  });
});
