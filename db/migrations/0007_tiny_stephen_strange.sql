ALTER TABLE `launch_window_submissions` ADD `confirmation_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `launch_window_submissions` ADD `override_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `launch_window_submissions` ADD `override_blockers` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `launch_window_submissions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `launch_window_submissions_confirmation_idx` ON `launch_window_submissions` (`confirmation_key`) WHERE "launch_window_submissions"."confirmation_key" <> '';