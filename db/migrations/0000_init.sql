CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`report_id` integer,
	`action` text NOT NULL,
	`field` text DEFAULT '' NOT NULL,
	`old_value` text,
	`new_value` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_report_idx` ON `audit_log` (`report_id`,`at`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`kind` text DEFAULT 'comment' NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_report_idx` ON `comments` (`report_id`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_code_unique` ON `departments` (`code`);--> statement-breakpoint
CREATE TABLE `economic_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`subject_code` text NOT NULL,
	`amount` integer DEFAULT 0 NOT NULL,
	`prior_year_amount` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `economic_lines_report_subject_uq` ON `economic_lines` (`report_id`,`subject_code`);--> statement-breakpoint
CREATE TABLE `economic_subjects` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`valid_from` integer NOT NULL,
	`valid_to` integer
);
--> statement-breakpoint
CREATE INDEX `economic_subjects_parent_idx` ON `economic_subjects` (`parent_code`);--> statement-breakpoint
CREATE TABLE `explanations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`slot` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `explanations_report_slot_uq` ON `explanations` (`report_id`,`slot`);--> statement-breakpoint
CREATE TABLE `finding_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`finding_key` text NOT NULL,
	`text` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finding_notes_report_key_uq` ON `finding_notes` (`report_id`,`finding_key`);--> statement-breakpoint
CREATE TABLE `function_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`subject_code` text NOT NULL,
	`income_general_budget` integer DEFAULT 0 NOT NULL,
	`income_gov_fund` integer DEFAULT 0 NOT NULL,
	`income_state_capital` integer DEFAULT 0 NOT NULL,
	`income_superior_subsidy` integer DEFAULT 0 NOT NULL,
	`income_business` integer DEFAULT 0 NOT NULL,
	`income_operating` integer DEFAULT 0 NOT NULL,
	`income_from_subsidiary` integer DEFAULT 0 NOT NULL,
	`income_other` integer DEFAULT 0 NOT NULL,
	`basic_general_budget` integer DEFAULT 0 NOT NULL,
	`project_general_budget` integer DEFAULT 0 NOT NULL,
	`basic_gov_fund` integer DEFAULT 0 NOT NULL,
	`project_gov_fund` integer DEFAULT 0 NOT NULL,
	`basic_state_capital` integer DEFAULT 0 NOT NULL,
	`project_state_capital` integer DEFAULT 0 NOT NULL,
	`basic_other_funds` integer DEFAULT 0 NOT NULL,
	`project_other_funds` integer DEFAULT 0 NOT NULL,
	`remit_to_superior` integer DEFAULT 0 NOT NULL,
	`operating_expense` integer DEFAULT 0 NOT NULL,
	`subsidy_to_subsidiary` integer DEFAULT 0 NOT NULL,
	`carry_start_general_budget` integer DEFAULT 0 NOT NULL,
	`carry_start_gov_fund` integer DEFAULT 0 NOT NULL,
	`carry_start_state_capital` integer DEFAULT 0 NOT NULL,
	`carry_start_other` integer DEFAULT 0 NOT NULL,
	`carry_end_general_budget` integer DEFAULT 0 NOT NULL,
	`carry_end_gov_fund` integer DEFAULT 0 NOT NULL,
	`carry_end_state_capital` integer DEFAULT 0 NOT NULL,
	`carry_end_other` integer DEFAULT 0 NOT NULL,
	`initial_budget_general_budget` integer DEFAULT 0 NOT NULL,
	`initial_budget_gov_fund` integer DEFAULT 0 NOT NULL,
	`initial_budget_state_capital` integer DEFAULT 0 NOT NULL,
	`prior_year_total` integer DEFAULT 0 NOT NULL,
	`prior_year_general_budget` integer DEFAULT 0 NOT NULL,
	`prior_year_gov_fund` integer DEFAULT 0 NOT NULL,
	`prior_year_state_capital` integer DEFAULT 0 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `function_lines_report_subject_uq` ON `function_lines` (`report_id`,`subject_code`);--> statement-breakpoint
