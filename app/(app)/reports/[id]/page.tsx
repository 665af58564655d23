import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireUser } from "@/lib/auth/session";
import { keyFigures } from "@/lib/disclosure/derive";
import { formatDateTime } from "@/lib/format-date";
import { formatWan } from "@/lib/money";
import { getReport } from "@/lib/reports/get-report";
import { loadReportData } from "@/lib/reports/load-report-data";
import { savedSections } from "@/lib/reports/saved-sections";
import { sectionFilled } from "@/lib/reports/sections/status";
import { orNotFound, reportIdFrom } from "@/lib/route-helpers";
import { can } from "@/lib/access";
import { getChecks } from "@/lib/reports/checks";
import { COMMENTS_PAGE_SIZE, latestComment, listComments } from "@/lib/reports/comments";
import { pageQueryOf } from "@/lib/paging";
import { Pager } from "@/components/lists/pager";
import { availableTransitions } from "@/lib/workflow";
import { PageHeader } from "@/components/ui/page-header";
import { FindingsList } from "@/components/workflow/findings-list";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { CommentForm } from "@/components/workflow/comment-form";
import { TemplatePicker } from "@/components/workflow/template-picker";
import { resolveTemplate } from "@/lib/templates/resolve";
import { templateChoices } from "@/lib/templates/templates";
import { CARRIED_GROUP_INFO, DISPLAY_STATUS_LABELS, displayStatus, ENTRY_SECTIONS } from "@/lib/domain";
import { getRollover } from "@/lib/reports/rollover";
import { submissionBlockers } from "@/lib/rules";
import { changesSinceReturn } from "@/lib/reports/changes-since-return";

export const metadata: Metadata = { title: "报告概览" };

