import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Application, SearchPage, SearchResult } from '../../../main/contract';
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

const page = (text: string, more: { limit?: number; offset?: number } = {}) =>
  ok<SearchPage>(dispatch(ctx, 'search.query', { text, ...more }));
const search = async (text: string) => (await page(text)).items;
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

  it('folds letters that do not decompose and other scripts to ASCII: ø, æ, ß, ü (u and ue), Cyrillic, CJK', async () => {
    await createClient(ctx, { givenNames: 'Søren', familyName: 'Ærø' });
    await createClient(ctx, { givenNames: 'Jürgen', familyName: 'Müller' });
    await createClient(ctx, { givenNames: 'Heinz', familyName: 'Straße' });
    await createClient(ctx, { givenNames: 'Иван', familyName: 'Иванов' });
    await createClient(ctx, { givenNames: '伟', familyName: '王' });
    expect(who(await search('soren'))).toEqual(['Søren Ærø']);
    expect(who(await search('aero'))).toEqual(['Søren Ærø']);
    expect(who(await search('Søren'))).toEqual(['Søren Ærø']);
    expect(who(await search('mueller'))).toEqual(['Jürgen Müller']);
    expect(who(await search('muller'))).toEqual(['Jürgen Müller']);
    expect(who(await search('juergen mull'))).toEqual(['Jürgen Müller']);
    expect(who(await search('strasse'))).toEqual(['Heinz Straße']);
    expect(who(await search('ivanov'))).toEqual(['Иван Иванов']);
    expect(who(await search('Иванов'))).toEqual(['Иван Иванов']);
    expect(who(await search('иван'))).toEqual(['Иван Иванов']);
    expect(who(await search('wang'))).toEqual(['伟 王']);
    expect(who(await search('王'))).toEqual(['伟 王']);
    expect((await search('ivanov'))[0]?.matched).toEqual(['name']);
    // Folding widens matches, it does not make everything match.
    expect(who(await search('ivanova'))).toEqual([]);
    expect(who(await search('mueler'))).toEqual([]);
  });

  it("finds I-94 and permit numbers of a person's statuses", async () => {
    await createH1bFamily(ctx); // status document number "I94-123"
    const [hit] = await search('i94 123');
    expect(hit).toMatchObject({ givenNames: 'Amara', matched: ['status-number'] });
  });

  it('tells the true total and pages through every hit', async () => {
    for (let i = 0; i < 25; i += 1) await createClient(ctx, { givenNames: `Ana${i}`, familyName: 'Silva' });
    const first = await page('silva', { limit: 10 });
    expect(first.total).toBe(25);
    expect(first.items).toHaveLength(10);
    const rest = [
      first,
      await page('silva', { limit: 10, offset: 10 }),
      await page('silva', { limit: 10, offset: 20 }),
    ];
    const seen = new Set(rest.flatMap((p) => p.items.map((r) => r.clientId)));
    expect(seen.size).toBe(25);
    expect((await page('nobody-like-this')).total).toBe(0);
  });
});
