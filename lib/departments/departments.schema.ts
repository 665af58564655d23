/** Form schemas for departments and their units (admin pages and server actions). */
import { z } from "zod";
import { UNIT_NATURES } from "../domain";
import { zPlainText } from "../text";

export const ZUnit = z.object({
  id: z.number().int().positive().nullable(),
  name: zPlainText().trim().min(1, { error: "请填写单位名称" }).max(100, { error: "单位名称最多100个字" }),
  nature: z.enum(UNIT_NATURES, { error: "请选择单位性质" }),
  category: zPlainText().trim().max(20, { error: "最多20个字" }),
});

export const ZDepartment = z
  .object({
    id: z.number().int().positive().nullable(),
    code: z
      .string()
      .trim()
      .min(2, { error: "部门编码至少2位" })
      .max(20, { error: "部门编码最多20位" })
      .regex(/^[0-9A-Za-z]+$/, { error: "部门编码只能包含数字和字母" }),
    name: zPlainText().trim().min(2, { error: "请填写部门名称" }).max(100, { error: "部门名称最多100个字" }),
    shortName: zPlainText().trim().max(30, { error: "简称最多30个字" }),
    /** 地区: a new report takes the disclosure template of this region for its year. */
    region: zPlainText().trim().max(40, { error: "地区最多40个字" }),
    units: z.array(ZUnit).max(200, { error: "单位过多" }),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.units.forEach((u, i) => {
      if (seen.has(u.name)) ctx.addIssue({ code: "custom", path: ["units", i, "name"], message: "单位名称重复" });
      seen.add(u.name);
    });
  });
export type TDepartment = z.infer<typeof ZDepartment>;
