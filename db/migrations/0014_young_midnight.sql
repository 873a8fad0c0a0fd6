CREATE TABLE `audit_keys` (
	`client_id` integer PRIMARY KEY NOT NULL,
	`key` blob NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `chain` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers (recursive
-- triggers are off), so the append-only guard also refuses an insert that reuses an id.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM `audit_log` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'The audit trail is append-only.');
END;
