CREATE INDEX `applications_dependant_idx` ON `applications` (`dependant_id`);--> statement-breakpoint
CREATE INDEX `deadlines_dependant_idx` ON `deadlines` (`dependant_id`);--> statement-breakpoint
CREATE INDEX `statuses_dependant_idx` ON `immigration_statuses` (`dependant_id`);--> statement-breakpoint
CREATE INDEX `passports_dependant_idx` ON `passports` (`dependant_id`);--> statement-breakpoint
CREATE INDEX `launch_window_submissions_dependant_idx` ON `launch_window_submissions` (`dependant_id`);