"use client";

import { Link } from "@/components/ui/link";
import { useState, useTransition } from "react";
import { confirmSubjectAction, decideMappingAction } from "@/app/(app)/admin/catalogs/actions";
import type { MappingOverview } from "@/lib/catalogs/mappings";
import {
  MAPPING_REASON_LABELS,
  SUBJECT_LEVEL_LABELS,
  type CatalogKind,
  type MappingDecision,
  type SubjectLevel,
} from "@/lib/domain";
import { Button } from "@/components/ui/button";
import { FormMessage, TextInput } from "@/components/ui/field";

export interface UnconfirmedRow {
  year: number;
  code: string;
  name: string;
  level: SubjectLevel;
  addedAt: string;
  addedBy: string | null;
  reportId: number | null;
}

/** Subjects clerks added while entering: the admin checks the name against the official catalog and confirms. */
export function UnconfirmedSubjects({ rows }: { rows: UnconfirmedRow[] }) {
  return (
    <section aria-labelledby="unconfirmed-heading" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="unconfirmed-heading" className="mb-1 text-base font-semibold">
        填报时添加、待确认的科目（{rows.length}个）
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        填报员在录入时添加了科目表中没有的科目；在管理员确认前，使用它们的报告在审核中有一条警告。请对照财政部门的科目表核对名称后确认。
      </p>
      <ul className="flex flex-col gap-2">
        {rows.map((r) => (
          <ConfirmRow key={`${r.year}-${r.code}`} row={r} />
        ))}
      </ul>
    </section>
  );
}

function ConfirmRow({ row }: { row: UnconfirmedRow }) {
  const [name, setName] = useState(row.name);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const id = `confirm-${row.year}-${row.code}`;
  const confirm = () =>
    startTransition(async () => {
      const result = await confirmSubjectAction({ year: row.year, code: row.code, name });
      if (!result.ok) setError(result.fieldErrors?.name ?? result.error);
    });
  return (
    <li
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-200 bg-white px-3 py-2 text-sm"
      data-testid="unconfirmed-subject"
    >
      <span className="tabular">{row.year}年</span>
      <span>{SUBJECT_LEVEL_LABELS[row.level]}</span>
      <span className="tabular font-medium">{row.code}</span>
      <label htmlFor={id} className="sr-only">
        科目{row.code}的名称
      </label>
      <TextInput id={id} value={name} onChange={(e) => setName(e.target.value)} className="w-56" error={error} />
      <span className="text-slate-600">
        {row.addedBy ?? "填报员"} {row.addedAt}
        {row.reportId && (
          <>
            {" "}
            ·{" "}
            <Link href={`/reports/${row.reportId}`} className="text-brand-700 underline">
              所在报告<span className="sr-only">（科目{row.code}）</span>
            </Link>
          </>
        )}
      </span>
      <Button type="button" variant="secondary" onClick={confirm} pending={pending} pendingText="正在确认…">
        确认<span className="sr-only">科目{row.code}</span>
      </Button>
      {error && (
        <span id={`${id}-error`} className="basis-full text-red-700">
          {error}
        </span>
      )}
    </li>
  );
}

/** The mapping overview as the page passes it (dates already told in words). */
export type MappingOverviewProps = Omit<MappingOverview, "decisions"> & {
  decisions: (Omit<MappingOverview["decisions"][number], "decidedAt"> & { decidedAt: string })[];
};

/**
 * 上年→本年的科目编码对应: the suggestions to confirm or reject, the changed codes without a suggestion
 * (mapped by hand, or declared without a successor), and what is decided. Used when a new year's report
 * carries 上年决算数 forward; an undecided code is listed for the clerk, never dropped silently.
 */
