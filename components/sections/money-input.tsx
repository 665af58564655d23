"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { storedAmount } from "@/components/grids/money-grid";
import { TextInput } from "@/components/ui/field";

/**
 * An amount field in 元: typed as the clerk likes (1234.5, 1,234.50, full-width digits) and shown in
 * the house format (1,234.50) once left, like the grid's cells. What cannot be read stays as typed,
 * with its message.
 */
export function MoneyInput<F extends FieldValues>({
  id,
  form,
  name,
  error,
  className = "",
}: {
  id: string;
  form: UseFormReturn<F, unknown, unknown>;
  name: Path<F>;
  error?: string;
  className?: string;
}) {
  const field = form.register(name);
  return (
    <TextInput
      id={id}
      inputMode="decimal"
      autoComplete="off"
      className={`text-right tabular ${className}`}
      error={error}
      {...field}
      onBlur={(event) => {
        void field.onBlur(event);
        const formatted = storedAmount(event.target.value, "yuan");
        if (formatted !== event.target.value)
          form.setValue(name, formatted as never, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      }}
    />
  );
}
