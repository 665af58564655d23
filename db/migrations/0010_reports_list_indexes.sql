DROP INDEX `reports_status_year_idx`;--> statement-breakpoint
CREATE INDEX `reports_year_revision_idx` ON `reports` (`year`,`revision`,`department_id`,`status`,`template_id`);--> statement-breakpoint
CREATE INDEX `reports_status_year_idx` ON `reports` (`status`,`year`,`department_id`,`revision`,`published_at`);