/**
 * Money is integer 分 everywhere: in the database, in the engine, in the rules.
 * This module is the only place that turns 分 into text (元 / 万元) or text into 分,
 * and it never goes through floating point: parsing and rounding work on digit strings
 * and integers.
 *
 * Rounding is half-up in magnitude (ROUND_HALF_UP: 0.005 → 0.01, −0.005 → −0.01), per cell.
 * See docs/decisions/002-money-and-rounding.md for the 尾差 (tail difference) policy.
 */

/** 1 万元 = 1,000,000 分 (1 元 = 100 分). */
export const FEN_PER_WAN = 1_000_000;

/** The largest amount we accept: 10^13 分 = 1,000 亿元 (well inside Number.MAX_SAFE_INTEGER). */
export const MAX_FEN = 10 ** 13;

/**
 * The largest sum of one entry section's amounts (by absolute value): 10^15 分 = 10 万亿元. Every sum,
 * difference and total the disclosure computes adds amounts of a few sections, so with each section
 * under this limit every figure stays an exact integer (Number.MAX_SAFE_INTEGER ≈ 9 × 10^15).
 * lib/disclosure/limits.ts checks it.
 */
export const MAX_SECTION_TOTAL_FEN = 10 ** 15;

/** What a formatter prints for a whole number of 分 too large to be exact (only over-limit data has one). */
export const BEYOND_LIMIT_TEXT = "超出上限";

export type MoneyUnit = "yuan" | "wan";

export type ParseMoneyResult = { ok: true; fen: number } | { ok: false; error: string };

export interface ParseMoneyOptions {
  unit?: MoneyUnit;
  /** Negative amounts are refused unless allowed (only corrections such as 结余分配 may be negative). */
  allowNegative?: boolean;
  /** An empty input is 0 unless the amount is required. */
  required?: boolean;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Full-width digits and punctuation to ASCII, currency signs, spaces and thousands separators removed. */
function normalise(input: string): string {
  return input
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[，]/g, ",")
    .replace(/[－—−]/g, "-")
    .replace(/[＋]/g, "+")
    .replace(/[¥￥\s\u00a0\u3000]/g, "")
    .replace(/^([+-]?)\./, (_, sign: string) => `${sign}0.`); // ".5" → "0.5"
}

const PLAIN_NUMBER = /^([+-])?(\d+)(?:\.(\d*))?$/;
/**
 * ASCII digits (grouped or not) with a digit before any point, as the grid shows amounts: nothing for
 * `normalise` to change — the common case, checked first.
 */
const ALREADY_PLAIN = /^[+-]?\d[\d,]*(?:\.\d*)?$/;
const GROUPED_NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * Parse what a clerk typed (or pasted from Excel) into 分.
 * Accepts `1234.5`, `1,234.50`, `１２３`, `￥12.00`, `-0` (→ 0). Refuses scientific notation,
 * letters, misplaced separators and more decimals than the unit allows, each with a message.
 */
export function parseMoney(input: string | null | undefined, options: ParseMoneyOptions = {}): ParseMoneyResult {
  const unit = options.unit ?? "yuan";
  const raw = input && ALREADY_PLAIN.test(input) ? input : normalise(input ?? "");
  if (raw === "") {
    return options.required ? { ok: false, error: "请填写金额" } : { ok: true, fen: 0 };
  }
  if (/^[+-]?[\d.,]*e[+-]?\d+$/i.test(raw)) {
    return { ok: false, error: "请填写普通数字，不支持科学计数法（如 1e3）" };
  }
  const match = PLAIN_NUMBER.exec(raw) ?? GROUPED_NUMBER.exec(raw);
  if (!match) {
    if (/\d,\d/.test(raw)) return { ok: false, error: "千分位逗号位置不正确" };
    return { ok: false, error: "请填写数字金额" };
  }
  const [, sign, intDigits = "0", fracDigits = ""] = match;
  const maxDecimals = unit === "yuan" ? 2 : 6;
  if (fracDigits.length > maxDecimals) {
    return {
      ok: false,
      error: unit === "yuan" ? "金额最多保留两位小数（到分）" : "以万元填写时最多保留六位小数（到分）",
    };
  }
  const intPart = intDigits.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  if (intPart.length > 13) return { ok: false, error: "金额过大" };
  const scaled = intPart + fracDigits.padEnd(maxDecimals, "0");
  // 元 with two decimals and 万元 with six decimals are both whole 分 once the point is dropped.
  const fen = Number(scaled);
  if (fen > MAX_FEN) return { ok: false, error: "金额过大" };
  if (sign === "-" && fen !== 0) {
    if (!options.allowNegative) return { ok: false, error: "金额不能为负数" };
    return { ok: true, fen: -fen };
  }
  return { ok: true, fen };
}

