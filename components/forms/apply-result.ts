import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * Shows a server action's answer on a react-hook-form form: field messages next to their fields,
 * the rest as the form's message. Returns true (and narrows) when the action succeeded.
 */
export function applyResult<F extends FieldValues, T>(
  form: UseFormReturn<F>,
  result: ActionResult<T>,
  setFormError: (message: string | undefined) => void,
): result is { ok: true; data: T } {
  if (result.ok) {
    setFormError(undefined);
    return true;
  }
  const fieldErrors = result.fieldErrors ?? {};
  const fieldNames = Object.keys(fieldErrors).filter((k) => k !== "_form");
  for (const name of fieldNames) {
    form.setError(name as Path<F>, { type: "server", message: fieldErrors[name] });
  }
  // The summary is shown unless it only repeats the one field message.
  const onlyRepeats = fieldNames.length === 1 && fieldErrors[fieldNames[0]!] === result.error;
  setFormError(onlyRepeats ? undefined : result.error);
  return false;
}
