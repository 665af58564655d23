const NUMERALS = "一二三四五六七八九十";

/** 一, 二, …, 十, 十一, …, 九十九: the numbering of parts, sections and lists. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1]!;
  if (n < 20) return `十${NUMERALS[n - 11]!}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${NUMERALS[tens - 1]!}十${ones ? NUMERALS[ones - 1]! : ""}`;
}
