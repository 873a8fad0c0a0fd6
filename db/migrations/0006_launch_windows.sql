CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	`header` text NOT NULL,
	`mapping` text NOT NULL,
	`rows_received` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`family_key` text NOT NULL,
	`relationship` text NOT NULL,
	`person` text,
	`valid` integer NOT NULL,
	`passport_key` text DEFAULT '' NOT NULL,
	`name_birth_key` text DEFAULT '' NOT NULL,
	`errors` text NOT NULL,
	`duplicates` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_rows_number_idx` ON `import_rows` (`batch_id`,`row_number`);--> statement-breakpoint
CREATE INDEX `import_rows_family_idx` ON `import_rows` (`batch_id`,`family_key`,`row_number`);--> statement-breakpoint
CREATE INDEX `import_rows_valid_idx` ON `import_rows` (`batch_id`,`valid`,`row_number`);--> statement-breakpoint
CREATE INDEX `import_rows_passport_idx` ON `import_rows` (`batch_id`,`passport_key`);--> statement-breakpoint
CREATE INDEX `import_rows_name_birth_idx` ON `import_rows` (`batch_id`,`name_birth_key`);--> statement-breakpoint
CREATE TABLE `launch_window_checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`window_id` integer NOT NULL,
	`audience` text NOT NULL,
	`label_key` text DEFAULT '' NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`window_id`) REFERENCES `launch_windows`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "launch_window_checklist_audience" CHECK("launch_window_checklist_items"."audience" IN ('principal', 'spouse', 'child', 'other-dependant')),
	CONSTRAINT "launch_window_checklist_label" CHECK(length(trim("launch_window_checklist_items"."label")) > 0 OR length("launch_window_checklist_items"."label_key") > 0)
);
--> statement-breakpoint
CREATE INDEX `launch_window_checklist_window_idx` ON `launch_window_checklist_items` (`window_id`,`audience`,`sort_order`);--> statement-breakpoint
CREATE TABLE `launch_window_enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`window_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`state` text DEFAULT 'enrolled' NOT NULL,
	`enrolled_at` text NOT NULL,
	`enrolled_by` integer NOT NULL,
	`withdrawn_at` text,
	`withdraw_reason` text DEFAULT '' NOT NULL,
	`not_submitted_reason` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`window_id`) REFERENCES `launch_windows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enrolled_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "launch_window_enrolments_state" CHECK("launch_window_enrolments"."state" IN ('enrolled', 'submitted', 'withdrawn')),
	CONSTRAINT "launch_window_enrolments_withdraw_reason" CHECK("launch_window_enrolments"."withdrawn_at" IS NULL OR length(trim("launch_window_enrolments"."withdraw_reason")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `launch_window_enrolments_family_idx` ON `launch_window_enrolments` (`window_id`,`client_id`);--> statement-breakpoint
CREATE INDEX `launch_window_enrolments_state_idx` ON `launch_window_enrolments` (`window_id`,`state`,`id`);--> statement-breakpoint
CREATE INDEX `launch_window_enrolments_client_idx` ON `launch_window_enrolments` (`client_id`);--> statement-breakpoint
CREATE TABLE `launch_window_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`window_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`dependant_id` integer,
	`member_no` integer NOT NULL,
	`application_id` integer NOT NULL,
	`audience` text NOT NULL,
	`confirmation_number` text DEFAULT '' NOT NULL,
	`submitted_at` text,
	`submitted_by` integer,
	FOREIGN KEY (`enrolment_id`) REFERENCES `launch_window_enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`window_id`) REFERENCES `launch_windows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dependant_id`) REFERENCES `dependants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "launch_window_submissions_audience" CHECK("launch_window_submissions"."audience" IN ('principal', 'spouse', 'child', 'other-dependant')),
	CONSTRAINT "launch_window_submissions_complete" CHECK("launch_window_submissions"."submitted_at" IS NULL OR ("launch_window_submissions"."submitted_by" IS NOT NULL AND length(trim("launch_window_submissions"."confirmation_number")) > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `launch_window_submissions_member_idx` ON `launch_window_submissions` (`enrolment_id`,`member_no`);--> statement-breakpoint
CREATE INDEX `launch_window_submissions_window_idx` ON `launch_window_submissions` (`window_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `launch_window_submissions_application_idx` ON `launch_window_submissions` (`application_id`);--> statement-breakpoint
CREATE INDEX `launch_window_submissions_client_idx` ON `launch_window_submissions` (`client_id`);--> statement-breakpoint
CREATE TABLE `launch_windows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`template_code` text DEFAULT '' NOT NULL,
	`jurisdiction` text NOT NULL,
	`application_type_id` integer NOT NULL,
	`opens_at` text NOT NULL,
	`time_zone` text NOT NULL,
	`opens_on` text NOT NULL,
	`opens_at_time` text NOT NULL,
	`closes_at` text,
	`closes_on` text,
	`closes_at_time` text,
	`cap` integer,
	`cap_counts_toward` text DEFAULT 'principals' NOT NULL,
	`reported_count` integer,
	`reported_at` text,
	`eligibility` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`archive_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`application_type_id`) REFERENCES `application_types`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "launch_windows_jurisdiction" CHECK("launch_windows"."jurisdiction" IN ('CA', 'US')),
	CONSTRAINT "launch_windows_cap_counts" CHECK("launch_windows"."cap_counts_toward" IN ('principals', 'all')),
	CONSTRAINT "launch_windows_cap_positive" CHECK("launch_windows"."cap" IS NULL OR "launch_windows"."cap" > 0),
	CONSTRAINT "launch_windows_reported_count" CHECK("launch_windows"."reported_count" IS NULL OR "launch_windows"."reported_count" >= 0),
	CONSTRAINT "launch_windows_eligibility_json" CHECK(json_valid("launch_windows"."eligibility")),
	CONSTRAINT "launch_windows_name_present" CHECK(length(trim("launch_windows"."name")) > 0)
);
--> statement-breakpoint
CREATE INDEX `launch_windows_list_idx` ON `launch_windows` (`archived_at`,`opens_at`);