-- Custom SQL: search folds names to ASCII spellings (Søren -> soren, Müller -> muller and
-- mueller, Иванов -> ivanov) in a names_ascii column, and indexes I-94/permit numbers of
-- immigration statuses. FTS5 tables cannot gain columns, so the table is rebuilt: the plain
-- columns are refilled here so search keeps working, and a reindex request asks the app to
-- fill the transliterated spellings (computed in JavaScript) at its next start-up
-- (db/search/rebuild.ts), once.
DROP TABLE `people_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `people_search` USING fts5(
  names,
  names_ascii,
  documents,
  status_numbers,
  file_numbers,
  emails,
  employer,
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `people_search` (rowid, names, emails, employer)
SELECT id * 2, trim(given_names || ' ' || family_name || ' ' || preferred_name), email, employer FROM `clients`;
--> statement-breakpoint
INSERT INTO `people_search` (rowid, names, emails, employer)
SELECT id * 2 + 1, trim(given_names || ' ' || family_name || ' ' || preferred_name), email, employer FROM `dependants`;
--> statement-breakpoint
CREATE TABLE `search_reindex_requests` (
  `reason` text NOT NULL,
  `requested_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `search_reindex_requests` (reason, requested_at)
VALUES ('transliteration-folding', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
