import type { TextareaHTMLAttributes } from "react";
import { controlProps } from "./field";

export function TextArea({
  id,
  error,
  hint,
  rows = 3,
  className = "",
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; error?: string; hint?: string }) {
  return <textarea rows={rows} {...props} {...controlProps(id, error, hint, `w-full leading-6 ${className}`)} />;
}
