import type { ApiContext } from '../../../main/data-service/context';
import { applicationType, createClient, createDependant } from './families';

/**
 * An H-1B family whose US statuses are current on 1 March 2026: the principal (H-1B, I-94 to
 * 30 June 2027), the spouse (H-4, same I-94), a child whose H-4 I-94 ends early (10 April 2026,
 * so it cuts the grace period) and a child with no US status on file (no deadline expected).
 */
export async function createGraceFamily(ctx: ApiContext) {
  const principal = await createClient(ctx, {
    givenNames: 'Amara',
    familyName: 'Okafor',
    dateOfBirth: '1988-02-29',
    passports: [
      { number: 'A01234567', issuingCountry: 'NG', issuedOn: '2020-01-10', expiresOn: '2030-01-09' },
    ],
    statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2024-10-01', validTo: '2027-06-30' }],
  });
  const spouse = await createDependant(ctx, {
    clientId: principal.id,
    relationship: 'spouse',
    givenNames: 'Chidi',
    familyName: 'Okafor',
    dateOfBirth: '1987-06-15',
    statuses: [{ country: 'US', statusType: 'H-4', validFrom: '2024-10-01', validTo: '2027-06-30' }],
  });
  const child = await createDependant(ctx, {
    clientId: principal.id,
    relationship: 'child',
    givenNames: 'Ada',
    familyName: 'Okafor',
    dateOfBirth: '2015-03-02',
    statuses: [{ country: 'US', statusType: 'H4', validFrom: '2024-10-01', validTo: '2026-04-10' }],
  });
  const unlisted = await createDependant(ctx, {
    clientId: principal.id,
    relationship: 'child',
    givenNames: 'Obi',
    familyName: 'Okafor',
    dateOfBirth: '2019-11-20',
  });
  return { principal, spouse, child, unlisted, owp: await applicationType(ctx, 'ca-owp-us-h1b-2023') };
}
