import { Link } from "@/components/ui/link";
import type { Paged } from "@/lib/paging";

/**
 * 分页: “共 N 条，第 x / y 页” with 首页 / 上一页 / page numbers around the current one / 下一页 / 末页.
 * Plain links that keep the list's filters (`params`), so paging works without JavaScript and every
 * page has its own address.
 */
export function Pager({
  list,
  path,
  params = {},
  pageParam = "page",
  label = "分页",
}: {
  list: Pick<Paged<unknown>, "total" | "page" | "pageCount">;
  path: string;
  /** The filters to keep, as they appear in the query string (empty values are left out). */
  params?: Record<string, string | number | undefined>;
  pageParam?: string;
  label?: string;
}) {
  const { total, page, pageCount } = list;
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params))
      if (v !== undefined && v !== "" && k !== pageParam) query.set(k, String(v));
    if (p > 1) query.set(pageParam, String(p));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  const from = Math.max(1, Math.min(page - 2, pageCount - 4));
  const numbers = Array.from({ length: Math.min(5, pageCount) }, (_, i) => from + i);
  const link = "rounded px-2 py-1 text-brand-700 hover:bg-brand-50";
  const off = "rounded px-2 py-1 text-slate-400";
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-600" aria-live="polite">
        {`共 ${total} 条${pageCount > 1 ? `，第 ${page} / ${pageCount} 页` : ""}`}
      </p>
      {pageCount > 1 && (
        <ul className="flex flex-wrap items-center gap-1">
          <li>
            {page > 1 ? (
              <Link href={href(1)} className={link}>
                首页
              </Link>
            ) : (
              <span className={off}>首页</span>
            )}
          </li>
          <li>
            {page > 1 ? (
              <Link href={href(page - 1)} className={link} rel="prev">
                上一页
              </Link>
            ) : (
              <span className={off}>上一页</span>
            )}
          </li>
          {numbers.map((n) => (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className="rounded bg-brand-600 px-2 py-1 font-medium text-white">
                  {n}
                </span>
              ) : (
                <Link href={href(n)} className={link} aria-label={`第 ${n} 页`}>
                  {n}
                </Link>
              )}
            </li>
          ))}
          <li>
            {page < pageCount ? (
              <Link href={href(page + 1)} className={link} rel="next">
                下一页
              </Link>
            ) : (
              <span className={off}>下一页</span>
            )}
          </li>
          <li>
            {page < pageCount ? (
              <Link href={href(pageCount)} className={link}>
                末页
              </Link>
            ) : (
              <span className={off}>末页</span>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
