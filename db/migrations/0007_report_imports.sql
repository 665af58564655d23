CREATE TABLE `report_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`section` text,
	`file_name` text NOT NULL,
	`file` blob NOT NULL,
	`plan_json` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`applied_at` integer,
	`cancelled_at` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_imports_report_idx` ON `report_imports` (`report_id`);--> statement-breakpoint
CREATE INDEX `report_imports_created_idx` ON `report_imports` (`created_at`);