import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { FirmUser, Session, UserPreferences } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(() => {
  database = openTestDatabase();
  ctx = testContext(database);
});
afterEach(() => database.sqlite.close());

describe('language and theme, per person', () => {
  it('follow the operating system until the person chooses', async () => {
    await setUpFirm(ctx);
    const session = await ok<Session>(dispatch(ctx, 'session.get', {}));
    expect(session.preferences).toEqual({ locale: 'system', theme: 'system' });
  });

  it('are kept for the person who chose them, not for a colleague', async () => {
    const firstId = await setUpFirm(ctx);
    expect(await ok<UserPreferences>(dispatch(ctx, 'preferences.update', { locale: 'fr-CA' }))).toEqual({
      locale: 'fr-CA',
      theme: 'system',
    });
    expect(await ok<UserPreferences>(dispatch(ctx, 'preferences.update', { theme: 'dark' }))).toEqual({
      locale: 'fr-CA',
      theme: 'dark',
    });

    const colleague = await ok<FirmUser>(
      dispatch(ctx, 'users.create', { displayName: 'Noor Haddad', role: 'paralegal' }),
    );
    const asColleague = await ok<Session>(dispatch(ctx, 'session.setUser', { userId: colleague.id }));
    expect(asColleague.preferences).toEqual({ locale: 'system', theme: 'system' });

    const back = await ok<Session>(dispatch(ctx, 'session.setUser', { userId: firstId }));
    expect(back.preferences).toEqual({ locale: 'fr-CA', theme: 'dark' });
  });

  it('refuse an unknown language or theme with a field message, and change nothing', async () => {
    await setUpFirm(ctx);
    const result = await dispatch(ctx, 'preferences.update', { locale: 'de-DE', theme: 'neon' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { locale: 'validation.invalid', theme: 'validation.invalid' } },
    });
    const session = await ok<Session>(dispatch(ctx, 'session.get', {}));
    expect(session.preferences).toEqual({ locale: 'system', theme: 'system' });
  });

  it('need someone working, like every change', async () => {
    const result = await dispatch(ctx, 'preferences.update', { locale: 'fr-CA' });
    expect(result).toMatchObject({ ok: false, error: { code: 'USER_REQUIRED' } });
  });
});
