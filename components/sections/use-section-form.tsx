"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useSyncExternalStore, useTransition } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { applyResult } from "@/components/forms/apply-result";

const LEAVE_MESSAGE = "本页有尚未保存的修改，离开后将丢失。确定离开吗？";

/** Warns before the page is left — by reload, close, or a link inside the app — with unsaved changes. */
export function useUnsavedChangesWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor || anchor.target === "_blank" || event.defaultPrevented) return;
      if (anchor.origin !== window.location.origin) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}

/** The URL's hash, decoded ("" when there is none or it is malformed). */
export function hashTarget(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return "";
  }
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** The URL's hash as React state: "" on the server and before hydration, then the live value. */
export function useHashTarget(): string {
  return useSyncExternalStore(subscribeToHash, hashTarget, () => "");
}

/**
 * Focuses the field named in the URL's hash (a 审核 finding links to `…/function-lines#lines.0.x`):
 * by the form field's name, or by a `data-slot` for reasons.
 */
export function useFocusFromHash() {
  useEffect(() => {
    const target = hashTarget();
    if (!target) return;
    const timer = window.setTimeout(() => {
      const el = document.querySelector<HTMLElement>(
        `[name="${CSS.escape(target)}"], [data-slot="${CSS.escape(target)}"]`,
      );
      el?.scrollIntoView({ block: "center" });
      el?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, []);
}

export interface SectionSaveState {
  pending: boolean;
  error?: string;
  success?: string;
  version: number;
}

/**
 * Saving one entry section: validates with the form's resolver, sends what the user typed with the
 * version the page was loaded at, and on success takes the new version. On any failure — a
 * conflict, a field the server refused, the network — the input stays on screen.
 */
export function useSectionSave<F extends FieldValues>(
  form: UseFormReturn<F, unknown, unknown>,
  initialVersion: number,
  save: (payload: F & { version: number }) => Promise<ActionResult<{ version: number }>>,
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(initialVersion);
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  useUnsavedChangesWarning(form.formState.isDirty);
  useFocusFromHash();

  const onSubmit = useCallback(
    (event?: React.BaseSyntheticEvent) =>
      form.handleSubmit(
        () =>
          startTransition(async () => {
            setSuccess(undefined);
            const values = form.getValues();
            let result: ActionResult<{ version: number }>;
            try {
              result = await save({ ...values, version });
            } catch {
              result = { ok: false, error: "网络或服务器错误，未能保存。您的输入仍保留在页面上，请稍后重试。" };
            }
            if (applyResult(form as unknown as UseFormReturn<FieldValues>, result, setError)) {
              setVersion(result.data.version);
              form.reset(values);
              setSuccess("已保存。");
              router.refresh();
            }
          }),
        () => {
          setSuccess(undefined);
          setError("有填写不正确的内容，请按标红处的提示修改后再保存。");
        },
      )(event),
    [form, router, save, version],
  );

  return { onSubmit, state: { pending, error, success, version } satisfies SectionSaveState };
}
