import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Deadline } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { notificationText } from '../../../main/reminders/notification-text';
import { ReminderRunner, type ShownNotification } from '../../../main/reminders/runner';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

async function notificationsAt(iso: string, systemLocale: string): Promise<ShownNotification[]> {
  const shown: ShownNotification[] = [];
  await new ReminderRunner({
    db: database.db,
    clock: { now: () => Date.parse(iso) },
    show: (n) => {
      shown.push(n);
    },
    systemLocale,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
  }).runOnce();
  return shown;
}

describe('reminder notifications in the language of the person working', () => {
  it('speak French when that person chose fr-CA, whatever the computer says', async () => {
    await ok(dispatch(ctx, 'preferences.update', { locale: 'fr-CA' }));
    const client = await createClient(ctx, { givenNames: 'Élodie', familyName: 'Durand' });
    await ok<Deadline>(
      dispatch(ctx, 'deadlines.create', {
        clientId: client.id,
        kind: 'biometrics',
        title: '',
        dueOn: '2026-03-10',
      }),
    );
    const [shown] = await notificationsAt('2026-03-01T14:00:00Z', 'en-US');
    expect(shown?.title).toBe('Échéance : Données biométriques – Élodie Durand');
    expect(shown?.body).toBe('Dû dans 9 jours, le 10 mars 2026.');
  });

  it("follow the computer's language for someone who left it on 'system'", async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    await ok<Deadline>(
      dispatch(ctx, 'deadlines.create', {
        clientId: client.id,
        kind: 'biometrics',
        title: '',
        dueOn: '2026-03-10',
      }),
    );
    const [french] = await notificationsAt('2026-03-01T14:00:00Z', 'fr-FR');
    expect(french?.title).toBe('Échéance : Données biométriques – Amara Okafor');
  });
});

describe('notificationText', () => {
  it('falls back to the _other form for a plural category the catalogue lacks (French "many")', () => {
    const text = notificationText(
      { key: 'deadlineReminders.notification.digestTitle', values: { count: 1_000_000 } },
      'fr-CA',
    );
    expect(text).toBe('1000000 échéances demandent votre attention');
  });

  it('keeps English for an English locale', () => {
    expect(
      notificationText(
        { key: 'deadlineReminders.notification.dueTodayBody', values: { dueDate: '2026-03-16' } },
        'en-CA',
      ),
    ).toBe('Due today (Mar 16, 2026).');
  });
});
