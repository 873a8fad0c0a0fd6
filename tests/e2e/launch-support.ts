import type { Page } from '@playwright/test';
import type { LaunchQueue } from '../../main/contract';

/** A contract call through the same bridge the UI uses: its value, or the test fails. */
export async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([c, i]) => {
      if (!window.caseport) throw new Error('No Caseport bridge on the page.');
      return (await window.caseport.invoke(c as 'clients.list', i as never)) as {
        ok: boolean;
        value?: unknown;
      };
    },
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
  return result.value as T;
}

export interface SeedFamily {
  given: string;
  family: string;
  spouse: string;
  child: string;
  child2: string;
  /** The principal's H-1B ends on this day (default: long after any opening in these tests). */
  statusTo?: string;
}

export const families: SeedFamily[] = [
  { given: 'Amara', family: 'Okafor', spouse: 'Chidi', child: 'Ada', child2: 'Obi' },
  { given: 'Élodie', family: 'Marchand', spouse: 'Luc', child: 'Inès', child2: 'Hugo' },
  { given: 'Ravi', family: 'Iyer', spouse: 'Meera', child: 'Arjun', child2: 'Diya' },
];

/** H-1B families of four, entered the way intake would (one call each); returns their client ids. */
export async function seedFamilies(page: Page, list: SeedFamily[] = families): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, f] of list.entries()) {
    const result = await invoke<{ clientId: number }>(page, 'families.intake', {
      principal: {
        givenNames: f.given,
        familyName: f.family,
        dateOfBirth: '1985-01-01',
        addressLine1: `${index + 1} Main St`,
        city: 'Austin',
        addressCountry: 'US',
        passports: [{ number: `P${index}000001`, issuingCountry: 'IN', expiresOn: '2031-01-01' }],
        statuses: [
          { country: 'US', statusType: 'H-1B', validFrom: '2022-01-01', validTo: f.statusTo ?? '2029-01-01' },
        ],
      },
      dependants: [
        {
          relationship: 'spouse',
          givenNames: f.spouse,
          familyName: f.family,
          dateOfBirth: '1986-02-02',
          lastVerifiedOn: '2026-04-01',
          passports: [{ number: `S${index}000001`, issuingCountry: 'IN', expiresOn: '2031-01-01' }],
        },
        {
          relationship: 'child',
          givenNames: f.child,
          familyName: f.family,
          dateOfBirth: '2015-03-03',
          lastVerifiedOn: '2026-04-01',
          passports: [{ number: `C${index}000001`, issuingCountry: 'IN', expiresOn: '2031-01-01' }],
        },
        {
          relationship: 'child',
          givenNames: f.child2,
          familyName: f.family,
          dateOfBirth: '2018-04-04',
          lastVerifiedOn: '2026-04-01',
          passports: [{ number: `D${index}000001`, issuingCountry: 'IN', expiresOn: '2031-01-01' }],
        },
      ],
    });
    ids.push(result.clientId);
  }
  return ids;
}

/** A window from the 2023 template opening on `opensOn` (midnight, Toronto). */
export async function createWindow(page: Page, opensOn: string, name = 'OWP 2026'): Promise<number> {
  return (
    await invoke<{ id: number }>(page, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      name,
      opensOn,
    })
  ).id;
}

export async function enrol(page: Page, windowId: number, clientIds: number[]): Promise<void> {
  await invoke(page, 'launchWindows.enrol', { windowId, clientIds });
}

/** Every document of every enrolled family checked, as a paralegal would before the window. */
export async function verifyAllDocuments(page: Page, windowId: number): Promise<void> {
  const queue = await invoke<LaunchQueue>(page, 'launchWindows.queue', { windowId });
  for (const family of queue.families)
    for (const member of family.members)
      for (const item of member.checklist)
        await invoke(page, 'checklist.setState', { id: item.id, state: 'verified' });
}
