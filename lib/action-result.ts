import type { z } from "zod";

/**
 * A save refused because a colleague saved the same section first: their version, who and when, and
 * the section's values now (in the form's shape), for a field-by-field comparison with the user's.
 */
export interface SectionConflict {
  version: number;
  savedBy: string;
  savedAt: string;
  theirs: unknown;
}

/** What a server action answers; shared by the server wrapper and the client forms. */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; conflict?: SectionConflict };

/** The first message for each field path, e.g. { "units.0.name": "请填写单位名称" }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}
