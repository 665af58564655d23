import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format-date";
import { formatYuan } from "@/lib/money";
import { getReport } from "@/lib/reports/get-report";
import { getRollover } from "@/lib/reports/rollover";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { CARRIED_GROUP_INFO, CATALOG_KIND_LABELS, ENTRY_SECTIONS } from "@/lib/domain";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "结转情况" };

const pathOf = (section: string) => ENTRY_SECTIONS.find((s) => s.key === section)?.path ?? "";

/** 结转情况: what a new year's report took from the department's last published report. */
export default async function RolloverPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await reportIdFrom(params);
  const report = orNotFound(() => getReport(user, id));
  const rollover = getRollover(user, id);
  if (!rollover) {
    return (
      <>
        <PageHeader title="结转情况" />
        <p className="text-sm text-slate-700">
          本报告新建时本部门没有更早的已公开决算，没有从往年结转任何数据。
          <Link href={`/reports/${id}`} className="ml-2 text-brand-700 underline">
            返回概览
          </Link>
        </p>
      </>
    );
  }
  const { summary, pending } = rollover;
  return (
    <>
      <PageHeader
        title={`结转情况：${report.year}年度取自${summary.fromYear}年度`}
        description={
          <>
            本报告于{formatDateTime(rollover.createdAt)}新建，从本部门已公开的
            <Link href={`/reports/${rollover.fromReportId}`} className="mx-1 text-brand-700 underline">
              {summary.fromYear}年度决算
            </Link>
            结转了下列内容。
          </>
        }
      />
      <section aria-labelledby="to-confirm-heading" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
        <h2 id="to-confirm-heading" className="mb-2 text-base font-semibold">
          待确认（{pending.length}项）
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          这些是{summary.fromYear}
          年度的事实，作为建议填入本报告：请逐项核对本年度情况，确认或修改后保存。确认前公开文本不列示，相应部分不计为已填写，报告也不能提交。
        </p>
        <ul className="flex flex-col gap-1 text-sm" data-testid="rollover-to-confirm">
          {summary.toConfirm.map((c) => {
            const open = pending.includes(c.group);
            return (
              <li key={c.group}>
                <Link
                  href={`/reports/${id}/${pathOf(CARRIED_GROUP_INFO[c.group].section)}`}
                  className="font-medium text-brand-700 underline"
                >
                  {c.label}
                </Link>
                ：{c.what}
                <span
                  className={`ml-2 rounded px-1.5 py-0.5 text-xs ${open ? "bg-amber-200 text-amber-950" : "bg-green-100 text-green-900"}`}
                >
                  {open ? "待确认" : "已确认"}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="carried-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="carried-heading" className="mb-2 text-base font-semibold">
          已结转
        </h2>
        <ul className="list-disc pl-5 text-sm" data-testid="rollover-carried">
          {summary.carried.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="not-carried-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="not-carried-heading" className="mb-2 text-base font-semibold">
          未能结转（{summary.notCarried.length}个科目）
        </h2>
        {summary.notCarried.length === 0 ? (
          <p className="text-sm text-slate-700">上年的科目都已按本年科目表结转。</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">
              下列科目在{report.year}
              年科目表中没有确定的对应科目，上年决算数没有填入本报告：请在功能分类或经济分类中选择本年的科目，按下表的金额填列上年决算数；或请管理员在科目表页确认科目编码对应后，把这些金额告诉填报人。
            </p>
            <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="not-carried-heading">
              <table className="min-w-full text-sm" data-testid="rollover-not-carried">
                <caption className="sr-only">未能结转的科目</caption>
                <thead className="bg-slate-50 text-left text-slate-600">
                  <tr>
                    {["分类", "上年科目", "上年支出（元）", "年末结转和结余（元）", "原因"].map((h) => (
                      <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {summary.notCarried.map((n) => (
                    <tr key={`${n.kind}-${n.code}`}>
                      <td className="px-3 py-2 whitespace-nowrap">{CATALOG_KIND_LABELS[n.kind]}</td>
                      <td className="px-3 py-2">
                        <span className="tabular">{n.code}</span> {n.name}
                      </td>
                      <td className="px-3 py-2 text-right tabular">{formatYuan(n.amount)}</td>
                      <td className="px-3 py-2 text-right tabular">
                        {n.kind === "function" ? formatYuan(n.carryEnd) : "—"}
                      </td>
                      <td className="px-3 py-2">
                        {n.reason}
                        {n.suggestion && <span className="block text-slate-600">{n.suggestion}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      {summary.notes.length > 0 && (
        <section aria-labelledby="notes-heading" className="mb-6">
          <h2 id="notes-heading" className="mb-2 text-base font-semibold">
            没有结转的内容
          </h2>
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {summary.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
      <Link href={`/reports/${id}`} className="text-sm text-brand-700 underline">
        返回报告概览
      </Link>
    </>
  );
}
