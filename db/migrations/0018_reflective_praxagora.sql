ALTER TABLE `clients` ADD `retain_until` text;--> statement-breakpoint
-- Files closed before this version get the date the deletion rule used to compute at deletion
-- time, now fixed: closing date + max(the firm's retention setting, 6 years). The setting is a
-- JSON number under settings.key 'retentionYears' (absent = the default, 6), which SQL reads
-- directly; max(6, ...) keeps the CICC minimum whatever is stored. SQL has no time zones, so the
-- closing date is archived_at's UTC date: at most a day off the firm's own, and the deletion rule
-- still refuses anything earlier than archived_at + 6 years to the second.
UPDATE `clients` SET `retain_until` = date(
  `archived_at`,
  '+' || max(6, coalesce((SELECT CAST(`value` AS INTEGER) FROM `settings` WHERE `key` = 'retentionYears'), 6)) || ' years'
) WHERE `archived_at` IS NOT NULL AND `retain_until` IS NULL;
