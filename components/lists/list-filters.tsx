import { Link } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";

export type FilterField =
  | { kind: "search"; name: string; label: string; value: string; placeholder?: string }
  | {
      kind: "select";
      name: string;
      label: string;
      value: string;
      options: { value: string; label: string }[];
      /** The option that filters nothing (value ""); 全部 unless named, e.g. 全部地区. */
      allLabel?: string;
    };

const CONTROL =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100";

/**
 * The filters of a paged list: a GET form, so the filters are done in SQL by the page they lead to,
 * the address can be bookmarked, and it works without JavaScript. Filtering starts again at page 1.
 */
export function ListFilters({ path, fields, label }: { path: string; fields: FilterField[]; label: string }) {
  const active = fields.some((f) => f.value !== "");
  // The controls are uncontrolled (defaultValue): a link to other filters on the same page (清除筛选,
  // a region link) renders the form anew, else a select would go on showing the filter it had.
  const shown = JSON.stringify(fields.map((f) => f.value));
  return (
    <form
      key={shown}
      method="get"
      action={path}
      role="search"
      aria-label={label}
      className="mb-3 flex flex-wrap items-end gap-3"
    >
      {fields.map((f) => {
        const id = `filter-${f.name}`;
        return (
          <div key={f.name} className="flex flex-col gap-1">
            <label htmlFor={id} className="text-xs text-slate-600">
              {f.label}
            </label>
            {f.kind === "search" ? (
              <input
                id={id}
                name={f.name}
                type="search"
                defaultValue={f.value}
                placeholder={f.placeholder}
                maxLength={100}
                className={`${CONTROL} w-56`}
              />
            ) : (
              <select id={id} name={f.name} defaultValue={f.value} className={CONTROL}>
                <option value="">{f.allLabel ?? "全部"}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      <button type="submit" className={buttonClass("secondary", "py-1.5")}>
        筛选
      </button>
      {active && (
        <Link href={path} className="py-1.5 text-sm text-brand-700 hover:underline">
          清除筛选
        </Link>
      )}
    </form>
  );
}