export function MappingsPanel({ overview }: { overview: MappingOverviewProps }) {
  const { kind, year, fromYear, changes } = overview;
  return (
    <section aria-labelledby="mappings-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="mappings-heading" className="mb-1 text-base font-semibold">
        {fromYear}年→{year}年科目编码对应
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        与{fromYear}年科目表相比：新增{changes.added.length}个、删除{changes.removed.length}个、改名
        {changes.renamed.length}个。新建{year}
        年度报告结转上年决算数时，编码或名称变了的科目按这里确认的对应结转；未确认的会列给填报员，不会被悄悄丢掉。
      </p>
      {overview.suggestions.length > 0 && (
        <>
          <h3 className="mb-2 text-sm font-semibold">系统建议（{overview.suggestions.length}个）</h3>
          <ul className="mb-4 flex flex-col gap-2">
            {overview.suggestions.map((s) => (
              <MappingRow
                key={s.fromCode}
                kind={kind}
                year={year}
                from={`${s.fromCode} ${s.fromName}`}
                fromCode={s.fromCode}
                suggested={{
                  toCode: s.toCode,
                  label: `${s.toCode} ${s.toName}`,
                  reason: MAPPING_REASON_LABELS[s.reason],
                }}
              />
            ))}
          </ul>
        </>
      )}
      {overview.open.length > 0 && (
        <>
          <h3 className="mb-2 text-sm font-semibold">没有建议的变化（{overview.open.length}个）</h3>
          <ul className="mb-4 flex flex-col gap-2">
            {overview.open.map((o) => (
              <MappingRow key={o.code} kind={kind} year={year} from={`${o.code} ${o.name}`} fromCode={o.code} />
            ))}
          </ul>
        </>
      )}
      {overview.decisions.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">已确认（{overview.decisions.length}个）</summary>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {overview.decisions.map((d) => (
              <li key={d.fromCode} data-testid="mapping-decision">
                {d.fromCode} {d.fromName} → {d.decision === "confirmed" ? `${d.toCode} ${d.toName}` : "本年无对应科目"}
                （{MAPPING_REASON_LABELS[d.reason]}，{d.decidedBy ?? "管理员"} {d.decidedAt}）
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function MappingRow({
  kind,
  year,
  from,
  fromCode,
  suggested,
}: {
  kind: CatalogKind;
  year: number;
  from: string;
  fromCode: string;
  suggested?: { toCode: string; label: string; reason: string };
}) {
  const [toCode, setToCode] = useState(suggested?.toCode ?? "");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const id = `mapping-${fromCode}`;
  const decide = (decision: MappingDecision) =>
    startTransition(async () => {
      const result = await decideMappingAction({ kind, year, fromCode, toCode: toCode || fromCode, decision });
      if (!result.ok) setError(result.fieldErrors?.toCode ?? result.error);
    });
  return (
    <li
      className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm"
      data-testid="mapping-row"
    >
      <span className="tabular">{from}</span>
      <span aria-hidden="true">→</span>
      {suggested ? (
        <span>
          <span className="tabular font-medium">{suggested.label}</span>
          <span className="ml-1 text-xs text-slate-600">（{suggested.reason}）</span>
        </span>
      ) : (
        <>
          <label htmlFor={id} className="sr-only">
            {from}对应的{year}年科目编码
          </label>
          <TextInput
            id={id}
            value={toCode}
            onChange={(e) => setToCode(e.target.value)}
            inputMode="numeric"
            placeholder="本年科目编码"
            className="w-36"
            error={error}
          />
        </>
      )}
      <Button
        type="button"
        variant="secondary"
        onClick={() => decide("confirmed")}
        pending={pending}
        pendingText="正在保存…"
        disabled={!suggested && !toCode}
      >
        确认对应<span className="sr-only">：{from}</span>
      </Button>
      <Button type="button" variant="ghost" onClick={() => decide("rejected")} disabled={pending}>
        本年无对应科目<span className="sr-only">：{from}</span>
      </Button>
      {error && (
        <span className="basis-full">
          <FormMessage kind="error">{error}</FormMessage>
        </span>
      )}
    </li>
  );
}
