CREATE TABLE `application_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_value` text DEFAULT '' NOT NULL,
	`to_value` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`changed_at` text NOT NULL,
	`changed_by` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "status_history_kind" CHECK("application_status_history"."kind" IN ('stage', 'government-status'))
);
--> statement-breakpoint
CREATE INDEX `status_history_application_idx` ON `application_status_history` (`application_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `application_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	CONSTRAINT "application_types_jurisdiction" CHECK("application_types"."jurisdiction" IN ('CA', 'US'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `application_types_code_idx` ON `application_types` (`code`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`dependant_id` integer,
	`type_id` integer NOT NULL,
	`jurisdiction` text NOT NULL,
	`stage` text DEFAULT 'intake' NOT NULL,
	`government_status` text DEFAULT '' NOT NULL,
	`government_file_number` text DEFAULT '' NOT NULL,
	`file_number_key` text DEFAULT '' NOT NULL,
	`submitted_at` text,
	`decision` text DEFAULT '' NOT NULL,
	`decided_on` text,
	`responsible_user_id` integer,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`archive_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dependant_id`) REFERENCES `dependants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`type_id`) REFERENCES `application_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "applications_jurisdiction" CHECK("applications"."jurisdiction" IN ('CA', 'US')),
	CONSTRAINT "applications_stage" CHECK("applications"."stage" IN ('intake', 'collecting-documents', 'ready-to-submit', 'submitted', 'decided', 'closed')),
	CONSTRAINT "applications_decision" CHECK("applications"."decision" IN ('', 'approved', 'refused', 'withdrawn', 'returned'))
);
--> statement-breakpoint
CREATE INDEX `applications_client_idx` ON `applications` (`client_id`);--> statement-breakpoint
CREATE INDEX `applications_stage_idx` ON `applications` (`stage`,`client_id`);--> statement-breakpoint
CREATE INDEX `applications_jurisdiction_idx` ON `applications` (`jurisdiction`,`client_id`);--> statement-breakpoint
CREATE INDEX `applications_government_status_idx` ON `applications` (`government_status`,`client_id`);--> statement-breakpoint
CREATE INDEX `applications_file_number_idx` ON `applications` (`file_number_key`);--> statement-breakpoint
CREATE INDEX `applications_responsible_idx` ON `applications` (`responsible_user_id`,`client_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`client_id` integer,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_client_idx` ON `audit_log` (`client_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`,`id`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`template_item_id` integer,
	`label_key` text DEFAULT '' NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'missing' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`file_path` text DEFAULT '' NOT NULL,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	`changed_at` text NOT NULL,
	`changed_by` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_item_id`) REFERENCES `checklist_template_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`changed_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "checklist_items_state" CHECK("checklist_items"."state" IN ('missing', 'requested', 'received', 'verified', 'not-applicable')),
	CONSTRAINT "checklist_items_label_present" CHECK(length(trim("checklist_items"."label")) > 0 OR length("checklist_items"."label_key") > 0)
);
--> statement-breakpoint
CREATE INDEX `checklist_items_application_idx` ON `checklist_items` (`application_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `checklist_template_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_type_id` integer NOT NULL,
	`label_key` text DEFAULT '' NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`applies_to` text DEFAULT 'any' NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`application_type_id`) REFERENCES `application_types`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "checklist_template_applies_to" CHECK("checklist_template_items"."applies_to" IN ('any', 'principal', 'dependant'))
);
--> statement-breakpoint
CREATE INDEX `checklist_template_type_idx` ON `checklist_template_items` (`application_type_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`dependant_id` integer,
	`application_id` integer,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`due_on` text NOT NULL,
	`due_time` text,
	`time_zone` text,
	`origin` text DEFAULT 'manual' NOT NULL,
	`rule_id` text,
	`rule_inputs` text,
	`roll_forward` text DEFAULT 'none' NOT NULL,
	`computed_due_on` text,
	`override_reason` text DEFAULT '' NOT NULL,
	`lead_times` text,
	`notes` text DEFAULT '' NOT NULL,
	`completed_at` text,
	`completed_by` integer,
	`dismissed_at` text,
	`dismissed_by` integer,
	`dismiss_reason` text DEFAULT '' NOT NULL,
	`snoozed_until` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dependant_id`) REFERENCES `dependants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`completed_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "deadlines_due_on_shape" CHECK("deadlines"."due_on" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "deadlines_origin" CHECK("deadlines"."origin" IN ('manual', 'rule')),
	CONSTRAINT "deadlines_roll_forward" CHECK("deadlines"."roll_forward" IN ('none', 'us-federal', 'ca-federal')),
	CONSTRAINT "deadlines_dismiss_has_reason" CHECK("deadlines"."dismissed_at" IS NULL OR length(trim("deadlines"."dismiss_reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `deadlines_client_idx` ON `deadlines` (`client_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `deadlines_application_idx` ON `deadlines` (`application_id`);--> statement-breakpoint
CREATE INDEX `deadlines_open_due_idx` ON `deadlines` (`due_on`) WHERE completed_at IS NULL AND dismissed_at IS NULL;--> statement-breakpoint
CREATE TABLE `dependants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`relationship` text NOT NULL,
	`given_names` text NOT NULL,
	`family_name` text DEFAULT '' NOT NULL,
	`preferred_name` text DEFAULT '' NOT NULL,
	`name_key` text NOT NULL,
	`sex` text DEFAULT '' NOT NULL,
	`date_of_birth` text,
	`citizenships` text DEFAULT '[]' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`phone_alt` text DEFAULT '' NOT NULL,
	`address_line1` text DEFAULT '' NOT NULL,
	`address_line2` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`address_country` text DEFAULT '' NOT NULL,
	`employer` text DEFAULT '' NOT NULL,
	`occupation` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`last_verified_on` text,
	`archived_at` text,
	`archive_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "dependants_relationship" CHECK("dependants"."relationship" IN ('spouse', 'common-law-partner', 'child', 'other')),
	CONSTRAINT "dependants_given_names_present" CHECK(length(trim("dependants"."given_names")) > 0),
	CONSTRAINT "dependants_sex" CHECK("dependants"."sex" IN ('', 'F', 'M', 'X')),
	CONSTRAINT "dependants_citizenships_json" CHECK(json_valid("dependants"."citizenships"))
);
--> statement-breakpoint
CREATE INDEX `dependants_client_idx` ON `dependants` (`client_id`,`id`);--> statement-breakpoint
CREATE INDEX `dependants_name_key_idx` ON `dependants` (`name_key`);--> statement-breakpoint
CREATE TABLE `immigration_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`dependant_id` integer,
	`country` text NOT NULL,
	`status_type` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`document_number` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dependant_id`) REFERENCES `dependants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `statuses_client_idx` ON `immigration_statuses` (`client_id`);--> statement-breakpoint
CREATE INDEX `statuses_valid_to_idx` ON `immigration_statuses` (`valid_to`);--> statement-breakpoint
CREATE TABLE `passports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`dependant_id` integer,
	`number` text NOT NULL,
	`number_key` text NOT NULL,
	`issuing_country` text NOT NULL,
	`issued_on` text,
	`expires_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dependant_id`) REFERENCES `dependants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `passports_client_idx` ON `passports` (`client_id`);--> statement-breakpoint
CREATE INDEX `passports_number_key_idx` ON `passports` (`number_key`,`issuing_country`);--> statement-breakpoint
CREATE TABLE `firm_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`display_name` text NOT NULL,
	`initials` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`archived_at` text,
	CONSTRAINT "firm_users_role" CHECK("firm_users"."role" IN ('lawyer', 'consultant', 'paralegal', 'assistant', 'other')),
	CONSTRAINT "firm_users_name_present" CHECK(length(trim("firm_users"."display_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
-- Hand-edited: drizzle-kit generated a table rebuild for `clients` that selected the new
-- columns from the old table. Adding columns in place keeps every row and every link.
ALTER TABLE `clients` ADD `preferred_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `sex` text DEFAULT '' NOT NULL CONSTRAINT "clients_sex" CHECK("sex" IN ('', 'F', 'M', 'X'));--> statement-breakpoint
ALTER TABLE `clients` ADD `phone_alt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `address_line1` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `address_line2` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `city` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `region` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `postal_code` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `address_country` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `employer` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `occupation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `responsible_user_id` integer REFERENCES firm_users(id);--> statement-breakpoint
ALTER TABLE `clients` ADD `next_deadline_on` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `archive_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `clients_next_deadline_idx` ON `clients` (`next_deadline_on`,`name_key`);--> statement-breakpoint
CREATE INDEX `clients_responsible_idx` ON `clients` (`responsible_user_id`,`name_key`);