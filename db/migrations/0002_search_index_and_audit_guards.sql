-- Custom SQL: things drizzle cannot express.

-- One search row per person: rowid = client id * 2 (principal) or dependant id * 2 + 1.
-- unicode61 with remove_diacritics folds case and accents ("elodie" finds "Élodie");
-- prefix indexes keep type-ahead prefix queries fast. Kept in sync by db/search/index-person.ts
-- inside the same transaction as every write that changes what is searchable.
CREATE VIRTUAL TABLE `people_search` USING fts5(
  names,
  documents,
  file_numbers,
  emails,
  employer,
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `people_search` (rowid, names, documents, file_numbers, emails, employer)
SELECT id * 2, trim(given_names || ' ' || family_name || ' ' || preferred_name), '', '', email, employer FROM `clients`;
--> statement-breakpoint
-- The audit trail is append-only: no path through SQL may rewrite or erase it.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'The audit trail is append-only.');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'The audit trail is append-only.');
END;
