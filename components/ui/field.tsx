import type { ComponentProps, ReactNode, SelectHTMLAttributes } from "react";

/**
 * A labelled form control with its error message next to it. The label is bound to the control
 * (htmlFor/id) and the message is announced through aria-describedby.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

const CONTROL =
  "min-w-0 rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100";

export function controlProps(id: string, error?: string, hint?: string, className = "") {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    className: `${CONTROL} ${error ? "border-red-500" : "border-slate-300"} ${className}`,
  } as const;
}

export function TextInput({
  id,
  error,
  hint,
  className,
  ...props
}: ComponentProps<"input"> & { id: string; error?: string; hint?: string }) {
  return <input {...props} {...controlProps(id, error, hint, className)} />;
}

export function SelectInput({
  id,
  error,
  hint,
  className,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; error?: string; hint?: string }) {
  return (
    <select {...props} {...controlProps(id, error, hint, className)}>
      {children}
    </select>
  );
}

/** A message for the whole form (not one field), announced to screen readers. */
export function FormMessage({ kind, children }: { kind: "error" | "success"; children: ReactNode }) {
  if (!children) return null;
  const style =
    kind === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800";
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${style}`}>
      {children}
    </div>
  );
}
