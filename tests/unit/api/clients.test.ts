import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Client, ClientPage } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { handlers } from '../../../main/data-service/handlers';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const countClients = () => database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get();

const amara = {
  givenNames: '  Amara Chioma ',
  familyName: 'Okafor',
  dateOfBirth: '1988-02-29',
  citizenships: ['NG', 'CA'],
  email: ' amara@example.com ',
  phone: '+1 (416) 555-0199',
};

describe('clients through the boundary', () => {
  it('creates, reads back and lists a client, trimmed and typed', async () => {
    const created = await ok<Client>(dispatch(ctx, 'clients.create', amara));
    expect(created).toMatchObject({ givenNames: 'Amara Chioma', email: 'amara@example.com', version: 1 });
    expect(created.createdAt).toBe(created.updatedAt);

    expect(await ok<Client>(dispatch(ctx, 'clients.get', { id: created.id }))).toEqual(created);
    const page = await ok<ClientPage>(dispatch(ctx, 'clients.list', {}));
    expect(page.total).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        id: created.id,
        givenNames: 'Amara Chioma',
        familyName: 'Okafor',
        dependantCount: 0,
      }),
    ]);
  });

  it('accepts a single-name passport (no family name) and an unknown birth date', async () => {
    const created = await ok<Client>(dispatch(ctx, 'clients.create', { givenNames: 'Suharto' }));
    expect(created).toMatchObject({
      givenNames: 'Suharto',
      familyName: '',
      dateOfBirth: null,
      citizenships: [],
    });
  });

  it('rejects a bad payload with a message per field and writes nothing', async () => {
    const result = await dispatch(ctx, 'clients.create', {
      givenNames: '   ',
      dateOfBirth: '2023-02-29',
      citizenships: ['CA', 'XX', 'CA'],
      email: 'not-an-email',
      phone: 'call me',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.any(String),
        fields: {
          givenNames: 'validation.required',
          dateOfBirth: 'validation.date',
          citizenships: 'validation.countryRepeated',
          'citizenships.1': 'validation.country',
          email: 'validation.email',
          phone: 'validation.phone',
        },
      },
    });
    expect(countClients()).toBe(0);
  });

  it('refuses unknown fields and wrong shapes instead of ignoring them', async () => {
    const extra = await dispatch(ctx, 'clients.create', { ...amara, isAdmin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    for (const payload of [null, 'Amara', 42, [amara]]) {
      expect(await dispatch(ctx, 'clients.create', payload)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(countClients()).toBe(0);
  });

  it('lists in name order regardless of accents and case, with paging and a total', async () => {
    for (const [givenNames, familyName] of [
      ['Zoë', 'Ålberg'],
      ['Élodie', 'Núñez'],
      ['bo', 'nunez'],
      ['Madonna', ''],
      ['Ana', 'Abara'],
    ]) {
      await ok(dispatch(ctx, 'clients.create', { givenNames, familyName }));
    }
    const all = await ok<ClientPage>(dispatch(ctx, 'clients.list', { limit: 10 }));
    expect(all.items.map((c) => `${c.givenNames} ${c.familyName}`.trim())).toEqual([
      'Ana Abara',
      'Zoë Ålberg',
      'Madonna',
      'bo nunez',
      'Élodie Núñez',
    ]);
    const second = await ok<ClientPage>(dispatch(ctx, 'clients.list', { limit: 2, offset: 2 }));
    expect(second.total).toBe(5);
    expect(second.items.map((c) => c.givenNames)).toEqual(['Madonna', 'bo']);
  });

  it('updates a client and bumps its version', async () => {
    const created = await ok<Client>(dispatch(ctx, 'clients.create', amara));
    const updated = await ok<Client>(
      dispatch(ctx, 'clients.update', { ...amara, id: created.id, version: 1, familyName: 'Okafor-Bello' }),
    );
    expect(updated).toMatchObject({ familyName: 'Okafor-Bello', version: 2 });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('refuses an edit made from a stale screen and keeps the newer data', async () => {
    const created = await ok<Client>(dispatch(ctx, 'clients.create', amara));
    await ok(dispatch(ctx, 'clients.update', { ...amara, id: created.id, version: 1, phone: '111' }));
    const stale = await dispatch(ctx, 'clients.update', {
      ...amara,
      id: created.id,
      version: 1,
      phone: '222',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ok<Client>(dispatch(ctx, 'clients.get', { id: created.id }))).toMatchObject({
      phone: '111',
      version: 2,
    });
  });

  it('reports a missing client as NOT_FOUND for reads and edits', async () => {
    expect(await dispatch(ctx, 'clients.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const edit = await dispatch(ctx, 'clients.update', { ...amara, id: 999, version: 1 });
    expect(edit).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the boundary itself', () => {
  it('refuses unknown channels, including names inherited from Object.prototype', async () => {
    for (const channel of ['clients.destroy', 'constructor', '__proto__', 'toString', '', 42, null]) {
      expect(await dispatch(ctx, channel, {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
  });

  it('turns an unexpected failure into INTERNAL, logs it, and leaves no partial write', async () => {
    const log = vi.fn();
    const failingHandlers = {
      ...handlers,
      'clients.create': (c: ApiContext, input: Parameters<(typeof handlers)['clients.create']>[1]) =>
        c.db.transaction((tx) => {
          handlers['clients.create']({ ...c, db: tx as unknown as ApiContext['db'] }, input);
          throw new Error('disk full');
        }),
    };
    const result = await dispatch(ctx, 'clients.create', amara, { handlers: failingHandlers, log });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk full');
    expect(log).toHaveBeenCalledOnce();
    expect(countClients()).toBe(0);
  });

  it('answers app.info with the schema and data folder in use', async () => {
    expect(await ok(dispatch(ctx, 'app.info', {}))).toEqual({
      appVersion: '0.0.0-test',
      schemaVersion: database.schemaVersion,
      dataDir: ctx.dataDir,
    });
  });
});
