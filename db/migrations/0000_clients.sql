CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`given_names` text NOT NULL,
	`family_name` text DEFAULT '' NOT NULL,
	`name_key` text NOT NULL,
	`date_of_birth` text,
	`citizenships` text DEFAULT '[]' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "clients_date_of_birth_shape" CHECK("clients"."date_of_birth" IS NULL OR "clients"."date_of_birth" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "clients_citizenships_json" CHECK(json_valid("clients"."citizenships")),
	CONSTRAINT "clients_given_names_present" CHECK(length(trim("clients"."given_names")) > 0)
);
--> statement-breakpoint
CREATE INDEX `clients_name_key_idx` ON `clients` (`name_key`,`id`);