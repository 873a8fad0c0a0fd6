import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/audit/queries';
import type { OpenedDatabase } from '../../../db/open';
import type { Client, Dependant, Family } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient, createH1bFamily } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const count = (sql: string) => database.sqlite.prepare(sql).pluck().get() as number;
// Read through the audit queries: a family's values are stored sealed with its key.
const auditRows = (entity: string) =>
  listAudit(database.db, { entity }, 10_000)
    .reverse()
    .map((entry) => ({ action: entry.action, changes: JSON.stringify(entry.changes), note: entry.note }));
/** Deletion after retention is a lawyer's act; the test firm's first user becomes one. */
const workAsLawyer = () => database.sqlite.prepare("UPDATE firm_users SET role = 'lawyer'").run();

describe('families', () => {
  it('returns principal, dependants, applications with checklists and deadlines in one call', async () => {
    const { principal, spouse, child1, child2 } = await createH1bFamily(ctx);
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: principal.id }));
    expect(family.client).toMatchObject({ givenNames: 'Amara', employer: 'Northwind Analytics' });
    expect(family.client.passports).toEqual([
      {
        id: expect.any(Number),
        number: 'A0 123-4567',
        issuingCountry: 'NG',
        issuedOn: '2020-01-10',
        expiresOn: '2030-01-09',
      },
    ]);
    expect(family.client.statuses[0]).toMatchObject({
      country: 'US',
      statusType: 'H-1B',
      validTo: '2025-09-30',
    });
    expect(family.dependants.map((d) => [d.id, d.relationship])).toEqual([
      [spouse.id, 'spouse'],
      [child1.id, 'child'],
      [child2.id, 'child'],
    ]);
    expect(family.applications).toHaveLength(4);
    expect(family.applications.every((a) => a.checklist.length > 0 && a.stage === 'intake')).toBe(true);
    expect(family.deadlines).toEqual([]);
    const list = await ok<{ items: { id: number; dependantCount: number }[] }>(
      dispatch(ctx, 'clients.list', {}),
    );
    expect(list.items).toEqual([expect.objectContaining({ id: principal.id, dependantCount: 3 })]);
  });

  it('refuses a dependant for a family that does not exist, writing nothing', async () => {
    const result = await dispatch(ctx, 'dependants.create', {
      clientId: 999,
      relationship: 'spouse',
      givenNames: 'Chidi',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count('SELECT count(*) FROM dependants')).toBe(0);
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'dependant'")).toBe(0);
  });

  it('requires a relationship and validates a dependant like a client', async () => {
    const { id } = await createClient(ctx, { givenNames: 'Amara' });
    const result = await dispatch(ctx, 'dependants.create', { clientId: id, givenNames: '', email: 'x' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          relationship: 'validation.required',
          givenNames: 'validation.required',
          email: 'validation.email',
        },
      },
    });
  });

  it('updates only the fields sent: an edit of the phone keeps passports, statuses and notes', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      notes: 'Prefers email',
      passports: [{ number: 'A01234567', issuingCountry: 'NG' }],
    });
    const updated = await ok<Client>(
      dispatch(ctx, 'clients.update', { id: client.id, version: client.version, phone: '555 0100' }),
    );
    expect(updated).toMatchObject({ phone: '555 0100', notes: 'Prefers email', version: 2 });
    expect(updated.passports).toHaveLength(1);
    expect(JSON.parse(auditRows('client').at(-1)?.changes ?? '{}')).toEqual({ phone: ['', '555 0100'] });
  });

  it('saves a passport list as a whole: updates, adds and removes, each audited', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      passports: [
        { number: 'OLD111', issuingCountry: 'NG' },
        { number: 'KEEP222', issuingCountry: 'NG' },
      ],
    });
    const [old, keep] = client.passports;
    const updated = await ok<Client>(
      dispatch(ctx, 'clients.update', {
        id: client.id,
        version: client.version,
        passports: [
          { id: keep?.id, number: 'KEEP222', issuingCountry: 'NG', expiresOn: '2031-05-01' },
          { number: 'NEW333', issuingCountry: 'CA' },
        ],
      }),
    );
    expect(updated.passports.map((p) => [p.number, p.expiresOn])).toEqual([
      ['KEEP222', '2031-05-01'],
      ['NEW333', null],
    ]);
    expect(auditRows('passport').map((r) => r.action)).toEqual([
      'create',
      'create',
      'update',
      'create',
      'delete',
    ]);
    expect(count(`SELECT count(*) FROM passports WHERE id = ${old?.id}`)).toBe(0);
  });

  it('refuses to edit a passport that belongs to someone else', async () => {
    const a = await createClient(ctx, {
      givenNames: 'Amara',
      passports: [{ number: 'AAA111', issuingCountry: 'NG' }],
    });
    const b = await createClient(ctx, { givenNames: 'Bo' });
    const result = await dispatch(ctx, 'clients.update', {
      id: b.id,
      version: b.version,
      passports: [{ id: a.passports[0]?.id, number: 'STOLEN', issuingCountry: 'NG' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count("SELECT count(*) FROM passports WHERE number = 'AAA111'")).toBe(1);
  });

  it('validates passport dates and status periods', async () => {
    const result = await dispatch(ctx, 'clients.create', {
      givenNames: 'Amara',
      passports: [{ number: 'A1', issuingCountry: 'NG', issuedOn: '2030-01-01', expiresOn: '2020-01-01' }],
      statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2025-01-01', validTo: '2024-01-01' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          'passports.0.expiresOn': 'validation.expiryBeforeIssue',
          'statuses.0.validTo': 'validation.endBeforeStart',
        },
      },
    });
  });

  it('marks a dependant verified, recording when', async () => {
    const { spouse } = await createH1bFamily(ctx);
    const verified = await ok<Dependant>(
      dispatch(ctx, 'dependants.markVerified', {
        id: spouse.id,
        version: spouse.version,
        verifiedOn: '2026-03-01',
      }),
    );
    expect(verified.lastVerifiedOn).toBe('2026-03-01');
    expect(JSON.parse(auditRows('dependant').at(-1)?.changes ?? '{}')).toEqual({
      lastVerifiedOn: [null, '2026-03-01'],
    });
  });
});