/** Parse or throw: for trusted literals in seed data and tests, e.g. `wan("763.19")`. */
export function wan(text: string): number {
  const r = parseMoney(text, { unit: "wan", allowNegative: true, required: true });
  if (!r.ok) throw new Error(`不是有效的万元金额：${text}（${r.error}）`);
  return r.fen;
}

export function yuan(text: string): number {
  const r = parseMoney(text, { unit: "yuan", allowNegative: true, required: true });
  if (!r.ok) throw new Error(`不是有效的元金额：${text}（${r.error}）`);
  return r.fen;
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new Error(`金额必须是整数分：${fen}`);
}

/** Beyond exact integers a sum cannot be printed correctly: the formatters say so instead of failing a page. */
const beyondExact = (fen: number) => Number.isInteger(fen) && !Number.isSafeInteger(fen);

/** Divide an integer by a positive power of ten, rounding half-up in magnitude. */
function roundDiv(value: number, divisor: number): number {
  const magnitude = Math.floor((Math.abs(value) * 2 + divisor) / (2 * divisor));
  return value < 0 ? -magnitude : magnitude;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(units: number, decimals: number, grouping: boolean): string {
  const negative = units < 0;
  const magnitude = negative ? -units : units;
  const scale = 10 ** decimals;
  // Quotient and remainder of integers: exact (no fractional arithmetic on amounts).
  const frac = magnitude % scale;
  const intPart = String((magnitude - frac) / scale);
  const head = grouping ? groupThousands(intPart) : intPart;
  const fracText = decimals > 0 ? `.${String(frac).padStart(decimals, "0")}` : "";
  return `${negative ? "-" : ""}${head}${fracText}`;
}

/** 分 → 万元 rounded half-up to two decimals (the unit of the disclosure), e.g. 7631900_00 → "763.19". */
export function formatWan(fen: number, options: { grouping?: boolean } = {}): string {
  if (beyondExact(fen)) return BEYOND_LIMIT_TEXT;
  assertFen(fen);
  return fixed(roundDiv(fen, FEN_PER_WAN / 100), 2, options.grouping ?? false);
}

/** The 分 value a printed 万元 figure stands for (for 尾差 checks): 7631949 → 7630000. */
export function roundToWanCents(fen: number): number {
  assertFen(fen);
  return roundDiv(fen, FEN_PER_WAN / 100) * (FEN_PER_WAN / 100);
}

/** 分 → 元 with two decimals, exact, e.g. 123456 → "1,234.56". */
export function formatYuan(fen: number, options: { grouping?: boolean } = {}): string {
  if (beyondExact(fen)) return BEYOND_LIMIT_TEXT;
  assertFen(fen);
  return fixed(fen, 2, options.grouping ?? true);
}

/** 分 → the text an input shows for editing in the given unit, exact and without grouping. */
export function fenToInput(fen: number, unit: MoneyUnit = "yuan"): string {
  assertFen(fen);
  if (unit === "yuan") return fixed(fen, 2, false);
  const text = fixed(fen, 6, false);
  return text.replace(/(\.\d\d\d*?)0+$/, "$1");
}

/**
 * numerator / denominator as a percentage rounded half-up to `decimals` places, computed exactly
 * in integers. Returns null when the denominator is 0 (a share or rate of nothing is not a number).
 */
export function percent(numerator: number, denominator: number, decimals = 2): string | null {
  assertFen(numerator);
  assertFen(denominator);
  if (denominator === 0) return null;
  const scale = 10n ** BigInt(decimals + 2);
  const num = BigInt(numerator) * scale;
  const den = BigInt(denominator);
  const negative = num < 0n !== den < 0n && num !== 0n;
  const absNum = num < 0n ? -num : num;
  const absDen = den < 0n ? -den : den;
  const units = (absNum * 2n + absDen) / (absDen * 2n);
  return fixed(Number(negative ? -units : units), decimals, false);
}
