"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { loginAction } from "@/app/login/actions";
import type { TLogin } from "@/lib/auth/login.schema";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";

const loginResolver = lazyZodResolver(() => import("@/lib/auth/login.schema").then((m) => m.ZLogin));

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<TLogin>({
    resolver: loginResolver,
    defaultValues: { username: "", password: "", callbackUrl },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setError(undefined);
    startTransition(async () => {
      const result = await loginAction(values);
      if (result && !result.ok) {
        setError(result.error);
        form.setValue("password", "");
        form.setFocus("password");
      }
    });
  });

  return (
    // method="post": a form sent before the page has hydrated must not put the password in the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage kind="error">{error}</FormMessage>
      <Field id="username" label="用户名" error={errors.username?.message}>
        <TextInput
          id="username"
          autoComplete="username"
          autoFocus
          error={errors.username?.message}
          {...form.register("username")}
        />
      </Field>
      <Field id="password" label="密码" error={errors.password?.message}>
        <TextInput
          id="password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
      </Field>
      <Button type="submit" pending={pending} pendingText="正在登录…">
        登录
      </Button>
    </form>
  );
}
