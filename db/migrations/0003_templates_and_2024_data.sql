CREATE TABLE `disclosure_templates` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`region` text NOT NULL,
	`year` integer NOT NULL,
	`definition_json` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosure_templates_region_year_idx` ON `disclosure_templates` (`region`,`year`);--> statement-breakpoint
ALTER TABLE `departments` ADD `region` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `function_lines` ADD `adjusted_budget_general_budget` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `other_matters` ADD `procurement_reserved_sme` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `other_matters` ADD `procurement_reserved_small_micro` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `other_matters` ADD `procurement_sme_won_reserved` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `other_matters` ADD `procurement_small_micro_won_reserved` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `other_matters` ADD `procurement_sme_won_other` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `other_matters` ADD `equipment_over_1m` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `management_systems` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `management_mechanism` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `target_projects` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `target_amount` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `tracked_projects` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `tracked_amount` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `self_evaluated_projects` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `self_evaluated_amount` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `average_score_hundredths` integer;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `grade_counts_json` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `problems_found` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `problems_fixed` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `performance_summaries` ADD `problems_fixing` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The 2020 layout was called "2020"; it is now the built-in template "lanzhou-2020". Published reports keep
-- the id they were built with (frozen; the template registry still reads "2020" as "lanzhou-2020").
UPDATE `reports` SET `template_id` = 'lanzhou-2020' WHERE `template_id` = '2020' AND `status` NOT IN ('published', 'superseded');
