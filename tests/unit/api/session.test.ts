import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { FirmUser, Session } from '../../../main/contract';
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

const count = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('who is working', () => {
  it('refuses every change until someone is working, and writes nothing', async () => {
    const result = await dispatch(ctx, 'clients.create', { givenNames: 'Amara' });
    expect(result).toMatchObject({ ok: false, error: { code: 'USER_REQUIRED' } });
    expect(count('clients')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('first-run setup creates the firm and its first user, who is then working', async () => {
    expect(await ok<Session>(dispatch(ctx, 'session.get', {}))).toMatchObject({
      setupComplete: false,
      user: null,
      users: [],
    });
    const session = await ok<Session>(
      dispatch(ctx, 'setup.complete', {
        firmName: 'Maple & Liberty Immigration',
        timeZone: 'America/Vancouver',
        province: 'BC',
        user: { displayName: 'Rosa Díaz', initials: 'RD', role: 'lawyer' },
      }),
    );
    expect(session).toMatchObject({
      setupComplete: true,
      user: { displayName: 'Rosa Díaz', role: 'lawyer' },
      settings: {
        firmName: 'Maple & Liberty Immigration',
        timeZone: 'America/Vancouver',
        province: 'BC',
        retentionYears: 6,
      },
    });
    // The first user is the author of their own creation and of the firm settings.
    const authors = database.sqlite.prepare('SELECT DISTINCT user_id FROM audit_log').pluck().all();
    expect(authors).toEqual([session.user?.id]);
  });

  it('refuses a second setup and an unknown time zone', async () => {
    await setUpFirm(ctx);
    const again = await dispatch(ctx, 'setup.complete', {
      firmName: 'Other',
      timeZone: 'America/Toronto',
      user: { displayName: 'X', role: 'other' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const badZone = await dispatch(ctx, 'settings.update', { timeZone: 'Mars/Olympus' });
    expect(badZone).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { timeZone: 'validation.timeZone' } },
    });
  });

  it('switches between people; changes carry the author who made them', async () => {
    const patId = await setUpFirm(ctx);
    const sam = await ok<FirmUser>(
      dispatch(ctx, 'users.create', { displayName: 'Sam Lawyer', role: 'lawyer' }),
    );
    await ok(dispatch(ctx, 'session.setUser', { userId: sam.id }));
    await ok(dispatch(ctx, 'clients.create', { givenNames: 'Amara' }));
    const author = database.sqlite
      .prepare("SELECT user_id FROM audit_log WHERE entity = 'client'")
      .pluck()
      .get();
    expect(author).toBe(sam.id);
    expect(author).not.toBe(patId);
  });

  it('resumes as the last person after a restart, but not as an archived one', async () => {
    await setUpFirm(ctx);
    // An assistant: with no lawyer on file, the paralegal may archive them (people-rules.ts).
    const sam = await ok<FirmUser>(
      dispatch(ctx, 'users.create', { displayName: 'Sam Assistant', role: 'assistant' }),
    );
    await ok(dispatch(ctx, 'session.setUser', { userId: sam.id }));

    const restarted = testContext(database);
    expect((await ok<Session>(dispatch(restarted, 'session.get', {}))).user?.id).toBe(sam.id);

    const pat = (await ok<Session>(dispatch(restarted, 'session.get', {}))).users.find(
      (u) => u.id !== sam.id,
    );
    await ok(dispatch(restarted, 'session.setUser', { userId: pat?.id ?? 0 }));
    await ok(dispatch(restarted, 'users.archive', { id: sam.id }));
    expect(await dispatch(restarted, 'session.setUser', { userId: sam.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses changes from a person archived while they were working', async () => {
    await setUpFirm(ctx);
    const sam = await ok<FirmUser>(dispatch(ctx, 'users.create', { displayName: 'Sam', role: 'assistant' }));
    const other = testContext(database);
    await ok(dispatch(other, 'session.setUser', { userId: sam.id }));
    await ok(dispatch(ctx, 'users.archive', { id: sam.id }));
    expect(await dispatch(other, 'clients.create', { givenNames: 'Amara' })).toMatchObject({
      ok: false,
      error: { code: 'USER_REQUIRED' },
    });
    expect(count('clients')).toBe(0);
  });

  it('always leaves someone able to work: nobody can archive themselves, and only active people archive others', async () => {
    const patId = await setUpFirm(ctx);
    expect(await dispatch(ctx, 'users.archive', { id: patId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const sam = await ok<FirmUser>(dispatch(ctx, 'users.create', { displayName: 'Sam', role: 'assistant' }));
    await ok(dispatch(ctx, 'users.archive', { id: sam.id }));
    const samsWindow = testContext(database);
    samsWindow.session.userId = sam.id;
    expect(await dispatch(samsWindow, 'users.archive', { id: patId })).toMatchObject({
      ok: false,
      error: { code: 'USER_REQUIRED' },
    });
    expect(count('firm_users WHERE archived_at IS NULL')).toBe(1);
  });
});
