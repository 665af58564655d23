"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { ZLogin, safeCallbackUrl } from "@/lib/auth/login.schema";
import type { ActionResult } from "@/lib/action-result";

/** One message for every failure: unknown user, wrong password, disabled or locked account. */
const GENERIC_FAILURE = "用户名或密码错误，或账号不可用。";

export async function loginAction(raw: unknown): Promise<ActionResult> {
  const parsed = ZLogin.safeParse(raw);
  if (!parsed.success) return { ok: false, error: GENERIC_FAILURE };
  try {
    await signIn("credentials", {
      username: parsed.data.username,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(parsed.data.callbackUrl),
    });
    return { ok: true, data: undefined };
  } catch (error) {
    // A successful sign-in throws Next's redirect: only AuthError is a failure.
    if (error instanceof AuthError) return { ok: false, error: GENERIC_FAILURE };
    throw error;
  }
}
