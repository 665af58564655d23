/** What a 审核 rule is and what it finds. Pure. */
import type { ReportData } from "../disclosure/report-data";
import type { ExplanationSlot } from "../disclosure/slots";
import type { DisclosureTemplate } from "../disclosure/template";
import type { CarriedGroup, EntrySectionKey } from "../domain";
import { formatWan } from "../money";

export type Severity = "error" | "warning";

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Stable key of this finding (rule + subject), under which a 说明 is filed. */
  key: string;
  section: EntrySectionKey;
  message: string;
  /** The form field to fix, as the entry page names it (for the link). */
  field?: string;
}

/** What the rules read besides the data: the template the report is printed with. */
export interface RuleContext {
  template: DisclosureTemplate;
  /** The report's explanation slots under this template (built once per run: it renders the text). */
  slots: () => ExplanationSlot[];
}

/** What one check reports; the section defaults to the rule's (a rule over all free text names its own). */
export type RuleFinding = Omit<Finding, "ruleId" | "severity" | "section"> & { section?: EntrySectionKey };

export interface Rule {
  id: string;
  severity: Severity;
  /** The entry section its findings are fixed in. */
  section: EntrySectionKey;
  title: string;
  /**
   * Groups of carried facts the rule reads: while one is still to confirm (待确认), the rule is not run —
   * R-CARRIED asks for the confirmation instead of judging last year's values as this year's.
   */
  facts?: readonly CarriedGroup[];
  check: (d: ReportData, ctx: RuleContext) => RuleFinding[];
}

/** “763.19万元”, as messages quote amounts. */
export const w = (fen: number) => `${formatWan(fen)}万元`;
