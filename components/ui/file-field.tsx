import type { RefObject } from "react";
import { Field } from "./field";

/**
 * A file input with its label, and the reasons the last upload was refused listed under it (each
 * naming its row or cell), announced to screen readers and bound to the input.
 */
export function FileField({
  id,
  label,
  accept,
  inputRef,
  errors,
  errorsTitle,
  disabled = false,
}: {
  id: string;
  label: string;
  accept: string;
  inputRef: RefObject<HTMLInputElement | null>;
  errors: string[];
  /** The line above the reasons, e.g. 「文件未能导入：」. */
  errorsTitle: string;
  disabled?: boolean;
}) {
  const errorsId = `${id}-errors`;
  return (
    <>
      <Field id={id} label={label}>
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          disabled={disabled}
          accept={accept}
          aria-describedby={errors.length ? errorsId : undefined}
          aria-invalid={errors.length ? true : undefined}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
        />
      </Field>
      {errors.length > 0 && (
        <div
          id={errorsId}
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p className="font-medium">{errorsTitle}</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
