CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`application_id` integer,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`inputs` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "case_events_occurred_on_shape" CHECK("case_events"."occurred_on" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "case_events_kind" CHECK("case_events"."kind" IN ('employment-ended', 'biometrics-letter', 'rfe-received', 'noid-received')),
	CONSTRAINT "case_events_inputs_json" CHECK(json_valid("case_events"."inputs"))
);
--> statement-breakpoint
CREATE INDEX `case_events_client_idx` ON `case_events` (`client_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `case_events_application_idx` ON `case_events` (`application_id`);--> statement-breakpoint
CREATE TABLE `reminder_notifications` (
	`key` text PRIMARY KEY NOT NULL,
	`notified_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reminder_notifications_at_idx` ON `reminder_notifications` (`notified_at`);--> statement-breakpoint
ALTER TABLE `deadlines` ADD `event_id` integer REFERENCES case_events(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `deadlines` ADD `source_key` text;--> statement-breakpoint
CREATE INDEX `deadlines_event_idx` ON `deadlines` (`event_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `deadlines_source_key_idx` ON `deadlines` (`source_key`) WHERE source_key IS NOT NULL;