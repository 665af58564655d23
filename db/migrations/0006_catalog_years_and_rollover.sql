CREATE TABLE `carried_facts` (
	`report_id` integer NOT NULL,
	`fact_group` text NOT NULL,
	`from_year` integer NOT NULL,
	`prior_json` text NOT NULL,
	PRIMARY KEY(`report_id`, `fact_group`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `catalog_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`file_name` text NOT NULL,
	`rows_json` text NOT NULL,
	`changes_json` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`applied_at` integer,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalog_imports_created_idx` ON `catalog_imports` (`created_at`);--> statement-breakpoint
CREATE TABLE `rollovers` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`from_report_id` integer NOT NULL,
	`from_year` integer NOT NULL,
	`summary_json` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `subject_catalogs` (
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`source` text NOT NULL,
	`based_on_year` integer,
	`file_name` text DEFAULT '' NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`kind`, `year`),
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `subject_code_mappings` (
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`from_code` text NOT NULL,
	`to_code` text NOT NULL,
	`reason` text NOT NULL,
	`decision` text NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer NOT NULL,
	PRIMARY KEY(`kind`, `year`, `from_code`),
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Until now there was one catalog, valid in every year (nothing set valid_to): its subjects become the 2020
-- catalog, which later years use until an admin imports theirs.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_economic_subjects` (
	`year` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`source` text DEFAULT 'catalog' NOT NULL,
	`added_by_id` integer,
	`added_in_report_id` integer,
	`added_at` integer,
	`confirmed_by_id` integer,
	`confirmed_at` integer,
	PRIMARY KEY(`year`, `code`),
	FOREIGN KEY (`added_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_economic_subjects`("year", "code", "name", "level", "parent_code", "source", "added_by_id", "added_in_report_id", "added_at", "confirmed_by_id", "confirmed_at") SELECT 2020, "code", "name", "level", "parent_code", 'catalog', NULL, NULL, NULL, NULL, NULL FROM `economic_subjects`;--> statement-breakpoint
DROP TABLE `economic_subjects`;--> statement-breakpoint
ALTER TABLE `__new_economic_subjects` RENAME TO `economic_subjects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `economic_subjects_parent_idx` ON `economic_subjects` (`year`,`parent_code`);--> statement-breakpoint
CREATE TABLE `__new_function_subjects` (
	`year` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`source` text DEFAULT 'catalog' NOT NULL,
	`added_by_id` integer,
	`added_in_report_id` integer,
	`added_at` integer,
	`confirmed_by_id` integer,
	`confirmed_at` integer,
	PRIMARY KEY(`year`, `code`),
	FOREIGN KEY (`added_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_function_subjects`("year", "code", "name", "level", "parent_code", "source", "added_by_id", "added_in_report_id", "added_at", "confirmed_by_id", "confirmed_at") SELECT 2020, "code", "name", "level", "parent_code", 'catalog', NULL, NULL, NULL, NULL, NULL FROM `function_subjects`;--> statement-breakpoint
DROP TABLE `function_subjects`;--> statement-breakpoint
ALTER TABLE `__new_function_subjects` RENAME TO `function_subjects`;--> statement-breakpoint
CREATE INDEX `function_subjects_parent_idx` ON `function_subjects` (`year`,`parent_code`);--> statement-breakpoint
INSERT INTO `subject_catalogs` (`kind`, `year`, `source`) SELECT 'function', 2020, 'builtin' WHERE EXISTS (SELECT 1 FROM `function_subjects`);--> statement-breakpoint
INSERT INTO `subject_catalogs` (`kind`, `year`, `source`) SELECT 'economic', 2020, 'builtin' WHERE EXISTS (SELECT 1 FROM `economic_subjects`);--> statement-breakpoint
-- Carried facts still to confirm are report content: frozen with the report once it is published, the UPDATE
-- trigger checking the new owner too (as 0005 does for the other content tables).
CREATE TRIGGER carried_facts_frozen_insert BEFORE INSERT ON carried_facts
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER carried_facts_frozen_update BEFORE UPDATE ON carried_facts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
  OR (SELECT status FROM reports WHERE id = NEW.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
--> statement-breakpoint
CREATE TRIGGER carried_facts_frozen_delete BEFORE DELETE ON carried_facts
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'report is published and frozen');
END;
