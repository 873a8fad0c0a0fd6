import type { Page } from '@playwright/test';

/**
 * The main screens and a firm with enough on file to fill them, for the French, keyboard,
 * accessibility and print specs and the screenshot script. Data goes in through the same
 * contract channels the screens use (window.caseport.invoke), so each spec starts in seconds.
 * No test-runner imports: scripts/screenshots uses it too.
 */
export interface SeededFirm {
  clientId: number;
  windowId: number;
}

export async function seedFirm(page: Page): Promise<SeededFirm> {
  return page.evaluate(async () => {
    const invoke = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = (await window.caseport?.invoke(channel as never, input as never)) as {
        ok: boolean;
        value?: T;
        error?: { message: string; fields?: unknown };
      };
      if (!result.ok)
        throw new Error(`${channel}: ${result.error?.message} ${JSON.stringify(result.error?.fields ?? {})}`);
      return result.value as T;
    };
    const families = [
      ['Élodie', 'Marchand', 'Luc', 'Inès'],
      ['Amara', 'Okafor', 'Chidi', 'Ada'],
      ['Ravi', 'Iyer', 'Meera', 'Arjun'],
    ];
    const types = await invoke<{ id: number; code: string }[]>('applicationTypes.list', {});
    const typeId = (code: string) =>
      types.find((t) => t.code === code)?.id ?? (types[0] as { id: number }).id;
    const clientIds: number[] = [];
    for (const [index, [given, family, spouse, child]] of families.entries()) {
      const { clientId } = await invoke<{ clientId: number }>('families.intake', {
        principal: {
          givenNames: given,
          familyName: family,
          dateOfBirth: '1985-01-01',
          email: `${String(family).toLowerCase()}@example.com`,
          addressLine1: `${index + 1} Main St`,
          city: 'Austin',
          addressCountry: 'US',
          passports: [{ number: `P${index}000001`, issuingCountry: 'IN', expiresOn: '2031-01-01' }],
          statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2022-01-01', validTo: '2027-01-01' }],
          applications: [{ typeId: typeId(index === 1 ? 'us-h1b-extension' : 'ca-work-permit') }],
        },
        dependants: [
          {
            relationship: 'spouse',
            givenNames: spouse,
            familyName: family,
            dateOfBirth: '1986-02-02',
            applications: [{ typeId: typeId('ca-work-permit') }],
          },
          { relationship: 'child', givenNames: child, familyName: family, dateOfBirth: '2015-03-03' },
        ],
      });
      clientIds.push(clientId);
    }
    const kinds = ['biometrics', 'status-expiry', 'rfe-response', 'passport-expiry', 'interview'];
    for (const [i, kind] of kinds.entries()) {
      for (const [j, clientId] of clientIds.entries()) {
        const day = String(17 + ((i * 9 + j * 4) % 40)).padStart(2, '0');
        const dueOn =
          Number(day) > 31 ? `2026-04-${String(Number(day) - 31).padStart(2, '0')}` : `2026-03-${day}`;
        await invoke('deadlines.create', { clientId, kind, title: '', dueOn });
      }
    }
    const window_ = await invoke<{ id: number }>('launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-05-01',
    });
    await invoke('launchWindows.enrol', { windowId: window_.id, clientIds });
    return { clientId: clientIds[0] as number, windowId: window_.id };
  });
}

export interface Screen {
  name: string;
  hash: (firm: SeededFirm) => string;
}

export const mainScreens: Screen[] = [
  { name: 'dashboard', hash: () => '#/dashboard' },
  { name: 'clients', hash: () => '#/clients' },
  { name: 'intake', hash: () => '#/clients/new' },
  { name: 'family', hash: (f) => `#/clients/${f.clientId}` },
  { name: 'edit-client', hash: (f) => `#/clients/${f.clientId}/edit` },
  { name: 'deadlines', hash: () => '#/deadlines' },
  { name: 'launch-windows', hash: () => '#/launch-windows' },
  { name: 'launch-window', hash: (f) => `#/launch-windows/${f.windowId}` },
  { name: 'launch-mode', hash: (f) => `#/launch-windows/${f.windowId}/launch` },
  { name: 'launch-report', hash: (f) => `#/launch-windows/${f.windowId}/report` },
  { name: 'import', hash: () => '#/import' },
  { name: 'settings', hash: () => '#/settings' },
];
