/** Form schemas for user administration, used by the forms (zodResolver) and the server actions. */
import { z } from "zod";
import { ROLES } from "../domain";
import { passwordProblem } from "./password-policy";
import { zPlainText } from "../text";

export const ZPassword = z
  .string()
  .min(8, { error: "密码至少8位" })
  .max(128, { error: "密码最多128位" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "密码须同时包含字母和数字" })
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const ZUserFields = z.object({
  displayName: zPlainText().trim().min(1, { error: "请填写姓名" }).max(32, { error: "姓名最多32个字" }),
  role: z.enum(ROLES, { error: "请选择角色" }),
  departmentId: z.number().int().positive().nullable(),
});

const needsDepartment = (v: { role: string; departmentId: number | null }) =>
  v.role === "admin" || v.departmentId !== null;
const DEPARTMENT_REQUIRED = { error: "填报员和审核员必须属于一个部门", path: ["departmentId"] };

export const ZCreateUser = ZUserFields.extend({
  username: z
    .string()
    .trim()
    .min(3, { error: "用户名至少3个字符" })
    .max(32, { error: "用户名最多32个字符" })
    .regex(/^[A-Za-z0-9_.-]+$/, { error: "用户名只能包含字母、数字、下划线、点和连字符" }),
  password: ZPassword,
})
  .refine(needsDepartment, DEPARTMENT_REQUIRED)
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.username);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["password"] });
  });
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = ZUserFields.extend({ id: z.number().int().positive() }).refine(
  needsDepartment,
  DEPARTMENT_REQUIRED,
);
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZResetPassword = z.object({ id: z.number().int().positive(), password: ZPassword });
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZSetUserActive = z.object({ id: z.number().int().positive(), active: z.boolean() });
export type TSetUserActive = z.infer<typeof ZSetUserActive>;
