import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { FirmSettings, FirmUser } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

/** Who may change people and firm settings (main/session/people-rules.ts), through dispatch. */
let database: OpenedDatabase;
let ctx: ApiContext;
let patId: number;
let lena: FirmUser;
let ari: FirmUser;

const user = (id: number) =>
  database.sqlite
    .prepare('SELECT display_name, initials, email, role, archived_at FROM firm_users WHERE id = ?')
    .get(id);
const auditRows = () => database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
const as = (id: number) => {
  ctx.session.userId = id;
};

beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-10T14:00:00.000Z'));
  // Set up by a paralegal: no lawyer yet, so the paralegal may name one (the firm's way in).
  patId = await setUpFirm(ctx);
  lena = await ok<FirmUser>(
    dispatch(ctx, 'users.create', { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' }),
  );
  as(lena.id);
  ari = await ok<FirmUser>(
    dispatch(ctx, 'users.create', {
      displayName: 'Ari Assistant',
      initials: 'AA',
      email: 'ari@example.com',
      role: 'assistant',
    }),
  );
});
afterEach(() => database.sqlite.close());

describe('roles: who may change people and firm settings', () => {
  it('an assistant cannot make themselves a lawyer, add a lawyer or archive anyone; nothing is written', async () => {
    as(ari.id);
    const before = auditRows();
    for (const [channel, input] of [
      ['users.update', { id: ari.id, role: 'lawyer' }],
      ['users.create', { displayName: 'Mallory', role: 'lawyer' }],
      ['users.create', { displayName: 'Mallory', role: 'assistant' }],
      ['users.archive', { id: patId }],
      ['users.update', { id: lena.id, role: 'assistant' }],
      ['users.update', { id: lena.id, email: 'mallory@example.com' }],
    ] as const) {
      const result = await dispatch(ctx, channel, input);
      expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'ROLE', message: expect.stringMatching(/^Only a lawyer can /) },
      });
    }
    expect(user(ari.id)).toMatchObject({ role: 'assistant' });
    expect(user(lena.id)).toMatchObject({ role: 'lawyer', email: '' });
    expect(user(patId)).toMatchObject({ archived_at: null });
    expect(auditRows()).toBe(before);
  });

  it('a paralegal cannot change roles either, once the firm has a lawyer', async () => {
    as(patId);
    expect(await dispatch(ctx, 'users.update', { id: patId, role: 'lawyer' })).toMatchObject({
      ok: false,
      error: { code: 'ROLE' },
    });
    expect(await dispatch(ctx, 'users.create', { displayName: 'Sam', role: 'lawyer' })).toMatchObject({
      ok: false,
      error: { code: 'ROLE' },
    });
    expect(user(patId)).toMatchObject({ role: 'paralegal' });
  });

  it('everyone may correct their own name, initials and email (and resubmit their own role)', async () => {
    as(ari.id);
    const saved = await ok<FirmUser>(
      dispatch(ctx, 'users.update', {
        id: ari.id,
        displayName: 'Ari Abara',
        initials: 'AB',
        email: 'ari.abara@example.com',
        role: 'assistant',
      }),
    );
    expect(saved).toMatchObject({ displayName: 'Ari Abara', initials: 'AB', role: 'assistant' });
  });

  it('firm name, time zone and province are a lawyer’s; unchanged values sent by the form pass', async () => {
    as(ari.id);
    for (const patch of [
      { timeZone: 'America/Vancouver' },
      { province: 'QC' },
      { firmName: 'Mallory LLP' },
    ]) {
      expect(await dispatch(ctx, 'settings.update', patch), JSON.stringify(patch)).toMatchObject({
        ok: false,
        error: { code: 'ROLE' },
      });
    }
    // The Settings form sends every field; saving what is already stored changes nothing.
    const settings = await ok<FirmSettings>(
      dispatch(ctx, 'settings.update', {
        firmName: 'Maple & Liberty Immigration',
        timeZone: 'America/Toronto',
        province: '',
        retentionYears: 6,
      }),
    );
    expect(settings).toMatchObject({ timeZone: 'America/Toronto', province: '' });
    as(lena.id);
    expect(await ok<FirmSettings>(dispatch(ctx, 'settings.update', { province: 'QC' }))).toMatchObject({
      province: 'QC',
    });
  });

  it('a lawyer may add people, change roles and archive; the last active lawyer cannot be demoted', async () => {
    as(lena.id);
    const demoteSelf = await dispatch(ctx, 'users.update', { id: lena.id, role: 'paralegal' });
    expect(demoteSelf).toMatchObject({
      ok: false,
      error: { code: 'ROLE', fields: { role: 'users.lastLawyer' } },
    });
    expect(user(lena.id)).toMatchObject({ role: 'lawyer' });

    const sam = await ok<FirmUser>(dispatch(ctx, 'users.create', { displayName: 'Sam', role: 'lawyer' }));
    await ok(dispatch(ctx, 'users.update', { id: ari.id, role: 'paralegal' }));
    await ok(dispatch(ctx, 'users.update', { id: lena.id, role: 'consultant' }));
    expect(user(lena.id)).toMatchObject({ role: 'consultant' });
    // Sam is now the only lawyer: a promoted-then-demoted colleague cannot take that away.
    as(sam.id);
    expect(await dispatch(ctx, 'users.update', { id: sam.id, role: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'ROLE', fields: { role: 'users.lastLawyer' } },
    });
    await ok(dispatch(ctx, 'users.archive', { id: lena.id }));
    await ok(dispatch(ctx, 'users.archive', { id: ari.id }));
    expect(user(sam.id)).toMatchObject({ role: 'lawyer', archived_at: null });
  });

  it('changing only a role leaves initials and email untouched', async () => {
    as(lena.id);
    const promoted = await ok<FirmUser>(dispatch(ctx, 'users.update', { id: ari.id, role: 'paralegal' }));
    expect(promoted).toMatchObject({ initials: 'AA', email: 'ari@example.com', role: 'paralegal' });
    expect(user(ari.id)).toMatchObject({ initials: 'AA', email: 'ari@example.com' });
  });
});
