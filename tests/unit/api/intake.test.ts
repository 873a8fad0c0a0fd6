import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Family, FamilyIntakeInput, FamilyIntakeResult } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const count = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

async function familyOfFour(): Promise<FamilyIntakeInput> {
  const owp = await applicationType(ctx, 'ca-owp-us-h1b-2023');
  const study = await applicationType(ctx, 'ca-study-permit');
  const address = { addressLine1: '12 Elm St', city: 'Austin', region: 'TX', addressCountry: 'US' };
  return {
    principal: {
      givenNames: 'Élodie',
      familyName: 'Marchand',
      dateOfBirth: '1988-04-02',
      citizenships: ['FR'],
      employer: 'Northwind',
      ...address,
      passports: [{ number: '19FR12345', issuingCountry: 'FR', expiresOn: '2031-01-01' }],
      statuses: [{ country: 'US', statusType: 'H-1B', validTo: '2027-09-30' }],
      applications: [{ typeId: owp.id }],
    },
    dependants: [
      {
        relationship: 'spouse',
        givenNames: 'Luc',
        familyName: 'Marchand',
        ...address,
        applications: [{ typeId: owp.id }],
      },
      {
        relationship: 'child',
        givenNames: 'Inès',
        familyName: 'Marchand',
        dateOfBirth: '2014-02-01',
        applications: [{ typeId: study.id }],
      },
      {
        relationship: 'child',
        givenNames: 'Hugo',
        familyName: 'Marchand',
        dateOfBirth: '2017-09-09',
        applications: [{ typeId: study.id }],
      },
    ],
  };
}

function dependant(input: FamilyIntakeInput, index: number) {
  const found = input.dependants?.[index];
  if (!found) throw new Error(`the fixture has no dependant ${index}`);
  return found;
}

describe('family intake', () => {
  it('creates the principal, dependants and each member’s application with its checklist in one go', async () => {
    const result = await ok<FamilyIntakeResult>(dispatch(ctx, 'families.intake', await familyOfFour()));
    expect(result.dependantIds).toHaveLength(3);
    expect(result.applicationIds).toHaveLength(4);
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: result.clientId }));
    expect(family.client).toMatchObject({ givenNames: 'Élodie', employer: 'Northwind' });
    expect(family.client.passports[0]).toMatchObject({ number: '19FR12345', issuingCountry: 'FR' });
    expect(family.client.statuses[0]).toMatchObject({ statusType: 'H-1B', validTo: '2027-09-30' });
    expect(family.dependants.map((d) => [d.relationship, d.givenNames, d.city])).toEqual([
      ['spouse', 'Luc', 'Austin'],
      ['child', 'Inès', ''],
      ['child', 'Hugo', ''],
    ]);
    expect(family.applications.map((a) => a.dependantId)).toEqual([null, ...result.dependantIds]);
    for (const application of family.applications) expect(application.checklist.length).toBeGreaterThan(0);
  });

  it('writes nothing when one member is invalid, and names the field by its path', async () => {
    const input = await familyOfFour();
    const hugo = dependant(input, 2);
    hugo.dateOfBirth = '2017-02-30';
    const result = await dispatch(ctx, 'families.intake', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(Object.keys(result.error.fields ?? {})).toEqual(['dependants.2.dateOfBirth']);
    expect([count('clients'), count('dependants'), count('applications')]).toEqual([0, 0, 0]);
  });

  it('rolls back everything when a later step fails (an unknown application type)', async () => {
    const input = await familyOfFour();
    dependant(input, 1).applications = [{ typeId: 9999 }];
    const auditBefore = count('audit_log');
    const result = await dispatch(ctx, 'families.intake', input);
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
    expect([count('clients'), count('dependants'), count('applications')]).toEqual([0, 0, 0]);
    expect(count('audit_log')).toBe(auditBefore);
  });

  it('warns of a member already on file (same passport) and creates only when acknowledged', async () => {
    await ok(dispatch(ctx, 'families.intake', await familyOfFour()));
    const second = await familyOfFour();
    second.principal.givenNames = 'Elodie';
    second.principal.dateOfBirth = null;
    const refused = await dispatch(ctx, 'families.intake', second);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('DUPLICATE');
    if (refused.ok) return;
    // The passport matches the principal; the children match by name and date of birth.
    expect(refused.error.duplicates?.map((d) => d.reason).sort()).toEqual([
      'name-and-birth-date',
      'name-and-birth-date',
      'passport',
    ]);
    expect(count('clients')).toBe(1);
    await ok(dispatch(ctx, 'families.intake', { ...second, acknowledgeDuplicates: true }));
    expect(count('clients')).toBe(2);
  });
});
