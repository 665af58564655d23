import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/format-date";
import { listPublished, publishedQueryOf, publishedRegions } from "@/lib/public/published";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";

export const metadata: Metadata = { title: "部门决算公开" };
export const dynamic = "force-dynamic";

export default async function DisclosuresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = publishedQueryOf(await searchParams);
  const list = listPublished(query);
  const items = list.rows;
  const regions = publishedRegions();
  const filtered = query.q !== "" || query.year !== null || query.region !== "";
  // The filters as they stand, in the query string: the pager and the region links keep them.
  const params = { q: query.q, year: query.year ?? "", region: query.region };
  const byRegion = (region: string) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, region })) if (v !== "") search.set(k, String(v));
    return `/disclosures?${search}`;
  };
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">部门决算公开</h1>
      <ListFilters
        path="/disclosures"
        label="查找公开文本"
        fields={[
          { kind: "search", name: "q", label: "部门名称", value: query.q },
          {
            kind: "search",
            name: "year",
            label: "年度",
            value: query.year === null ? "" : String(query.year),
            placeholder: "如 2020",
          },
          {
            kind: "select",
            name: "region",
            label: "地区",
            value: query.region,
            allLabel: "全部地区",
            // A region from an old or mistyped address stays selected, so the form says what is shown.
            options: [...regions, ...(query.region && !regions.includes(query.region) ? [query.region] : [])].map(
              (r) => ({ value: r, label: r }),
            ),
          },
        ]}
      />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{filtered ? "没有符合条件的公开文本。" : "暂无已公开的部门决算。"}</p>
      ) : (
        <table className="min-w-full rounded-lg border border-slate-200 bg-white text-sm">
          <caption className="sr-only">已公开的部门决算</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2 font-medium sm:px-4">
                部门
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-4">
                地区
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-4">
                年度
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-4">
                公开日期
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-4">
                版本
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((i) => (
              <tr key={`${i.departmentCode}-${i.year}`}>
                <td className="px-2 py-2 sm:px-4">
                  <Link
                    href={`/disclosures/${encodeURIComponent(i.departmentCode)}/${i.year}`}
                    className="text-brand-700 hover:underline"
                  >
                    {i.departmentName}
                  </Link>
                </td>
                <td className="px-2 py-2 whitespace-nowrap sm:px-4">
                  {i.region === "" ? (
                    <span className="text-slate-400">—</span>
                  ) : i.region === query.region ? (
                    i.region
                  ) : (
                    <Link
                      href={byRegion(i.region)}
                      aria-label={`按地区浏览：${i.region}`}
                      className="text-brand-700 hover:underline"
                    >
                      {i.region}
                    </Link>
                  )}
                </td>
                <td className="px-2 py-2 whitespace-nowrap sm:px-4">{i.year}年度</td>
                <td className="px-2 py-2 sm:px-4">{formatDate(i.publishedAt)}</td>
                <td className="px-2 py-2 sm:px-4">{i.revision === 1 ? "原始版本" : `第${i.revision - 1}次修订`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager list={list} path="/disclosures" params={params} />
    </>
  );
}