describe('closing and deleting a file', () => {
  it('archives with a reason, never deletes, and can reopen', async () => {
    const { principal } = await createH1bFamily(ctx);
    expect(
      await dispatch(ctx, 'clients.archive', { id: principal.id, version: principal.version, reason: ' ' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { reason: 'validation.reasonRequired' } },
    });
    const archived = await ok<Client>(
      dispatch(ctx, 'clients.archive', {
        id: principal.id,
        version: principal.version,
        reason: 'Matter concluded',
      }),
    );
    expect(archived.archivedAt).not.toBeNull();
    expect(count('SELECT count(*) FROM dependants')).toBe(3);
    expect(count('SELECT count(*) FROM applications')).toBe(4);
    const list = await ok<{ total: number }>(dispatch(ctx, 'clients.list', {}));
    expect(list.total).toBe(0);
    const closed = await ok<{ total: number }>(
      dispatch(ctx, 'clients.list', { filters: { archived: 'only' } }),
    );
    expect(closed.total).toBe(1);
    const reopened = await ok<Client>(
      dispatch(ctx, 'clients.unarchive', { id: principal.id, version: archived.version }),
    );
    expect(reopened).toMatchObject({ archivedAt: null, archiveReason: '' });
    expect(auditRows('client').map((r) => r.action)).toEqual(['create', 'archive', 'unarchive']);
  });

  it('refuses to delete an open file, or a closed one inside the retention period', async () => {
    const { principal } = await createH1bFamily(ctx);
    workAsLawyer();
    const open = await dispatch(ctx, 'clients.delete', {
      id: principal.id,
      reason: 'x',
      confirmName: 'Okafor, Amara',
    });
    expect(open).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
    await ok(
      dispatch(ctx, 'clients.archive', { id: principal.id, version: principal.version, reason: 'Done' }),
    );
    const early = await dispatch(ctx, 'clients.delete', {
      id: principal.id,
      reason: 'x',
      confirmName: 'Okafor, Amara',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'RETENTION' } });
    expect(count('SELECT count(*) FROM clients')).toBe(1);
  });

  it('deletes a closed file after retention, only with the name typed back; the audit keeps the act', async () => {
    const { principal } = await createH1bFamily(ctx);
    workAsLawyer();
    await ok(
      dispatch(ctx, 'clients.archive', { id: principal.id, version: principal.version, reason: 'Done' }),
    );
    const later = { ...ctx, now: steppingClock('2033-03-02T12:00:00.000Z') };
    const wrongName = await dispatch(later, 'clients.delete', {
      id: principal.id,
      reason: 'Retention over',
      confirmName: 'Okafor',
    });
    expect(wrongName).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { confirmName: 'validation.confirmDeletion' } },
    });

    await ok(
      dispatch(later, 'clients.delete', {
        id: principal.id,
        reason: 'Retention over',
        confirmName: 'Okafor, Amara',
      }),
    );
    for (const table of [
      'clients',
      'dependants',
      'passports',
      'immigration_statuses',
      'applications',
      'checklist_items',
      'people_search',
    ]) {
      expect(count(`SELECT count(*) FROM ${table}`), table).toBe(0);
    }
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    const deletion = auditRows('client').at(-1);
    expect(deletion).toMatchObject({ action: 'delete', note: 'Retention over' });
    expect(deletion?.changes).not.toContain('Amara');
  });
});

