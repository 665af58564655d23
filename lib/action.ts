import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type SessionUser } from "./auth/session";
import { DomainError, SectionConflictError } from "./errors";
import { fieldErrorsOf, type ActionResult } from "./action-result";

/**
 * The one wrapper every server action goes through: session → zod parse → the data function
 * (which authorizes through lib/access) → `{ ok, data } | { ok: false, error, fieldErrors }`.
 * A server action is a public HTTP endpoint: nothing here trusts what the page showed, and no
 * failure becomes a 500 — expected failures carry their message, unexpected ones a generic one.
 */
export function withUser<S extends z.ZodType, T>(
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T> | T,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "登录已失效，请重新登录。" };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: "请按提示修改标红的内容。", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await run(user, parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof SectionConflictError && error.theirs !== undefined) {
        return { ok: false, error: error.message, conflict: { ...error.conflict, theirs: error.theirs } };
      }
      if (error instanceof DomainError) {
        return {
          ok: false,
          error: error.message,
          fieldErrors: error.field ? { [error.field]: error.message } : undefined,
        };
      }
      console.error(error);
      return { ok: false, error: "系统暂时无法完成操作，请稍后重试；已保存的数据不受影响。" };
    }
  };
}

/**
 * A server action saving one entry section: withUser, and when a colleague saved the section first,
 * the refusal carries the section's current values (`current`, in the form's shape), so the page can
 * put them beside the user's input field by field instead of asking them to retype.
 */
export function withSectionSave<S extends z.ZodType<{ reportId: number }>, T>(
  schema: S,
  save: (user: SessionUser, input: z.output<S>) => T,
  current: (user: SessionUser, input: z.output<S>) => unknown,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return withUser(schema, (user, input) => {
    try {
      return save(user, input);
    } catch (error) {
      if (error instanceof SectionConflictError) error.theirs = current(user, input);
      throw error;
    }
  });
}
