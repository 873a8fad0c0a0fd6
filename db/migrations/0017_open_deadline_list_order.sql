DROP INDEX `deadlines_open_due_idx`;--> statement-breakpoint
CREATE INDEX `deadlines_open_due_idx` ON `deadlines` (`due_on`,`id`,`client_id`) WHERE completed_at IS NULL AND dismissed_at IS NULL;