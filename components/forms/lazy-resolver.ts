import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver for a zod schema that is loaded when the form first validates, not with
 * the page: zod and the schemas are ~45 kB (gzip) that every entry page shipped in its first load, and
 * a page's fields are shown and typed into long before they are validated. The schema and the resolver
 * are fetched when the browser is idle after the page loads, so the first save does not wait for them.
 *
 * Validation is synchronous (`mode: "sync"`): zod's async parse of a 100-line grid (3,500 fields, a
 * promise each) held a save in the browser for a tenth of a second; no schema here has an async check.
 *
 * Declare it once per form module (outside the component), e.g.
 *   const resolver = lazyZodResolver(() => import("@/lib/x.schema").then((m) => m.ZX));
 */
export function lazyZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  load: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>> {
  type Loaded = Resolver<z.input<S>, unknown, z.output<S>>;
  let loading: Promise<Loaded> | null = null;
  const ready = () =>
    (loading ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never, undefined, { mode: "sync" }) as unknown as Loaded,
      (error: unknown) => {
        loading = null; // asked for again at the next validation
        throw error;
      },
    ));
  if (typeof window !== "undefined") {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void ready().catch(() => undefined));
  }
  return async (values, context, options) => {
    let resolve: Loaded;
    try {
      resolve = await ready();
    } catch {
      // The schema could not be loaded (offline, or a new version of the app replaced its file): let the
      // form go on — the server checks every save with the same schema and answers next to the fields.
      return { values: values as unknown as z.output<S>, errors: {} };
    }
    return resolve(values, context, options);
  };
}