describe('duplicate check at create', () => {
  it('warns on the same passport (ignoring spaces, dashes and case) with the existing record', async () => {
    const { principal } = await createH1bFamily(ctx);
    const result = await dispatch(ctx, 'clients.create', {
      givenNames: 'A.',
      familyName: 'Okafor',
      passports: [{ number: 'a01234567', issuingCountry: 'NG' }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'DUPLICATE',
        message: expect.any(String),
        duplicates: [
          {
            clientId: principal.id,
            dependantId: null,
            givenNames: 'Amara',
            familyName: 'Okafor',
            dateOfBirth: '1988-02-29',
            reason: 'passport',
          },
        ],
      },
    });
    expect(count('SELECT count(*) FROM clients')).toBe(1);
  });

  it('warns on the same folded name and date of birth, also for dependants', async () => {
    const { principal, spouse } = await createH1bFamily(ctx);
    const duplicates = await ok<unknown[]>(
      dispatch(ctx, 'people.findDuplicates', {
        givenNames: 'CHIDI',
        familyName: 'okafor',
        dateOfBirth: '1987-06-15',
      }),
    );
    expect(duplicates).toEqual([
      expect.objectContaining({
        clientId: principal.id,
        dependantId: spouse.id,
        reason: 'name-and-birth-date',
      }),
    ]);
  });

  it('lets the user create anyway once they have seen the warning', async () => {
    await createClient(ctx, { givenNames: 'Élodie', familyName: 'Núñez', dateOfBirth: '1990-02-03' });
    const twin = { givenNames: 'Elodie', familyName: 'Nunez', dateOfBirth: '1990-02-03' };
    expect(await dispatch(ctx, 'clients.create', twin)).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE' },
    });
    await ok(dispatch(ctx, 'clients.create', { ...twin, acknowledgeDuplicates: true }));
    expect(count('SELECT count(*) FROM clients')).toBe(2);
  });

  it('does not flag a different person or a different issuing country', async () => {
    await createClient(ctx, {
      givenNames: 'Amara',
      familyName: 'Okafor',
      dateOfBirth: '1988-02-29',
      passports: [{ number: 'X1', issuingCountry: 'NG' }],
    });
    const result = await dispatch(ctx, 'people.findDuplicates', {
      givenNames: 'Amara',
      familyName: 'Okafor',
      dateOfBirth: '1990-01-01',
      passports: [{ number: 'X1', issuingCountry: 'GH' }],
    });
    expect(result).toEqual({ ok: true, value: [] });
  });
});
