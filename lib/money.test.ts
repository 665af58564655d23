import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BEYOND_LIMIT_TEXT,
  fenToInput,
  formatWan,
  formatYuan,
  parseMoney,
  percent,
  roundToWanCents,
  wan,
  yuan,
} from "./money";

describe("parseMoney (元, as a clerk types it)", () => {
  it.each([
    ["1234.5", 123450],
    ["1,234.5", 123450],
    ["1,234,567.89", 123456789],
    ["１２３", 12300],
    ["１２３．４５", 12345],
    ["￥12.00", 1200],
    [" 7 ", 700],
    ["0", 0],
    ["-0", 0],
    ["0.01", 1],
    [".5", 50],
  ])("%s → %s 分", (input, fen) => {
    const r = parseMoney(input);
    expect(r).toEqual({ ok: true, fen });
  });

  it("reads a plain amount as it would after normalising it (the shortcut changes no result)", () => {
    // A leading space makes parseMoney normalise; without it, plain ASCII amounts skip that step.
    const chars = fc.constantFrom(..."0123456789,.+-e １２．，－ ￥");
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 16 }), (text) => {
        expect(parseMoney(text)).toEqual(parseMoney(` ${text}`));
        expect(parseMoney(text, { unit: "wan", allowNegative: true })).toEqual(
          parseMoney(` ${text}`, { unit: "wan", allowNegative: true }),
        );
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (fen) => {
        expect(parseMoney(formatYuan(fen), { allowNegative: true })).toEqual({ ok: true, fen: fen === 0 ? 0 : fen });
      }),
    );
  });

  it("-0 is plain zero, not negative zero", () => {
    const r = parseMoney("-0");
    expect(r.ok && Object.is(r.fen, 0)).toBe(true);
  });

  it("empty is 0 unless required", () => {
    expect(parseMoney("")).toEqual({ ok: true, fen: 0 });
    expect(parseMoney("   ")).toEqual({ ok: true, fen: 0 });
    expect(parseMoney(undefined)).toEqual({ ok: true, fen: 0 });
    expect(parseMoney("", { required: true })).toEqual({ ok: false, error: "请填写金额" });
  });

  it.each([
    ["1e3", "请填写普通数字，不支持科学计数法（如 1e3）"],
    ["2.5E+2", "请填写普通数字，不支持科学计数法（如 1e3）"],
    ["abc", "请填写数字金额"],
    ["12元", "请填写数字金额"],
    ["1.2.3", "请填写数字金额"],
    ["12,34", "千分位逗号位置不正确"],
    ["1.234", "金额最多保留两位小数（到分）"],
    ["-5", "金额不能为负数"],
    ["99999999999999", "金额过大"],
  ])("%s is refused: %s", (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  it("negative amounts only where allowed", () => {
    expect(parseMoney("-12.30", { allowNegative: true })).toEqual({ ok: true, fen: -1230 });
    expect(parseMoney("－12.30", { allowNegative: true })).toEqual({ ok: true, fen: -1230 });
  });
});

describe("parseMoney in 万元", () => {
  it("takes up to six decimals (to the 分)", () => {
    expect(parseMoney("763.19", { unit: "wan" })).toEqual({ ok: true, fen: 763_190_000 });
    expect(parseMoney("772.4549", { unit: "wan" })).toEqual({ ok: true, fen: 772_454_900 });
    expect(parseMoney("0.000001", { unit: "wan" })).toEqual({ ok: true, fen: 1 });
    expect(parseMoney("0.0000001", { unit: "wan" })).toEqual({
      ok: false,
      error: "以万元填写时最多保留六位小数（到分）",
    });
  });
  it("wan() and yuan() convert literals exactly or throw", () => {
    expect(wan("878.36")).toBe(878_360_000);
    expect(yuan("1,234.56")).toBe(123_456);
    expect(() => wan("abc")).toThrow(/不是有效的万元金额/);
  });
});

describe("formatWan (half-up per cell, two decimals)", () => {
  it.each([
    [878_360_000, "878.36"],
    [0, "0.00"],
    [4_999, "0.00"],
    [5_000, "0.01"], // exactly half a 0.01万元 rounds up
    [14_999, "0.01"],
    [15_000, "0.02"],
    [-5_000, "-0.01"], // half-up in magnitude
    [-4_999, "0.00"],
    [772_454_900, "772.45"],
    [9_264_900, "9.26"],
    [6_249_800, "6.25"],
    [123_456_789_000, "123456.79"],
  ])("%d 分 → %s 万元", (fen, text) => {
    expect(formatWan(fen)).toBe(text);
  });

  it("groups thousands when asked", () => {
    expect(formatWan(123_456_789_000, { grouping: true })).toBe("123,456.79");
  });

  it("refuses anything but whole 分", () => {
    expect(() => formatWan(1.5)).toThrow(/整数分/);
    expect(() => formatWan(Number.NaN)).toThrow(/整数分/);
  });

  it("says a sum is beyond the limit instead of printing an inexact figure or failing the page", () => {
    expect(formatWan(2 ** 53)).toBe(BEYOND_LIMIT_TEXT);
    expect(formatYuan(-(10 ** 17))).toBe(BEYOND_LIMIT_TEXT);
    expect(formatYuan(Number.MAX_SAFE_INTEGER)).toBe("90,071,992,547,409.91");
  });

  it("roundToWanCents gives the 分 value a printed figure stands for", () => {
    expect(roundToWanCents(7_631_949)).toBe(7_630_000);
    expect(roundToWanCents(7_635_000)).toBe(7_640_000);
  });
});

describe("formatYuan and fenToInput", () => {
  it("formats 元 exactly with grouping", () => {
    expect(formatYuan(123_456)).toBe("1,234.56");
    expect(formatYuan(5)).toBe("0.05");
    expect(formatYuan(-120)).toBe("-1.20");
  });
  it("gives the text to edit, which parses back to the same 分", () => {
    for (const fen of [0, 1, 99, 100, 123_456, 763_190_000, -1230]) {
      expect(parseMoney(fenToInput(fen), { allowNegative: true })).toEqual({ ok: true, fen });
      expect(parseMoney(fenToInput(fen, "wan"), { unit: "wan", allowNegative: true })).toEqual({ ok: true, fen });
    }
    expect(fenToInput(772_454_900, "wan")).toBe("772.4549");
    expect(fenToInput(763_190_000, "wan")).toBe("763.19");
  });
});

describe("percent (exact, half-up, two decimals)", () => {
  it.each([
    [wan("832.75"), wan("878.36"), "94.81"],
    [wan("45.61"), wan("878.36"), "5.19"],
    [wan("763.19"), wan("396.91"), "192.28"],
    [wan("1.03"), wan("1.70"), "60.59"],
    [wan("0.35"), wan("1.15"), "30.43"],
    [wan("6.2498"), wan("884.6098"), "0.71"],
    [1, 8, "12.50"],
    [1, 200_000, "0.00"], // 0.0005% → 0.00
    [1, 20_000, "0.01"], // 0.005% → 0.01 (half-up)
    [-1, 20_000, "-0.01"],
    [0, 5, "0.00"],
  ])("%d / %d = %s%%", (n, d, text) => {
    expect(percent(n, d)).toBe(text);
  });
  it("has no value for a zero denominator", () => {
    expect(percent(5, 0)).toBeNull();
  });
});
