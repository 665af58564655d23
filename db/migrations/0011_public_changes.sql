CREATE TABLE `public_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- What the public side shows changes only through these: the kept public list (lib/public/page-cache.ts)
-- is current while public_changes.version is unchanged, whatever else is saved.
INSERT INTO `public_changes` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER public_changes_report_insert AFTER INSERT ON reports
WHEN NEW.status = 'published'
BEGIN
  UPDATE public_changes SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_changes_report_update AFTER UPDATE ON reports
WHEN OLD.status = 'published' OR NEW.status = 'published'
BEGIN
  UPDATE public_changes SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_changes_report_delete AFTER DELETE ON reports
WHEN OLD.status = 'published'
BEGIN
  UPDATE public_changes SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_changes_department_update AFTER UPDATE OF code, name, region ON departments
BEGIN
  UPDATE public_changes SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER public_changes_department_delete AFTER DELETE ON departments
BEGIN
  UPDATE public_changes SET version = version + 1 WHERE id = 1;
END;
