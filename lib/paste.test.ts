import { describe, expect, it } from "vitest";
import { isBlock, MAX_PASTE_ROWS, parseClipboardGrid } from "./paste";
import { parseMoney } from "./money";

describe("parseClipboardGrid", () => {
  it("reads tab-separated rows as Excel copies them (CRLF, trailing newline)", () => {
    expect(parseClipboardGrid("1\t2\t3\r\n4\t5\t6\r\n")).toEqual({
      ok: true,
      rows: [
        ["1", "2", "3"],
        ["4", "5", "6"],
      ],
    });
  });
  it("keeps empty cells in place", () => {
    expect(parseClipboardGrid("1\t\t3\n\t5\t")).toEqual({
      ok: true,
      rows: [
        ["1", "", "3"],
        ["", "5", ""],
      ],
    });
  });
  it("reads quoted cells with tabs, newlines and doubled quotes", () => {
    expect(parseClipboardGrid('"a\tb"\t"line1\nline2"\t"say ""hi"""\n')).toEqual({
      ok: true,
      rows: [["a\tb", "line1\nline2", 'say "hi"']],
    });
  });
  it("takes a stray quote literally", () => {
    expect(parseClipboardGrid('12"3\t4')).toEqual({ ok: true, rows: [['12"3', "4"]] });
  });
  it("keeps thousands separators and full-width digits for the money parser, which accepts them", () => {
    const r = parseClipboardGrid("1,234.50\t１２３\n");
    expect(r).toEqual({ ok: true, rows: [["1,234.50", "１２３"]] });
    if (r.ok)
      expect(r.rows[0]!.map((c) => parseMoney(c))).toEqual([
        { ok: true, fen: 123450 },
        { ok: true, fen: 12300 },
      ]);
  });
  it("keeps a bad cell as it is, so the field marks it", () => {
    expect(parseClipboardGrid("12\tabc\t5")).toEqual({ ok: true, rows: [["12", "abc", "5"]] });
  });
  it(`refuses more than ${MAX_PASTE_ROWS} rows with a message, instead of freezing the page`, () => {
    const big = Array.from({ length: 10_000 }, (_, i) => `${i}\t1`).join("\n");
    expect(parseClipboardGrid(big)).toEqual({ ok: false, error: `一次最多粘贴${MAX_PASTE_ROWS}行，未粘贴。` });
  });
  it("refuses a megabyte of text", () => {
    expect(parseClipboardGrid("9".repeat(1_000_001)).ok).toBe(false);
  });
  it("an empty paste is no rows", () => {
    expect(parseClipboardGrid("")).toEqual({ ok: true, rows: [] });
  });
  it("tells a block from a single value", () => {
    expect(isBlock("123.45")).toBe(false);
    expect(isBlock("123.45\r\n")).toBe(false);
    expect(isBlock("1\t2")).toBe(true);
    expect(isBlock("1\n2")).toBe(true);
  });
});
