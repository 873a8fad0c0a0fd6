import { findUser } from '../../db/users/queries';
import { type ApiContext, ApiFailure } from '../data-service/context';

/**
 * Acts only a lawyer may take: changing how records are kept (retention, backups) and acts that
 * replace or remove records (restore, deletion after retention). The practice's licensee answers
 * to the regulator for them, so an assistant's session cannot do them by mistake.
 */
export function requireLawyer(ctx: ApiContext, what: string): number {
  const userId = ctx.session.userId;
  if (userId === null) throw new ApiFailure('USER_REQUIRED', 'Choose who is working before making changes.');
  const user = findUser(ctx.db, userId);
  if (!user || user.archivedAt)
    throw new ApiFailure('USER_REQUIRED', 'The person chosen as working is no longer active.');
  if (user.role !== 'lawyer') throw new ApiFailure('ROLE', `Only a lawyer can ${what}.`);
  return userId;
}

export function requireUser(ctx: ApiContext): number {
  const userId = ctx.session.userId;
  if (userId === null) throw new ApiFailure('USER_REQUIRED', 'Choose who is working before making changes.');
  return userId;
}