CREATE TABLE `function_subjects` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`valid_from` integer NOT NULL,
	`valid_to` integer
);
--> statement-breakpoint
CREATE INDEX `function_subjects_parent_idx` ON `function_subjects` (`parent_code`);--> statement-breakpoint
CREATE TABLE `glossary_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`term` text NOT NULL,
	`definition` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `glossary_entries_report_idx` ON `glossary_entries` (`report_id`);--> statement-breakpoint
CREATE TABLE `other_matters` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`agency_operating_cost` integer DEFAULT 0 NOT NULL,
	`agency_operating_cost_prior` integer DEFAULT 0 NOT NULL,
	`meeting_cost` integer DEFAULT 0 NOT NULL,
	`meeting_cost_prior` integer DEFAULT 0 NOT NULL,
	`training_cost` integer DEFAULT 0 NOT NULL,
	`training_cost_prior` integer DEFAULT 0 NOT NULL,
	`procurement_total` integer DEFAULT 0 NOT NULL,
	`procurement_goods` integer DEFAULT 0 NOT NULL,
	`procurement_works` integer DEFAULT 0 NOT NULL,
	`procurement_services` integer DEFAULT 0 NOT NULL,
	`procurement_sme` integer DEFAULT 0 NOT NULL,
	`procurement_small_micro` integer DEFAULT 0 NOT NULL,
	`vehicles_total` integer DEFAULT 0 NOT NULL,
	`other_vehicle_purpose` text DEFAULT '' NOT NULL,
	`general_equipment_over_500k` integer DEFAULT 0 NOT NULL,
	`special_equipment_over_1m` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `performance_summaries` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`work_overview` text DEFAULT '' NOT NULL,
	`department_grade` text DEFAULT '' NOT NULL,
	`department_evaluation` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `project_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`level1` text NOT NULL,
	`level2` text NOT NULL,
	`level3` text NOT NULL,
	`target_value` text DEFAULT '' NOT NULL,
	`actual_value` text DEFAULT '' NOT NULL,
	`weight_hundredths` integer DEFAULT 0 NOT NULL,
	`score_hundredths` integer DEFAULT 0 NOT NULL,
	`deviation_reason` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_indicators_project_idx` ON `project_indicators` (`project_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`name` text NOT NULL,
	`fund_source` text DEFAULT 'general_budget' NOT NULL,
	`initial_budget` integer DEFAULT 0 NOT NULL,
	`budget` integer DEFAULT 0 NOT NULL,
	`executed` integer DEFAULT 0 NOT NULL,
	`score_hundredths` integer,
	`declared_grade` text DEFAULT '' NOT NULL,
	`goal` text DEFAULT '' NOT NULL,
	`effect` text DEFAULT '' NOT NULL,
	`problems` text DEFAULT '' NOT NULL,
	`next_steps` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `projects_report_idx` ON `projects` (`report_id`);--> statement-breakpoint
CREATE TABLE `report_organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_organisations_report_idx` ON `report_organisations` (`report_id`);--> statement-breakpoint
CREATE TABLE `report_profiles` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`duties_json` text DEFAULT '[]' NOT NULL,
	`duties_supplement` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_summaries` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`institution_fund_used` integer DEFAULT 0 NOT NULL,
	`surplus_distribution` integer DEFAULT 0 NOT NULL,
	`prior_year_grand_total` integer DEFAULT 0 NOT NULL,
	`prior_year_fiscal_grand_total` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`year` integer NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`template_id` text NOT NULL,
	`previous_revision_id` integer,
	`no_gov_fund_activity` integer DEFAULT false NOT NULL,
	`no_state_capital_activity` integer DEFAULT false NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`submitted_by_id` integer,
	`submitted_at` integer,
	`returned_by_id` integer,
	`returned_at` integer,
	`approved_by_id` integer,
	`approved_at` integer,
	`published_by_id` integer,
	`published_at` integer,
	`superseded_at` integer,
	`snapshot_json` text,
	`snapshot_sha256` text,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_revision_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`returned_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_department_year_revision_uq` ON `reports` (`department_id`,`year`,`revision`);--> statement-breakpoint
CREATE INDEX `reports_status_idx` ON `reports` (`status`);--> statement-breakpoint
CREATE TABLE `section_saves` (
	`report_id` integer NOT NULL,
	`section` text NOT NULL,
	`saved_by_id` integer,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`report_id`, `section`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`saved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staffing_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`category` text NOT NULL,
	`authorized` integer DEFAULT 0 NOT NULL,
	`actual_label` text DEFAULT '' NOT NULL,
	`actual` integer DEFAULT 0 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staffing_rows_report_idx` ON `staffing_rows` (`report_id`);--> statement-breakpoint
CREATE TABLE `three_public_amounts` (
	`report_id` integer NOT NULL,
	`item` text NOT NULL,
	`initial_budget` integer DEFAULT 0 NOT NULL,
	`actual` integer DEFAULT 0 NOT NULL,
	`prior_year` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`report_id`, `item`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `three_public_quantities` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`abroad_groups` integer DEFAULT 0 NOT NULL,
	`abroad_people` integer DEFAULT 0 NOT NULL,
	`vehicles_purchased` integer DEFAULT 0 NOT NULL,
	`vehicles_held` integer DEFAULT 0 NOT NULL,
	`reception_batches` integer DEFAULT 0 NOT NULL,
	`reception_people` integer DEFAULT 0 NOT NULL,
	`foreign_affairs_batches` integer DEFAULT 0 NOT NULL,
	`foreign_affairs_people` integer DEFAULT 0 NOT NULL,
	`overseas_batches` integer DEFAULT 0 NOT NULL,
	`overseas_people` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`department_id` integer NOT NULL,
	`name` text NOT NULL,
	`nature` text NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `units_department_idx` ON `units` (`department_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`department_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`failed_login_count` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`last_login_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_department_idx` ON `users` (`department_id`);--> statement-breakpoint
CREATE TABLE `vehicle_counts` (
	`report_id` integer NOT NULL,
	`category` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`report_id`, `category`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
