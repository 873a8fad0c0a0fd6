import { syncBuiltInCatalogue } from './applications/builtin-catalogue';
import { type OpenDatabaseOptions, type OpenedDatabase, openDatabase } from './open';
import { applyPendingSearchReindex } from './search/rebuild';

/**
 * How the app (Electron, preview, tests) opens its data: migrate to the current schema, then
 * add any built-in catalogue entries this version ships that the file lacks, and rebuild the
 * search index once when a migration asked for it.
 */
export function openCaseportDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const opened = openDatabase(options);
  const now = options.now ?? (() => new Date());
  try {
    opened.db.transaction((tx) => syncBuiltInCatalogue(tx, now().toISOString()));
    // A migration that changed how names are folded asks for the search rows to be rebuilt.
    applyPendingSearchReindex(opened.db);
  } catch (error) {
    opened.sqlite.close();
    throw error;
  }
  return opened;
}
