"use client";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import {
  createUserAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/app/(app)/admin/actions";
import type { TCreateUser, TResetPassword, TUpdateUser } from "@/lib/users/users.schema";
import { applyResult } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, SelectInput, TextInput } from "@/components/ui/field";
import { ROLES, ROLE_LABELS } from "@/lib/domain";

const resetPasswordResolver = lazyZodResolver(() => import("@/lib/users/users.schema").then((m) => m.ZResetPassword));

const updateUserResolver = lazyZodResolver(() => import("@/lib/users/users.schema").then((m) => m.ZUpdateUser));

const createUserResolver = lazyZodResolver(() => import("@/lib/users/users.schema").then((m) => m.ZCreateUser));

type DepartmentOption = { id: number; name: string };

const PASSWORD_HINT = "至少8位，须同时包含字母和数字，不能包含用户名，也不能是常见密码";

/** 姓名, 角色, 所属部门: the fields creating and editing a user share. */
function UserProfileFields({
  form,
  departments,
}: {
  form: UseFormReturn<TCreateUser> | UseFormReturn<TUpdateUser>;
  departments: DepartmentOption[];
}) {
  // Both forms have these three fields with the same types.
  const f = form as unknown as UseFormReturn<TUpdateUser>;
  const { errors } = f.formState;
  return (
    <>
      <Field id="user-displayName" label="姓名" error={errors.displayName?.message}>
        <TextInput id="user-displayName" error={errors.displayName?.message} {...f.register("displayName")} />
      </Field>
      <Field id="user-role" label="角色" error={errors.role?.message}>
        <SelectInput id="user-role" error={errors.role?.message} {...f.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectInput>
      </Field>
      <Field id="user-departmentId" label="所属部门" error={errors.departmentId?.message}>
        <SelectInput
          id="user-departmentId"
          error={errors.departmentId?.message}
          {...f.register("departmentId", { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
        >
          <option value="">（不属于任何部门）</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectInput>
      </Field>
    </>
  );
}

export function CreateUserForm({ departments }: { departments: DepartmentOption[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const form = useForm<TCreateUser>({
    resolver: createUserResolver,
    defaultValues: {
      username: "",
      displayName: "",
      password: "",
      role: "clerk",
      departmentId: departments[0]?.id ?? null,
    },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await createUserAction(values);
      // The list opens filtered to the new user: on a long list it would be on some later page.
      if (applyResult(form, result, setError)) router.push(`/admin/users?q=${encodeURIComponent(values.username)}`);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormMessage kind="error">{error}</FormMessage>
      <Field id="user-username" label="用户名" error={errors.username?.message} hint="登录时使用，创建后不能修改">
        <TextInput
          id="user-username"
          autoComplete="off"
          error={errors.username?.message}
          hint="登录时使用，创建后不能修改"
          {...form.register("username")}
        />
      </Field>
      <UserProfileFields form={form} departments={departments} />
      <Field id="user-password" label="初始密码" error={errors.password?.message} hint={PASSWORD_HINT}>
        <TextInput
          id="user-password"
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          hint={PASSWORD_HINT}
          {...form.register("password")}
        />
      </Field>
      <div>
        <Button type="submit" pending={pending} pendingText="正在保存…">
          创建用户
        </Button>
      </div>
    </form>
  );
}

export function EditUserForm({ user, departments }: { user: TUpdateUser; departments: DepartmentOption[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const form = useForm<TUpdateUser>({ resolver: updateUserResolver, defaultValues: user });
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setSaved(false);
      const result = await updateUserAction(values);
      if (applyResult(form, result, setError)) {
        setSaved(true);
        form.reset(values);
      }
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormMessage kind="error">{error}</FormMessage>
      <FormMessage kind="success">{saved ? "已保存。" : undefined}</FormMessage>
      <UserProfileFields form={form} departments={departments} />
      <div>
        <Button type="submit" pending={pending} pendingText="正在保存…">
          保存
        </Button>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ userId }: { userId: number }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const form = useForm<TResetPassword>({
    resolver: resetPasswordResolver,
    defaultValues: { id: userId, password: "" },
  });
  const message = form.formState.errors.password?.message;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setDone(false);
      const result = await resetPasswordAction(values);
      if (applyResult(form, result, setError)) {
        setDone(true);
        form.reset({ id: userId, password: "" });
      }
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormMessage kind="error">{error}</FormMessage>
      <FormMessage kind="success">{done ? "密码已重置，该用户的登录已全部失效。" : undefined}</FormMessage>
      <Field id="reset-password" label="新密码" error={message} hint={PASSWORD_HINT}>
        <TextInput
          id="reset-password"
          type="password"
          autoComplete="new-password"
          error={message}
          hint={PASSWORD_HINT}
          {...form.register("password")}
        />
      </Field>
      <div>
        <Button type="submit" variant="secondary" pending={pending} pendingText="正在重置…">
          重置密码
        </Button>
      </div>
    </form>
  );
}

export function UserActiveToggle({ userId, active, isSelf }: { userId: number; active: boolean; isSelf: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const toggle = () =>
    startTransition(async () => {
      const result = await setUserActiveAction({ id: userId, active: !active });
      if (result.ok) {
        setError(undefined);
      } else setError(result.error);
    });
  return (
    <div className="flex flex-col items-start gap-2">
      <p className="text-sm text-slate-700">
        当前状态：<strong>{active ? "启用" : "已停用"}</strong>
        {active ? "。停用后该用户立即退出登录，且不能再登录。" : "。启用后该用户可以重新登录。"}
      </p>
      <FormMessage kind="error">{error}</FormMessage>
      <Button
        type="button"
        variant={active ? "danger" : "secondary"}
        onClick={toggle}
        pending={pending}
        disabled={isSelf && active}
      >
        {active ? "停用账号" : "启用账号"}
      </Button>
      {isSelf && active && <p className="text-xs text-slate-500">不能停用自己的账号。</p>}
    </div>
  );
}
