import type { CaseportDb } from '../../db/open';
import { findUser, listUsers } from '../../db/users/queries';
import { requireLawyer } from '../backups/roles';
import type { FirmUser, ParsedInput } from '../contract';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { activeLawyerCount } from '../domain/people/firm-admin';

/**
 * Who may change the people of the firm and its settings.
 *
 * - Adding a person, archiving one, changing anyone's role, and the firm's name, time zone and
 *   province are a lawyer's (the licensee answers for who works on files and for the dates the
 *   firm's zone and province set). Retention keeps its own lawyer-only check in the settings
 *   handler: the regulator asks the lawyer about it.
 * - Everyone may correct their own name, initials and email; someone else's are a lawyer's.
 * - The last active lawyer can be neither demoted nor archived (see checkUserArchive): with no lawyer left, nobody could
 *   change retention, restore a backup or delete a file after its retention.
 * - A firm with no active lawyer on file (first run by a paralegal or a consultant) may add or name
 *   one, and keep its settings current, from whoever is working: otherwise it would be locked out
 *   for good. Once a lawyer exists the rule above keeps one, so this opening never comes back.
 *
 * Refusals answer ROLE (not allowed for this person) with a plain English message for the log;
 * the Settings screen hides what the person working may not do.
 */
export function requireFirmAdmin(ctx: ApiContext, tx: CaseportDb, what: string): void {
  if (activeLawyerCount(listUsers(tx)) === 0) return;
  requireLawyer(ctx, what);
}

/** Checks a `users.update` against the rule above before anything is written. */
export function checkUserUpdate(
  ctx: ApiContext,
  tx: CaseportDb,
  { id, ...patch }: ParsedInput<'users.update'>,
): void {
  const target = findUser(tx, id);
  if (!target) throw new ApiFailure('NOT_FOUND', `User ${id} does not exist.`);
  const changesRole = patch.role !== undefined && patch.role !== target.role;
  if (changesRole) requireFirmAdmin(ctx, tx, "change a person's role");
  const changesDetails = (['displayName', 'initials', 'email'] as const).some(
    (field) => patch[field] !== undefined && patch[field] !== target[field],
  );
  if (changesDetails && id !== ctx.session.userId) requireFirmAdmin(ctx, tx, "change someone else's details");
  if (changesRole && target.role === 'lawyer') refuseLosingLastLawyer(tx, target);
}

/**
 * Checks a `users.archive` against the rule above. Archiving cannot remove the last lawyer: only
 * a lawyer may archive, and nobody archives themselves (the handler refuses that first), so
 * another active lawyer always remains.
 */
export function checkUserArchive(ctx: ApiContext, tx: CaseportDb): void {
  requireFirmAdmin(ctx, tx, 'archive a person');
}

function refuseLosingLastLawyer(tx: CaseportDb, target: FirmUser): void {
  if (target.archivedAt) return;
  if (activeLawyerCount(listUsers(tx)) <= 1) {
    throw new ApiFailure(
      'ROLE',
      'The firm must keep at least one active lawyer: add or name another lawyer first.',
      { role: 'users.lastLawyer' },
    );
  }
}
