import { Link } from "@/components/ui/link";
import { findingHref } from "@/lib/reports/finding-link";
import type { Finding } from "@/lib/rules";
import { ENTRY_SECTIONS } from "@/lib/domain";

/** Findings grouped by entry section, each linking to the field to fix. */
export function FindingsList({
  reportId,
  findings,
  notes,
  canEdit,
}: {
  reportId: number;
  findings: Finding[];
  notes: Record<string, string>;
  /** Whether the user may fix them: 去修改, else a link to look (查看). */
  canEdit: boolean;
}) {
  if (findings.length === 0) {
    return (
      <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
        审核通过：没有发现问题。
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {ENTRY_SECTIONS.filter((s) => findings.some((f) => f.section === s.key)).map((s) => (
        <section key={s.key} aria-labelledby={`findings-${s.key}`}>
          <h3 id={`findings-${s.key}`} className="mb-2 text-sm font-semibold">
            {s.title}
          </h3>
          <ul className="flex flex-col gap-2">
            {findings
              .filter((f) => f.section === s.key)
              .map((f) => (
                <li
                  key={f.key}
                  className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
                  data-testid={`finding-${f.ruleId}`}
                >
                  <span
                    className={`mr-2 rounded px-1.5 py-0.5 text-xs ${f.severity === "error" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}
                  >
                    {f.severity === "error" ? "错误" : "警告"}
                  </span>
                  {f.message}
                  {f.severity === "warning" && (
                    <span className="ml-2 text-xs text-slate-600">
                      {(notes[f.key] ?? "").trim() ? "已说明" : "待说明"}
                    </span>
                  )}
                  <Link href={findingHref(reportId, f)} className="ml-2 text-brand-700 underline">
                    {canEdit ? "去修改" : "查看"}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
