import {
  createUser,
  findUser,
  lastUserId,
  listUsers,
  readSettings,
  rememberLastUser,
  updateUser,
  writeSettings,
} from '../../db/users/queries';
import { requireLawyer } from '../backups/roles';
import type { FirmSettings, FirmUser, ParsedInput, Session } from '../contract';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { write } from '../data-service/transaction';
import { recomputeForProvince } from '../deadlines/roll-forward-settings';
import { preferencesOf } from '../preferences/preferences';
import { checkUserArchive, checkUserUpdate, requireFirmAdmin } from './people-rules';

/**
 * Who is working. Caseport has no passwords (the computer's own login protects the data);
 * the session names the author of every change. After a restart it resumes as the last person.
 */
export function getSession(ctx: ApiContext): Session {
  return ctx.db.transaction((tx) => {
    const users = listUsers(tx);
    if (ctx.session.userId === null) {
      const last = lastUserId(tx);
      if (last !== null && users.some((u) => u.id === last && !u.archivedAt)) ctx.session.userId = last;
    }
    const settings = readSettings(tx);
    return {
      setupComplete: users.length > 0 && settings.firmName !== '',
      user: users.find((u) => u.id === ctx.session.userId) ?? null,
      users,
      settings,
      preferences: preferencesOf(tx, ctx.session.userId),
      serviceNow: ctx.now().toISOString(),
    };
  });
}

export function setSessionUser(ctx: ApiContext, { userId }: ParsedInput<'session.setUser'>): Session {
  ctx.db.transaction((tx) => {
    const user = findUser(tx, userId);
    if (!user || user.archivedAt) throw new ApiFailure('NOT_FOUND', `User ${userId} is not an active user.`);
    rememberLastUser(tx, userId);
  });
  ctx.session.userId = userId;
  return getSession(ctx);
}

/** First run only: the firm's settings and the first user, who becomes the one working. */
export function completeSetup(ctx: ApiContext, input: ParsedInput<'setup.complete'>): Session {
  const userId = ctx.db.transaction((tx) => {
    if (listUsers(tx).length > 0)
      throw new ApiFailure('CONFLICT', 'Caseport is already set up on this machine.');
    const at = ctx.now().toISOString();
    const user = createUser(tx, { actorId: 0, at }, input.user);
    writeSettings(
      tx,
      { actorId: user.id, at },
      { firmName: input.firmName, timeZone: input.timeZone, province: input.province },
    );
    rememberLastUser(tx, user.id);
    return user.id;
  });
  ctx.session.userId = userId;
  return getSession(ctx);
}

// Who may do what to people and settings: see people-rules.ts. Each check runs inside the
// write's transaction, so two windows cannot both remove "the other" last lawyer.
export function createUserHandler(ctx: ApiContext, input: ParsedInput<'users.create'>): FirmUser {
  return write(ctx, (tx, writer) => {
    requireFirmAdmin(ctx, tx, 'add a person');
    return createUser(tx, writer, input);
  });
}

export function updateUserHandler(ctx: ApiContext, input: ParsedInput<'users.update'>): FirmUser {
  const { id, ...patch } = input;
  return write(ctx, (tx, writer) => {
    checkUserUpdate(ctx, tx, input);
    return updateUser(tx, writer, id, patch);
  });
}

export function archiveUserHandler(ctx: ApiContext, { id }: ParsedInput<'users.archive'>): FirmUser {
  if (id === ctx.session.userId)
    throw new ApiFailure('CONFLICT', 'Switch to another person before archiving yourself.');
  return write(ctx, (tx, writer) => {
    checkUserArchive(ctx, tx);
    return updateUser(tx, writer, id, {}, true);
  });
}

export function updateSettingsHandler(ctx: ApiContext, input: ParsedInput<'settings.update'>): FirmSettings {
  // How long closed files are kept is the responsible lawyer's decision (the regulator asks them).
  if (input.retentionYears !== undefined && input.retentionYears !== readSettings(ctx.db).retentionYears) {
    requireLawyer(ctx, 'change how long closed files are kept');
  }
  return write(ctx, (tx, writer) => {
    const current = readSettings(tx);
    const firmFields = (['firmName', 'timeZone', 'province'] as const).filter(
      (key) => input[key] !== undefined && input[key] !== current[key],
    );
    if (firmFields.length > 0) requireFirmAdmin(ctx, tx, "change the firm's name, time zone or province");
    const before = current.province;
    const after = writeSettings(tx, writer, input);
    // Provincial holidays move Canadian-rolled deadlines: same transaction, so no screen lags.
    if (after.province !== before) recomputeForProvince(tx, writer);
    return after;
  });
}
