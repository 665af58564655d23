import type { TextareaHTMLAttributes } from "react";
import { controlProps } from "./field";

export function TextArea({ id, error, hint, rows = 3, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; error?: string; hint?: string }) {
  const p = controlProps(id, error, hint);
  return <textarea rows={rows} {...props} {...p} className={`${p.className} w-full leading-6`} />;
}
