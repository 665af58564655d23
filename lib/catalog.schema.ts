import { z } from "zod";
import { CATALOG_KINDS, MAPPING_DECISIONS } from "./domain";
import { zPlainText } from "./text";

export { CATALOG_KINDS };

const zYear = z
  .number({ error: "请填写年度" })
  .int({ error: "年度须为整数" })
  .min(2000, { error: "年度不正确" })
  .max(2100, { error: "年度不正确" });
const zName = (what: string) =>
  zPlainText()
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(60, { error: `${what}最多60个字` });
/** The name of a missing parent: optional here; the data layer asks for it when the catalog lacks the parent. */
const zParentName = (what: string) =>
  zPlainText()
    .trim()
    .max(60, { error: `${what}最多60个字` })
    .optional();

/** A subject an admin adds to a year's catalog: its level follows from the code's length. */
export const ZAddSubject = z
  .object({
    kind: z.enum(CATALOG_KINDS),
    year: zYear,
    code: z
      .string()
      .trim()
      .regex(/^\d{3}(\d{2}){0,2}$/, { error: "科目编码应为3位（类）、5位（款）或7位（项）数字" }),
    name: zName("科目名称"),
    sectionName: zParentName("款名称"),
    className: zParentName("类名称"),
  })
  .refine((v) => v.kind === "function" || v.code.length <= 5, {
    error: "经济分类科目只有类（3位）和款（5位）",
    path: ["code"],
  });
export type TAddSubject = z.infer<typeof ZAddSubject>;

/**
 * A 功能分类 项 a clerk adds from the grid because the year's catalog lacks it — with its 款 and 类 names
 * when the catalog lacks those too.
 */
export const ZAddLocalSubject = z.object({
  reportId: z.number().int().positive(),
  code: z
    .string()
    .trim()
    .regex(/^\d{7}$/, { error: "项级科目编码为7位数字，如 2013999" }),
  name: zName("项名称"),
  sectionName: zParentName("款名称"),
  className: zParentName("类名称"),
});
export type TAddLocalSubject = z.infer<typeof ZAddLocalSubject>;

/** An admin confirms a subject a clerk added (correcting its name if need be). */
export const ZConfirmSubject = z.object({
  year: zYear,
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  name: zName("科目名称"),
});
export type TConfirmSubject = z.infer<typeof ZConfirmSubject>;

/** An admin's decision on where a code of last year's catalog goes in `year`'s. */
export const ZDecideMapping = z.object({
  kind: z.enum(CATALOG_KINDS),
  year: zYear,
  fromCode: z.string().regex(/^\d{3}(\d{2}){0,2}$/, { error: "上年科目编码不正确" }),
  toCode: z
    .string()
    .trim()
    .regex(/^\d{3}(\d{2}){0,2}$/, { error: "本年科目编码应为3、5或7位数字" }),
  decision: z.enum(MAPPING_DECISIONS),
});
export type TDecideMapping = z.infer<typeof ZDecideMapping>;

export const ZApplyCatalogImport = z.object({ importId: z.number().int().positive() });

/** The query of the admin's catalog page and of the export. */
export const ZCatalogQuery = z.object({
  kind: z.enum(CATALOG_KINDS).catch("function"),
  year: z.coerce.number().int().min(2000).max(2100).catch(2020),
  q: zPlainText().max(40).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
