-- Migration 0002 froze a published report's rows by their OLD values only: a row of a draft could be
-- moved INTO a published report by changing its report_id (or an indicator's project_id), and the
-- published → superseded change let any other column change with it. Here the UPDATE triggers check the
-- NEW owner too, and the one change a published report allows is exactly published → superseded with the
-- time it was superseded — every other column as it was.
DROP TRIGGER reports_frozen_update;
--> statement-breakpoint
CREATE TRIGGER reports_frozen_update BEFORE UPDATE ON reports
WHEN OLD.status IN ('published', 'superseded') AND NOT (
  OLD.status = 'published' AND NEW.status = 'superseded' AND NEW.superseded_at IS NOT NULL
  AND NEW.id IS OLD.id AND NEW.department_id IS OLD.department_id AND NEW.year IS OLD.year
  AND NEW.revision IS OLD.revision AND NEW.version IS OLD.version AND NEW.template_id IS OLD.template_id
  AND NEW.previous_revision_id IS OLD.previous_revision_id AND NEW.no_gov_fund_activity IS OLD.no_gov_fund_activity AND NEW.no_state_capital_activity IS OLD.no_state_capital_activity
  AND NEW.created_by_id IS OLD.created_by_id AND NEW.created_at IS OLD.created_at AND NEW.updated_by_id IS OLD.updated_by_id
  AND NEW.updated_at IS OLD.updated_at AND NEW.submitted_by_id IS OLD.submitted_by_id AND NEW.submitted_at IS OLD.submitted_at
  AND NEW.returned_by_id IS OLD.returned_by_id AND NEW.returned_at IS OLD.returned_at AND NEW.approved_by_id IS OLD.approved_by_id
  AND NEW.approved_at IS OLD.approved_at AND NEW.published_by_id IS OLD.published_by_id AND NEW.published_at IS OLD.published_at
  AND NEW.snapshot_json IS OLD.snapshot_json AND NEW.snapshot_sha256 IS OLD.snapshot_sha256
)
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER report_summaries_frozen_update;
--> statement-breakpoint
CREATE TRIGGER report_summaries_frozen_update BEFORE UPDATE ON report_summaries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER report_profiles_frozen_update;
--> statement-breakpoint
CREATE TRIGGER report_profiles_frozen_update BEFORE UPDATE ON report_profiles
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER report_organisations_frozen_update;
--> statement-breakpoint
CREATE TRIGGER report_organisations_frozen_update BEFORE UPDATE ON report_organisations
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER staffing_rows_frozen_update;
--> statement-breakpoint
CREATE TRIGGER staffing_rows_frozen_update BEFORE UPDATE ON staffing_rows
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER function_lines_frozen_update;
--> statement-breakpoint
CREATE TRIGGER function_lines_frozen_update BEFORE UPDATE ON function_lines
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER economic_lines_frozen_update;
--> statement-breakpoint
CREATE TRIGGER economic_lines_frozen_update BEFORE UPDATE ON economic_lines
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER three_public_amounts_frozen_update;
--> statement-breakpoint
CREATE TRIGGER three_public_amounts_frozen_update BEFORE UPDATE ON three_public_amounts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER three_public_quantities_frozen_update;
--> statement-breakpoint
CREATE TRIGGER three_public_quantities_frozen_update BEFORE UPDATE ON three_public_quantities
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER other_matters_frozen_update;
--> statement-breakpoint
CREATE TRIGGER other_matters_frozen_update BEFORE UPDATE ON other_matters
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER vehicle_counts_frozen_update;
--> statement-breakpoint
CREATE TRIGGER vehicle_counts_frozen_update BEFORE UPDATE ON vehicle_counts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER performance_summaries_frozen_update;
--> statement-breakpoint
CREATE TRIGGER performance_summaries_frozen_update BEFORE UPDATE ON performance_summaries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER glossary_entries_frozen_update;
--> statement-breakpoint
CREATE TRIGGER glossary_entries_frozen_update BEFORE UPDATE ON glossary_entries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER explanations_frozen_update;
--> statement-breakpoint
CREATE TRIGGER explanations_frozen_update BEFORE UPDATE ON explanations
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER finding_notes_frozen_update;
--> statement-breakpoint
CREATE TRIGGER finding_notes_frozen_update BEFORE UPDATE ON finding_notes
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER projects_frozen_update;
--> statement-breakpoint
CREATE TRIGGER projects_frozen_update BEFORE UPDATE ON projects
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
DROP TRIGGER project_indicators_frozen_update;
--> statement-breakpoint
CREATE TRIGGER project_indicators_frozen_update BEFORE UPDATE ON project_indicators
WHEN (SELECT r.status FROM projects p JOIN reports r ON r.id = p.report_id WHERE p.id = OLD.project_id) IN ('published', 'superseded')
  OR (SELECT r.status FROM projects p JOIN reports r ON r.id = p.report_id WHERE p.id = NEW.project_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
