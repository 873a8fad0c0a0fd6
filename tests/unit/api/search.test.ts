import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Application, SearchResult } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType, createClient, createH1bFamily } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const search = (text: string) => ok<SearchResult[]>(dispatch(ctx, 'search.query', { text }));
const who = (results: SearchResult[]) => results.map((r) => `${r.givenNames} ${r.familyName}`.trim());

describe('search', () => {
  it('ignores accents and case: "elodie" finds Élodie, "nunez" finds Núñez', async () => {
    await createClient(ctx, { givenNames: 'Élodie', familyName: 'Núñez' });
    await createClient(ctx, { givenNames: 'Eloise', familyName: 'Martin' });
    expect(who(await search('elodie'))).toEqual(['Élodie Núñez']);
    expect(who(await search('NUNEZ'))).toEqual(['Élodie Núñez']);
    expect((await search('elodie'))[0]?.matched).toEqual(['name']);
  });

  it('matches name prefixes, every word, in any order, and single-name clients', async () => {
    await createClient(ctx, { givenNames: 'Amara Chioma', familyName: 'Okafor' });
    await createClient(ctx, { givenNames: 'Madonna' });
    expect(who(await search('oka'))).toEqual(['Amara Chioma Okafor']);
    expect(who(await search('chi oka'))).toEqual(['Amara Chioma Okafor']);
    expect(who(await search('okafor madonna'))).toEqual([]);
    expect(who(await search('madon'))).toEqual(['Madonna']);
  });

  it('finds dependants and points to their family', async () => {
    const { principal, spouse } = await createH1bFamily(ctx);
    const [hit] = await search('chidi');
    expect(hit).toMatchObject({
      clientId: principal.id,
      dependantId: spouse.id,
      relationship: 'spouse',
      principalGivenNames: 'Amara',
      principalFamilyName: 'Okafor',
    });
  });

  it('finds passport numbers however they are typed (spaces, dashes, case)', async () => {
    await createH1bFamily(ctx); // passport "A0 123-4567"
    for (const typed of ['A01234567', 'a0-123 4567', 'a0123']) {
      const results = await search(typed);
      expect(who(results), typed).toEqual(['Amara Okafor']);
      expect(results[0]?.matched, typed).toContain('passport');
    }
  });

  it('finds government file numbers, emails and employers, saying what matched', async () => {
    const { principal, applications } = await createH1bFamily(ctx);
    const app = applications[0] as Application;
    await ok(
      dispatch(ctx, 'applications.update', {
        id: app.id,
        version: app.version,
        governmentFileNumber: 'W307-123456',
      }),
    );
    expect((await search('w307123'))[0]).toMatchObject({ clientId: principal.id, matched: ['file-number'] });
    expect((await search('amara@example'))[0]?.matched).toEqual(['email']);
    expect((await search('northwind'))[0]?.matched).toEqual(['employer']);
  });

  it('follows edits: a renamed client is found by the new name only', async () => {
    const client = await createClient(ctx, { givenNames: 'Bo', familyName: 'Chen' });
    await ok(
      dispatch(ctx, 'clients.update', { id: client.id, version: client.version, familyName: 'Lindqvist' }),
    );
    expect(who(await search('chen'))).toEqual([]);
    expect(who(await search('lindq'))).toEqual(['Bo Lindqvist']);
  });

  it('treats query syntax as plain text', async () => {
    await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    for (const hostile of [
      '"',
      'oka*',
      'NEAR(a b)',
      'names:amara',
      '-amara',
      'a OR b',
      "'; DROP TABLE clients; --",
    ]) {
      const result = await dispatch(ctx, 'search.query', { text: hostile });
      expect(result.ok, hostile).toBe(true);
    }
    expect(await search('')).toEqual([]);
  });

  it('marks results from closed files', async () => {
    const { principal } = await createH1bFamily(ctx);
    await ok(
      dispatch(ctx, 'clients.archive', { id: principal.id, version: principal.version, reason: 'Done' }),
    );
    expect((await search('okafor')).every((r) => r.archived)).toBe(true);
  });

  it('finds a receipt number for a US application too', async () => {
    const client = await createClient(ctx, { givenNames: 'Rosa', familyName: 'Díaz' });
    const type = await applicationType(ctx, 'us-h1b-extension');
    const app = await ok<Application>(
      dispatch(ctx, 'applications.create', { clientId: client.id, typeId: type.id }),
    );
    await ok(
      dispatch(ctx, 'applications.update', {
        id: app.id,
        version: app.version,
        governmentFileNumber: 'IOE0912345678',
      }),
    );
    expect(who(await search('IOE 0912'))).toEqual(['Rosa Díaz']);
  });
});
