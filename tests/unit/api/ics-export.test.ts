import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Deadline, IcsExport } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
afterEach(() => database.sqlite.close());

const labels = {
  calendarName: 'Caseport deadlines',
  kinds: { 'grace-period': 'Grace period ends', other: 'Other' },
  fields: { person: 'Person', family: 'Family', reminders: 'Reminders (days before)' },
};

/** The file as a calendar program reads it (ical.js), not as our own writer meant it. */
function events(file: IcsExport) {
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      alarms: vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
}

describe('calendar export', () => {
  it('exports what was chosen (everything, or one family), each event described, its lead times as alarms', async () => {
    database = openTestDatabase();
    ctx = testContext(database, steppingClock('2026-03-16T14:00:00.000Z'));
    await setUpFirm(ctx);
    const farah = await createClient(ctx, { givenNames: 'Farah', familyName: 'Haddad' });
    const bo = await createClient(ctx, { givenNames: 'Bo', familyName: 'Chen' });
    await ok<Deadline>(
      dispatch(ctx, 'deadlines.create', {
        clientId: farah.id,
        kind: 'grace-period',
        dueOn: '2026-04-27',
        notes: 'Employment ended 26 Feb',
        leadTimes: [14, 7, 1],
      }),
    );
    await ok<Deadline>(
      dispatch(ctx, 'deadlines.create', {
        clientId: bo.id,
        kind: 'other',
        title: 'Send photos',
        dueOn: '2026-05-01',
      }),
    );

    const all = await ok<IcsExport>(dispatch(ctx, 'deadlines.exportIcs', { labels }));
    expect(all.count).toBe(2);
    const [grace, photos] = events(all);
    expect(grace?.summary).toBe('Grace period ends – Farah Haddad');
    expect(grace?.start).toBe('2026-04-27');
    expect(grace?.description).toContain('Person: Farah Haddad');
    expect(grace?.description).toContain('Family: Haddad, Farah');
    expect(grace?.description).toContain('Employment ended 26 Feb');
    expect(grace?.description).toContain('Reminders (days before): 14, 7, 1');
    // One alarm per lead time, at 09:00 on the lead day (all-day event: -P<n>D + 9 hours).
    expect(grace?.alarms).toEqual(['-P13DT15H', '-P6DT15H', '-PT15H']);
    expect(photos?.summary).toBe('Send photos – Bo Chen');
    expect(photos?.description).toContain('Kind: Other');
    // The firm's lead times for the kind when the deadline has none of its own: still alarms.
    expect(photos?.alarms.length).toBeGreaterThan(0);

    const family = await ok<IcsExport>(dispatch(ctx, 'deadlines.exportIcs', { clientId: bo.id, labels }));
    expect(family.fileName).toMatch(new RegExp(`^caseport-deadlines-client-${bo.id}-2026-03-16\\.ics$`));
    expect(events(family).map((e) => e.summary)).toEqual(['Send photos – Bo Chen']);
  });
});
