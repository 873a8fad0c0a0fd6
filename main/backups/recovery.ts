import fs from 'node:fs';
import { DatabaseOpenError } from '../../db/errors';
import { closeDatabase, type OpenedDatabase } from '../../db/open';
import { openCaseportDatabase } from '../../db/startup';
import { type ChannelName, contract, type Envelope, failure, isChannelName } from '../contract';
import {
  type AppStatus,
  RESTORABLE_PROBLEMS,
  STARTUP_PROBLEM_KINDS,
  type StartupProblemKind,
} from '../contract/backups';
import { ApiFailure } from '../data-service/context';
import { backupEntries } from './entries';
import { restoreIntoRefusedFolder } from './restore';

export function problemOf(error: unknown): { kind: StartupProblemKind; detail: string } {
  const kind =
    error instanceof DatabaseOpenError && (STARTUP_PROBLEM_KINDS as readonly string[]).includes(error.kind)
      ? (error.kind as StartupProblemKind)
      : 'unexpected';
  return { kind, detail: error instanceof Error ? error.message : String(error) };
}

export interface RecoveryOptions {
  dataDir: string;
  migrationsFolder: string;
  now: () => Date;
  /** Schema steps this version knows (a backup from a newer version is refused). */
  knownSteps: number;
  /** The data opened again (retry, restore or another folder): the caller starts the service on it. */
  onOpened: (dataDir: string, database: OpenedDatabase) => void;
}

const RECOVERY_CHANNELS = new Set<ChannelName>([
  'app.status',
  'recovery.retry',
  'recovery.restore',
  'recovery.useDataFolder',
]);

/**
 * The data service's recovery mode: when the data file is refused at start-up, only the recovery
 * screen's calls answer; every other channel gets a RECOVERY envelope, so nothing can read or
 * write a file that failed its checks. The refused file is never written: a restore moves it
 * aside unchanged and puts a verified backup in its place.
 */
export class RecoveryService {
  private problem: { kind: StartupProblemKind; detail: string };
  private dataDir: string;

  constructor(
    error: unknown,
    private readonly options: RecoveryOptions,
  ) {
    this.problem = problemOf(error);
    this.dataDir = options.dataDir;
  }

  status(): AppStatus {
    return { state: 'recovery', problem: this.problem, dataDir: this.dataDir, backups: this.backups() };
  }

  private backups() {
    if (this.problem.kind === 'folder-missing' || this.problem.kind === 'folder-is-file') return [];
    if (!fs.existsSync(this.dataDir)) return [];
    // Never one made before a deletion. This practice's own when it has any; otherwise those
    // of other practices (a backup brought from the old computer: moving computers), so a
    // shared folder never puts another laptop's data first.
    const usable = backupEntries(this.dataDir, { includeOtherPractices: true }).filter(
      (backup) => backup.verified && !backup.beforeDeletion,
    );
    const own = usable.filter((backup) => !backup.otherPractice);
    return own.length > 0 ? own : usable;
  }

  async handle(channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (!isChannelName(channel))
      return failure('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 80)}`);
    if (!RECOVERY_CHANNELS.has(channel)) {
      return failure('RECOVERY', 'The data file could not be opened; only the recovery screen is available.');
    }
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) {
      // The first issue per field, as dispatch() reports them (not imported: dispatch's handler
      // table imports this module's neighbours).
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.join('.') || '_form'] ??= issue.message;
      return failure('VALIDATION', 'Some fields need attention.', { fields });
    }
    try {
      return { ok: true, value: this.run(channel, parsed.data as Record<string, string | undefined>) };
    } catch (error) {
      if (error instanceof ApiFailure) {
        return failure(error.code, error.message, error.fields ? { fields: error.fields } : {});
      }
      this.problem = problemOf(error);
      return { ok: true, value: this.status() };
    }
  }

  private run(channel: ChannelName, input: Record<string, string | undefined>): AppStatus {
    const { migrationsFolder, now } = this.options;
    switch (channel) {
      case 'recovery.retry':
        return this.opened(
          this.dataDir,
          openCaseportDatabase({ dataDir: this.dataDir, migrationsFolder, now }),
        );
      case 'recovery.useDataFolder': {
        const folder = input.folder as string;
        const database = openCaseportDatabase({ dataDir: folder, migrationsFolder, now });
        return this.opened(folder, database);
      }
      case 'recovery.restore': {
        if (!RESTORABLE_PROBLEMS.includes(this.problem.kind)) {
          throw new ApiFailure('CONFLICT', 'Restoring a backup does not help with this problem.');
        }
        const database = restoreIntoRefusedFolder(
          this.dataDir,
          input.name as string,
          input.passphrase,
          migrationsFolder,
          now,
          this.options.knownSteps,
        );
        return this.opened(this.dataDir, database);
      }
      default:
        return this.status();
    }
  }

  private opened(dataDir: string, database: OpenedDatabase): AppStatus {
    this.dataDir = dataDir;
    this.options.onOpened(dataDir, database);
    // The data service reopens the file and reports its own check of it.
    return { state: 'ready', dataCheck: { state: 'checking' } };
  }
}

/** For callers that only need to know the file opens (then close it again). */
export function closeOpened(database: OpenedDatabase): void {
  closeDatabase(database.sqlite);
}
