/**
 * Zod field types for the entry forms. Forms hold what the user typed (strings); these parse it —
 * in the browser (zodResolver) and again in the server action — into integer 分 or counts, with a
 * Chinese message next to the field when it cannot be parsed.
 */
import { z } from "zod";
import { amountLimitMessage, amountTotal } from "../../disclosure/limits";
import type { EntrySectionKey } from "../../domain";
import { MAX_SECTION_TOTAL_FEN, parseMoney } from "../../money";
import { zPlainText } from "../../text";

export const MAX_TEXT = 20_000;
export const MAX_ROWS = 2_000;

/** An amount typed in 元 (up to two decimals) → 分. Empty is 0. */
export function zMoney(options: { allowNegative?: boolean } = {}) {
  return z
    .string({ error: "请填写金额" })
    .max(40, { error: "内容过长，请填写金额" })
    .transform((text, ctx) => {
      const r = parseMoney(text, { allowNegative: options.allowNegative });
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: r.error });
        return z.NEVER;
      }
      return r.fen;
    });
}

/**
 * Refuses a section whose amounts add up (by absolute value) beyond MAX_SECTION_TOTAL_FEN, with the
 * message next to its largest amount — the likeliest mistake (lib/disclosure/limits.ts).
 */
export function refineAmountLimit(
  section: EntrySectionKey,
  amounts: { path: (string | number)[]; fen: number }[],
  ctx: z.RefinementCtx,
): void {
  const total = amountTotal(amounts.map((a) => a.fen));
  if (total <= MAX_SECTION_TOTAL_FEN) return;
  const largest = amounts.reduce((a, b) => (Math.abs(b.fen) > Math.abs(a.fen) ? b : a));
  ctx.addIssue({ code: "custom", path: largest.path, message: amountLimitMessage(section, total) });
}

const FULL_WIDTH = /[０-９]/g;
const toAscii = (s: string) => s.replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();

/** A count of people, vehicles, batches … → a non-negative integer. Empty is 0. */
export const zCount = z
  .string({ error: "请填写数量" })
  .max(12, { error: "数量过大" })
  .transform((text, ctx) => {
    const t = toAscii(text).replace(/,/g, "");
    if (t === "") return 0;
    if (!/^\d+$/.test(t)) {
      ctx.addIssue({ code: "custom", message: "请填写不小于0的整数" });
      return z.NEVER;
    }
    const n = Number(t);
    if (n > 10_000_000) {
      ctx.addIssue({ code: "custom", message: "数量过大" });
      return z.NEVER;
    }
    return n;
  });

/** A score or weight between 0 and 100 with up to two decimals → hundredths of a point. */
export function zPoints(options: { required?: boolean } = {}) {
  return z
    .string()
    .max(12, { error: "请填写0到100之间的分数" })
    .transform((text, ctx) => {
      const t = toAscii(text);
      if (t === "") {
        if (options.required) ctx.addIssue({ code: "custom", message: "请填写分数" });
        return options.required ? z.NEVER : null;
      }
      const r = parseMoney(t);
      if (!r.ok || !/^\d+(\.\d{1,2})?$/.test(t)) {
        ctx.addIssue({ code: "custom", message: "请填写0到100之间、最多两位小数的分数" });
        return z.NEVER;
      }
      if (r.fen > 10_000) {
        ctx.addIssue({ code: "custom", message: "分数不能超过100" });
        return z.NEVER;
      }
      return r.fen;
    });
}

/** Free text with a length limit: without control characters (lib/text.ts), trimmed. */
export function zText(max = MAX_TEXT) {
  return zPlainText()
    .trim()
    .max(max, { error: `最多${max}个字` });
}

export function zRequiredText(max: number, message: string) {
  return zPlainText()
    .trim()
    .min(1, { error: message })
    .max(max, { error: `最多${max}个字` });
}

export const ZSectionBase = z.object({
  reportId: z.number().int().positive(),
  /** The version of the section the edit was based on (0: never saved). */
  version: z.number().int().nonnegative(),
});

/** The “与上年相同，确认沿用” box of a page holding facts carried from last year (待确认). */
export const zConfirmCarried = z.boolean().optional().default(false);
