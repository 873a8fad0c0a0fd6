CREATE TABLE `user_preferences` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`locale` text DEFAULT 'system' NOT NULL,
	`theme` text DEFAULT 'system' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `firm_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "user_preferences_locale" CHECK("user_preferences"."locale" IN ('system', 'en-CA', 'en-US', 'fr-CA')),
	CONSTRAINT "user_preferences_theme" CHECK("user_preferences"."theme" IN ('system', 'light', 'dark'))
);
