import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Application, ClientPage } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType, createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const names = async (filters: Record<string, unknown>) =>
  (await ok<ClientPage>(dispatch(ctx, 'clients.list', { filters }))).items.map((c) => c.familyName);

describe('client list filters', () => {
  it('filters by any name in the family, folded and transliterated like search', async () => {
    const muller = await createClient(ctx, { givenNames: 'Jürgen', familyName: 'Müller' });
    await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    await ok(
      dispatch(ctx, 'dependants.create', {
        clientId: muller.id,
        relationship: 'spouse',
        givenNames: 'Анна',
        familyName: 'Иванова',
      }),
    );
    expect(await names({ name: 'mueller' })).toEqual(['Müller']);
    expect(await names({ name: 'MULL' })).toEqual(['Müller']);
    expect(await names({ name: 'ivanova' })).toEqual(['Müller']);
    expect(await names({ name: 'oka' })).toEqual(['Okafor']);
    expect(await names({ name: 'nobody' })).toEqual([]);
    expect(
      (await ok<ClientPage>(dispatch(ctx, 'clients.list', { filters: { name: 'mueller' } }))).total,
    ).toBe(1);
  });

  it('matches a government status by its wording, whatever the case or spacing', async () => {
    const rosa = await createClient(ctx, { givenNames: 'Rosa', familyName: 'Díaz' });
    const type = await applicationType(ctx, 'us-h1b-extension');
    const app = await ok<Application>(
      dispatch(ctx, 'applications.create', { clientId: rosa.id, typeId: type.id }),
    );
    await ok(
      dispatch(ctx, 'applications.changeGovernmentStatus', {
        id: app.id,
        version: app.version,
        status: 'case was received ',
        note: '',
      }),
    );
    expect(await names({ governmentStatus: 'Case Was Received' })).toEqual(['Díaz']);
    expect(await names({ governmentStatus: 'Case Was Approved' })).toEqual([]);
  });
});
