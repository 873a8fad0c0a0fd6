DROP INDEX `clients_next_deadline_idx`;--> statement-breakpoint
CREATE INDEX `clients_active_deadline_idx` ON `clients` (`archived_at`,("next_deadline_on" IS NULL),`next_deadline_on`,`name_key`);