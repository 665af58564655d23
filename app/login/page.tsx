import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/forms/login-form";
import { safeCallbackUrl } from "@/lib/auth/login.schema";
import { LOCK_MINUTES, MAX_FAILURES } from "@/lib/auth/authenticate";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackUrl(callbackUrl));
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-center text-lg font-semibold text-slate-900">部门决算公开编制系统</h1>
        <p className="mb-6 mt-1 text-center text-sm text-slate-500">请使用单位分配的账号登录</p>
        <LoginForm callbackUrl={callbackUrl} />
        <p className="mt-6 text-xs leading-5 text-slate-500">
          连续{MAX_FAILURES}次输错密码，账号将锁定{LOCK_MINUTES}分钟。忘记密码请联系系统管理员重置。
        </p>
      </div>
    </main>
  );
}
