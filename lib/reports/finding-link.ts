import type { Finding } from "../rules";
import { ENTRY_SECTIONS } from "../domain";

/** Where a finding is fixed: the entry page of its section, with the field to focus in the hash. */
export function findingHref(reportId: number, finding: Finding): string {
  if (finding.field?.startsWith("project:")) return `/reports/${reportId}/performance/${finding.field.slice(8)}`;
  const section = ENTRY_SECTIONS.find((s) => s.key === finding.section)!;
  return `/reports/${reportId}/${section.path}${finding.field ? `#${encodeURIComponent(finding.field)}` : ""}`;
}
