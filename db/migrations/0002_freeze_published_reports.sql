-- A published report and its snapshot can never change: the database refuses it, whatever the app does.
-- The one change allowed is published → superseded when a revision is published.
CREATE TRIGGER reports_frozen_update BEFORE UPDATE ON reports
WHEN OLD.status IN ('published', 'superseded') AND NOT (
  OLD.status = 'published' AND NEW.status = 'superseded'
  AND NEW.department_id = OLD.department_id AND NEW.year = OLD.year AND NEW.revision = OLD.revision
  AND NEW.version = OLD.version AND NEW.template_id = OLD.template_id
  AND NEW.no_gov_fund_activity = OLD.no_gov_fund_activity AND NEW.no_state_capital_activity = OLD.no_state_capital_activity
  AND NEW.snapshot_json IS OLD.snapshot_json AND NEW.snapshot_sha256 IS OLD.snapshot_sha256
  AND NEW.published_at IS OLD.published_at AND NEW.published_by_id IS OLD.published_by_id
)
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER reports_frozen_delete BEFORE DELETE ON reports
WHEN OLD.status IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_summaries_frozen_insert BEFORE INSERT ON report_summaries
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_summaries_frozen_update BEFORE UPDATE ON report_summaries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_summaries_frozen_delete BEFORE DELETE ON report_summaries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_profiles_frozen_insert BEFORE INSERT ON report_profiles
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_profiles_frozen_update BEFORE UPDATE ON report_profiles
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_profiles_frozen_delete BEFORE DELETE ON report_profiles
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_organisations_frozen_insert BEFORE INSERT ON report_organisations
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_organisations_frozen_update BEFORE UPDATE ON report_organisations
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER report_organisations_frozen_delete BEFORE DELETE ON report_organisations
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER staffing_rows_frozen_insert BEFORE INSERT ON staffing_rows
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER staffing_rows_frozen_update BEFORE UPDATE ON staffing_rows
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER staffing_rows_frozen_delete BEFORE DELETE ON staffing_rows
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER function_lines_frozen_insert BEFORE INSERT ON function_lines
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER function_lines_frozen_update BEFORE UPDATE ON function_lines
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER function_lines_frozen_delete BEFORE DELETE ON function_lines
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER economic_lines_frozen_insert BEFORE INSERT ON economic_lines
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER economic_lines_frozen_update BEFORE UPDATE ON economic_lines
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER economic_lines_frozen_delete BEFORE DELETE ON economic_lines
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER three_public_amounts_frozen_insert BEFORE INSERT ON three_public_amounts
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER three_public_amounts_frozen_update BEFORE UPDATE ON three_public_amounts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER three_public_amounts_frozen_delete BEFORE DELETE ON three_public_amounts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER three_public_quantities_frozen_insert BEFORE INSERT ON three_public_quantities
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER three_public_quantities_frozen_update BEFORE UPDATE ON three_public_quantities
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER three_public_quantities_frozen_delete BEFORE DELETE ON three_public_quantities
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER other_matters_frozen_insert BEFORE INSERT ON other_matters
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER other_matters_frozen_update BEFORE UPDATE ON other_matters
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER other_matters_frozen_delete BEFORE DELETE ON other_matters
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER vehicle_counts_frozen_insert BEFORE INSERT ON vehicle_counts
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER vehicle_counts_frozen_update BEFORE UPDATE ON vehicle_counts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER vehicle_counts_frozen_delete BEFORE DELETE ON vehicle_counts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER projects_frozen_insert BEFORE INSERT ON projects
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER projects_frozen_update BEFORE UPDATE ON projects
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER projects_frozen_delete BEFORE DELETE ON projects
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER performance_summaries_frozen_insert BEFORE INSERT ON performance_summaries
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER performance_summaries_frozen_update BEFORE UPDATE ON performance_summaries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER performance_summaries_frozen_delete BEFORE DELETE ON performance_summaries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER glossary_entries_frozen_insert BEFORE INSERT ON glossary_entries
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER glossary_entries_frozen_update BEFORE UPDATE ON glossary_entries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER glossary_entries_frozen_delete BEFORE DELETE ON glossary_entries
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER explanations_frozen_insert BEFORE INSERT ON explanations
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER explanations_frozen_update BEFORE UPDATE ON explanations
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER explanations_frozen_delete BEFORE DELETE ON explanations
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER finding_notes_frozen_insert BEFORE INSERT ON finding_notes
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER finding_notes_frozen_update BEFORE UPDATE ON finding_notes
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER finding_notes_frozen_delete BEFORE DELETE ON finding_notes
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER project_indicators_frozen_insert BEFORE INSERT ON project_indicators
WHEN (SELECT r.status FROM projects p JOIN reports r ON r.id = p.report_id WHERE p.id = NEW.project_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER project_indicators_frozen_update BEFORE UPDATE ON project_indicators
WHEN (SELECT r.status FROM projects p JOIN reports r ON r.id = p.report_id WHERE p.id = OLD.project_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER project_indicators_frozen_delete BEFORE DELETE ON project_indicators
WHEN (SELECT r.status FROM projects p JOIN reports r ON r.id = p.report_id WHERE p.id = OLD.project_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
