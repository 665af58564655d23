import { z } from "zod";
import { zPlainText } from "./text";

export const CATALOG_KINDS = ["function", "economic"] as const;

/** A subject an admin adds to a catalog: its level follows from the code's length. */
export const ZAddSubject = z
  .object({
    kind: z.enum(CATALOG_KINDS),
    code: z
      .string()
      .trim()
      .regex(/^\d{3}(\d{2}){0,2}$/, { error: "科目编码应为3位（类）、5位（款）或7位（项）数字" }),
    name: zPlainText().trim().min(1, { error: "请填写科目名称" }).max(60, { error: "科目名称最多60个字" }),
    validFrom: z
      .number({ error: "请填写起始年度" })
      .int()
      .min(2000, { error: "年度不正确" })
      .max(2100, { error: "年度不正确" }),
  })
  .refine((v) => v.kind === "function" || v.code.length <= 5, {
    error: "经济分类科目只有类（3位）和款（5位）",
    path: ["code"],
  });
export type TAddSubject = z.infer<typeof ZAddSubject>;
