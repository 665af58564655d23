"use server";

import { AuthError } from "next-auth";
import { signIn, TooManyAttempts } from "@/lib/auth/config";
import { ADDRESS_WINDOW_MINUTES } from "@/lib/auth/login-attempt";
import { ZLogin, safeCallbackUrl } from "@/lib/auth/login.schema";
import type { ActionResult } from "@/lib/action-result";

/** One message for every failure: unknown user, wrong password, disabled or locked account. */
const GENERIC_FAILURE = "用户名或密码错误，或账号不可用。";
/** The address has too many failed logins: says nothing about any account. */
const TOO_MANY_ATTEMPTS = `本机登录失败次数过多，请${ADDRESS_WINDOW_MINUTES}分钟后再试。`;

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
    if (error instanceof AuthError)
      return { ok: false, error: error instanceof TooManyAttempts ? TOO_MANY_ATTEMPTS : GENERIC_FAILURE };
    throw error;
  }
}
