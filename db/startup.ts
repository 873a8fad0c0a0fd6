import { syncBuiltInCatalogue } from './applications/builtin-catalogue';
import { type OpenDatabaseOptions, type OpenedDatabase, openDatabase } from './open';

/**
 * How the app (Electron, preview, tests) opens its data: migrate to the current schema, then
 * add any built-in catalogue entries this version ships that the file lacks.
 */
export function openCaseportDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const opened = openDatabase(options);
  const now = options.now ?? (() => new Date());
  try {
    opened.db.transaction((tx) => syncBuiltInCatalogue(tx, now().toISOString()));
  } catch (error) {
    opened.sqlite.close();
    throw error;
  }
  return opened;
}