export default async function ReportOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const id = await reportIdFrom(params);
  const report = orNotFound(() => getReport(user, id));
  const data = loadReportData(user, id);
  const saved = savedSections(user, id);
  const k = keyFigures(data);
  const figures: [string, number][] = [
    ["本年收入合计", k.incomeTotal],
    ["本年支出合计", k.expenseTotal],
    ["基本支出", k.basicTotal],
    ["项目支出", k.projectTotal],
    ["人员经费", k.personnel],
    ["公用经费", k.publicUse],
  ];
  const history: [string, Date | null][] = [
    ["创建", report.createdAt],
    ["最后修改", report.updatedAt],
    ["提交", report.submittedAt],
    ["退回", report.returnedAt],
    ["审核通过", report.approvedAt],
    ["公开", report.publishedAt],
  ];
  const filledCount = ENTRY_SECTIONS.filter((s) => sectionFilled(s.key, data, saved)).length;
  const { findings, notes } = getChecks(user, id, data);
  const errors = findings.filter((f) => f.severity === "error").length;
  const comments = listComments(user, id, {
    page: pageQueryOf({ page: (await searchParams).comments }).page,
    size: COMMENTS_PAGE_SIZE,
  });
  const actions = availableTransitions(user, report);
  const canRevise = report.status === "published" && can(user, "report.revise", { departmentId: report.departmentId });
  const template = resolveTemplate(report.templateId);
  const mayChangeTemplate = can(user, "report.template", { departmentId: report.departmentId, status: report.status });
  const mayComment = can(user, "report.comment", { departmentId: report.departmentId });
  const canEdit = can(user, "report.edit", { departmentId: report.departmentId, status: report.status });
  const status = displayStatus(report);
  const lastReturn = status === "returned" ? latestComment(user, id, "return") : null;
  const sinceReturn = report.status !== "draft" || status === "returned" ? changesSinceReturn(user, id) : null;
  const publicPath = `/disclosures/${encodeURIComponent(report.departmentCode)}/${report.year}`;
  const rollover = getRollover(user, id);
  return (
    <>
      <PageHeader
        title={`${report.departmentName} ${report.year}年度部门决算`}
        description={
          <>
            状态：<strong data-testid="report-status">{DISPLAY_STATUS_LABELS[status]}</strong>
            <span className="mx-2 text-slate-400">|</span>
            {report.revision === 1 ? "原始版本" : `第${report.revision - 1}次修订`}
          </>
        }
      />
      {status === "returned" && report.returnedAt && (
        <section
          aria-labelledby="returned-heading"
          className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-950"
          data-testid="returned-banner"
        >
          <h2 id="returned-heading" className="font-semibold">
            已退回：{report.returnedByName ?? "审核员"}于{formatDateTime(report.returnedAt)}退回修改
          </h2>
          {lastReturn && <p className="mt-1 whitespace-pre-wrap">意见：{lastReturn.body}</p>}
        </section>
      )}
      {report.status === "published" && (
        <p className="mb-6 rounded-lg border border-green-200 bg-green-50 p-4 text-sm text-green-900">
          已于{report.publishedAt ? formatDateTime(report.publishedAt) : ""}公开：
          <Link href={publicPath} className="font-medium underline" data-testid="public-link">
            查看公开页面
          </Link>
        </p>
      )}
      {rollover && (
        <p
          className={`mb-6 rounded-lg border p-4 text-sm ${rollover.pending.length ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-white text-slate-700"}`}
          data-testid="rollover-banner"
        >
          本报告从{rollover.summary.fromYear}年度已公开的决算结转了数据
          {rollover.pending.length > 0 ? `，其中${rollover.pending.length}项待确认` : "，均已确认"}
          {rollover.summary.notCarried.length > 0 && `，${rollover.summary.notCarried.length}个科目的上年金额未能结转`}
          。
          <Link href={`/reports/${id}/rollover`} className="ml-2 font-medium underline">
            查看结转情况
          </Link>
        </p>
      )}
      <section aria-labelledby="template-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="template-heading" className="mb-2 text-base font-semibold">
          公开模板
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="report-template">
          {template.name}（{template.region}，{template.year}年度，第{template.version}版）
        </p>
        {mayChangeTemplate && (
          <TemplatePicker reportId={id} version={report.version} current={template.id} choices={templateChoices()} />
        )}
      </section>
      <section aria-labelledby="workflow-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="workflow-heading" className="mb-3 text-base font-semibold">
          审核与流转
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="checks-summary">
          审核结果：错误 <strong>{errors}</strong> 项，警告 <strong>{findings.length - errors}</strong> 项。
          <Link href={`/reports/${id}/checks`} className="ml-2 text-brand-700 underline">
            查看审核详情
          </Link>
        </p>
        <WorkflowPanel
          reportId={id}
          actions={actions}
          canRevise={canRevise}
          submitBlockers={submissionBlockers(findings, notes)}
        />
      </section>
      {sinceReturn && sinceReturn.length > 0 && (
        <section aria-labelledby="since-return-heading" className="mb-8">
          <h2 id="since-return-heading" className="mb-3 text-base font-semibold">
            自上次退回以来的修改（{sinceReturn.length}处）
          </h2>
          <div
            className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
            tabIndex={0}
            role="region"
            aria-labelledby="since-return-heading"
          >
            <table className="min-w-full text-sm" data-testid="since-return">
              <caption className="sr-only">自上次退回以来的修改</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    内容
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    退回时
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    现在
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    修改人
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {sinceReturn.map((c) => (
                  <tr key={c.label}>
                    <td className="px-3 py-2">{c.label}</td>
                    <td className="px-3 py-2 text-slate-600">{c.oldValue || "（空）"}</td>
                    <td className="px-3 py-2 font-medium">{c.newValue || "（空）"}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                      {c.by} · {formatDateTime(c.at)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {findings.length > 0 && (
        <section aria-labelledby="findings-heading" className="mb-8">
          <h2 id="findings-heading" className="mb-3 text-base font-semibold">
            审核发现
          </h2>
          <FindingsList reportId={id} findings={findings} notes={notes} canEdit={canEdit} />
        </section>
      )}
      <section aria-labelledby="sections-heading" className="mb-8">
        <h2 id="sections-heading" className="mb-3 text-base font-semibold">
          填报进度（{filledCount}/{ENTRY_SECTIONS.length}）
        </h2>
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {ENTRY_SECTIONS.map((s) => {
            const filled = sectionFilled(s.key, data, saved);
            const toConfirm = data.toConfirm.some((c) => CARRIED_GROUP_INFO[c.group].section === s.key);
            const sectionErrors = findings.filter((f) => f.section === s.key && f.severity === "error").length;
            return (
              <li key={s.key} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
                <div className="flex items-center justify-between gap-2">
                  <Link href={`/reports/${id}/${s.path}`} className="font-medium text-brand-700 hover:underline">
                    {s.title}
                  </Link>
                  {sectionErrors > 0 && (
                    <span
                      className="shrink-0 whitespace-nowrap rounded bg-red-100 px-2 py-0.5 text-xs text-red-800"
                      data-testid={`section-errors-${s.key}`}
                    >
                      {sectionErrors}处错误
                    </span>
                  )}
                  <span
                    data-testid={`section-state-${s.key}`}
                    className={`shrink-0 whitespace-nowrap rounded px-2 py-0.5 text-xs ${filled ? "bg-green-50 text-green-800" : toConfirm ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-600"}`}
                  >
                    {filled ? "已填写" : toConfirm ? "待确认" : "未填写"}
                  </span>
                </div>
                <p className="mt-1 text-xs text-slate-600">{s.description}</p>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="figures-heading" className="mb-8">
        <h2 id="figures-heading" className="mb-3 text-base font-semibold">
          主要数字（万元）
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
          {figures.map(([label, fen]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="tabular mt-1 text-lg font-semibold">{formatWan(fen, { grouping: true })}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          已录入功能分类科目 {data.functionLines.length} 个，绩效自评项目 {data.projects.length} 个。
        </p>
      </section>
      <section aria-labelledby="comments-heading" className="mb-8">
        <h2 id="comments-heading" className="mb-3 text-base font-semibold">
          意见<span className="ml-2 text-xs font-normal text-slate-500">最新的在前</span>
        </h2>
        {comments.total === 0 ? (
          <p className="mb-3 text-sm text-slate-600">暂无意见。</p>
        ) : (
          <ul className="mb-4 flex flex-col gap-2">
            {comments.rows.map((c) => (
              <li
                key={c.id}
                className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
                data-testid="comment"
              >
                <p className="text-xs text-slate-600">
                  {c.authorName} · {formatDateTime(c.createdAt)}
                  {c.kind === "return" && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">退回意见</span>
                  )}
                </p>
                <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        {comments.pageCount > 1 && (
          <Pager list={comments} path={`/reports/${id}`} pageParam="comments" label="意见分页" />
        )}
        {mayComment && <CommentForm reportId={id} />}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-base font-semibold">
          流转记录
        </h2>
        <ul className="flex flex-col gap-1 text-sm text-slate-700">
          {history
            .filter((h): h is [string, Date] => h[1] !== null)
            .map(([label, at]) => (
              <li key={label}>
                {label}：{formatDateTime(at)}
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
