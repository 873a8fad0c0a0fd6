import type { EnrolmentResult, LaunchQueue, LaunchWindow } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient, createDependant } from '../support/families';
import { ok } from '../support/test-database';

const passport = (number: string) => ({
  number,
  issuingCountry: 'IN',
  issuedOn: '2020-01-01',
  expiresOn: '2030-01-01',
});

/** An eligible 2023 family: H-1B principal living in the US, spouse and child verified with passports. */
export async function eligibleFamily(ctx: ApiContext, familyName: string, n: number) {
  const client = await createClient(ctx, {
    givenNames: 'Priya',
    familyName,
    dateOfBirth: '1990-05-01',
    addressCountry: 'US',
    passports: [passport(`P${n}00`)],
    statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2022-01-01', validTo: '2028-01-01' }],
  });
  const spouse = await createDependant(ctx, {
    clientId: client.id,
    relationship: 'spouse',
    givenNames: 'Arjun',
    familyName,
    dateOfBirth: '1989-03-03',
    lastVerifiedOn: '2026-02-01',
    passports: [passport(`P${n}01`)],
  });
  const child = await createDependant(ctx, {
    clientId: client.id,
    relationship: 'child',
    givenNames: 'Mira',
    familyName,
    dateOfBirth: '2018-09-09',
    lastVerifiedOn: '2026-02-01',
    passports: [passport(`P${n}02`)],
  });
  return { client, spouse, child };
}

export function enrol(ctx: ApiContext, window: LaunchWindow, clientIds: number[]) {
  return ok<EnrolmentResult>(dispatch(ctx, 'launchWindows.enrol', { windowId: window.id, clientIds }));
}

export function queue(ctx: ApiContext, window: LaunchWindow) {
  return ok<LaunchQueue>(dispatch(ctx, 'launchWindows.queue', { windowId: window.id }));
}

/** Marks every document of one enrolled family verified, as a paralegal would before the window. */
export async function verifyAllDocuments(ctx: ApiContext, window: LaunchWindow, clientId: number) {
  const { families } = await queue(ctx, window);
  const family = families.find((f) => f.clientId === clientId);
  for (const member of family?.members ?? [])
    for (const item of member.checklist)
      await ok(dispatch(ctx, 'checklist.setState', { id: item.id, state: 'verified' }));
}
