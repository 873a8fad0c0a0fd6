import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  ChannelName,
  Client,
  Deadline,
  EnrolmentResult,
  EventResult,
  Family,
  LaunchWindow,
  RollForwardDefaults,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { runDeadlineUpkeep } from '../../../main/deadlines/upkeep';
import { closeAllRehearsals } from '../../../main/launch-windows/rehearsal';
import { eligibleFamily, enrol, verifyAllDocuments } from '../launch-windows/launch-support';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * A closed client file is read-only until it is reopened (main/clients/closed-file.ts): every
 * channel that writes to a family answers CLOSED and leaves every byte of every table as it was;
 * reopening makes the same calls succeed.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
let now = Date.parse('2026-03-10T12:00:00.000Z');
beforeEach(async () => {
  now = Date.parse('2026-03-10T12:00:00.000Z');
  database = openTestDatabase();
  // Each call one second later, from wherever the test set the clock.
  ctx = testContext(database, () => {
    now += 1000;
    return new Date(now);
  });
  await setUpFirm(ctx);
});
afterEach(() => {
  closeAllRehearsals();
  database.sqlite.close();
});

const row = <T>(sql: string, ...params: unknown[]) => database.sqlite.prepare(sql).get(...params) as T;
const versionOf = (table: string, id: number) =>
  row<{ version: number }>(`SELECT version FROM ${table} WHERE id = ?`, id).version;
const clientVersion = (id: number) => versionOf('clients', id);

/** Every table's every row (the search index's own segments aside), hashed. */
function fingerprint(): string {
  const tables = database.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'people_search_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables)
    hash.update(JSON.stringify(database.sqlite.prepare(`SELECT * FROM "${table}"`).raw().all()));
  return hash.digest('hex');
}

/**
 * A family with something behind every write channel: people with passports, applications with
 * checklists, an event with its rule deadlines, hand-entered deadlines (one already done), and an
 * enrolment in an open launch window with the principal's filing recorded.
 */
async function busyFamily() {
  const window = await ok<LaunchWindow>(
    dispatch(ctx, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-03-15',
    }),
  );
  const { client, spouse, child } = await eligibleFamily(ctx, 'Adams', 1);
  await enrol(ctx, window, [client.id]);
  await verifyAllDocuments(ctx, window, client.id);
  const event = await ok<EventResult>(
    dispatch(ctx, 'events.record', {
      clientId: client.id,
      kind: 'employment-ended',
      occurredOn: '2026-03-12',
    }),
  );
  const manual = [];
  for (const title of ['Complete me', 'Dismiss me', 'Snooze me', 'Reopen me', 'Edit me'])
    manual.push(
      await ok<Deadline>(
        dispatch(ctx, 'deadlines.create', { clientId: client.id, kind: 'other', title, dueOn: '2026-06-01' }),
      ),
    );
  const done = manual[3] as Deadline;
  await ok(dispatch(ctx, 'deadlines.complete', { id: done.id, version: done.version }));
  // The window opens at midnight on 15 March in Toronto (04:00 UTC).
  now = Date.parse('2026-03-15T04:30:00.000Z');
  await ok(
    dispatch(ctx, 'launchWindows.recordSubmission', {
      windowId: window.id,
      clientId: client.id,
      members: [{ dependantId: null, confirmationNumber: 'W307000001' }],
    }),
  );
  const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: client.id }));
  const applicationOf = (dependantId: number | null) =>
    family.applications.find((a) => a.dependantId === dependantId) as Family['applications'][number];
  return {
    window,
    client,
    spouse,
    child,
    event: event.event,
    ruleDeadline: event.deadlines[0] as Deadline,
    manual: manual as [Deadline, Deadline, Deadline, Deadline, Deadline],
    principalApp: applicationOf(null),
    childApp: applicationOf(child.id),
  };
}

type Busy = Awaited<ReturnType<typeof busyFamily>>;
type Call = [ChannelName, (f: Busy) => unknown];

const filingVersion = (clientId: number) =>
  row<{ version: number }>(
    'SELECT version FROM launch_window_submissions WHERE client_id = ? AND dependant_id IS NULL',
    clientId,
  ).version;

/** Every refused channel with a payload that succeeds once the file is open (proved below). */
const refused: Call[] = [
  ['clients.update', (f) => ({ id: f.client.id, version: clientVersion(f.client.id), passports: [] })],
  [
    'dependants.create',
    (f) => ({ clientId: f.client.id, relationship: 'child', givenNames: 'Late', familyName: 'Adams' }),
  ],
  [
    'dependants.update',
    (f) => ({ id: f.spouse.id, version: versionOf('dependants', f.spouse.id), occupation: 'Nurse' }),
  ],
  [
    'dependants.markVerified',
    (f) => ({ id: f.spouse.id, version: versionOf('dependants', f.spouse.id), verifiedOn: '2026-03-14' }),
  ],
  [
    'applications.create',
    (f) => ({ clientId: f.client.id, dependantId: null, typeId: f.principalApp.typeId }),
  ],
  [
    'applications.update',
    (f) => ({ id: f.principalApp.id, version: versionOf('applications', f.principalApp.id), notes: 'x' }),
  ],
  [
    'applications.changeStage',
    (f) => ({
      id: f.principalApp.id,
      version: versionOf('applications', f.principalApp.id),
      stage: 'decided',
    }),
  ],
  [
    'applications.changeGovernmentStatus',
    (f) => ({
      id: f.principalApp.id,
      version: versionOf('applications', f.principalApp.id),
      status: 'Case Was Approved',
    }),
  ],
  ['checklist.setState', (f) => ({ id: f.principalApp.checklist[0]?.id, state: 'missing' })],
  ['checklist.updateItem', (f) => ({ id: f.principalApp.checklist[1]?.id, note: 'asked again' })],
  ['checklist.addItem', (f) => ({ applicationId: f.principalApp.id, label: 'Extra letter' })],
  ['deadlines.create', (f) => ({ clientId: f.client.id, kind: 'other', title: 'New', dueOn: '2026-07-01' })],
  [
    'deadlines.update',
    (f) => ({ id: f.manual[4].id, version: versionOf('deadlines', f.manual[4].id), title: 'Edited' }),
  ],
  ['deadlines.complete', (f) => ({ id: f.manual[0].id, version: versionOf('deadlines', f.manual[0].id) })],
  [
    'deadlines.dismiss',
    (f) => ({ id: f.manual[1].id, version: versionOf('deadlines', f.manual[1].id), reason: 'Not needed' }),
  ],
  [
    'deadlines.snooze',
    (f) => ({
      id: f.manual[2].id,
      version: versionOf('deadlines', f.manual[2].id),
      until: new Date(now + 86_400_000).toISOString(),
    }),
  ],
  ['deadlines.reopen', (f) => ({ id: f.manual[3].id, version: versionOf('deadlines', f.manual[3].id) })],
  [
    'deadlines.override',
    (f) => ({
      id: f.ruleDeadline.id,
      version: versionOf('deadlines', f.ruleDeadline.id),
      date: '2026-05-01',
      reason: 'Lawyer decided',
    }),
  ],
  ['events.record', (f) => ({ clientId: f.client.id, kind: 'employment-ended', occurredOn: '2026-03-13' })],
  [
    'events.update',
    (f) => ({
      id: f.event.id,
      version: versionOf('case_events', f.event.id),
      details: { kind: 'employment-ended', occurredOn: '2026-03-11' },
    }),
  ],
  [
    'launchWindows.recordSubmission',
    (f) => ({
      windowId: f.window.id,
      clientId: f.client.id,
      members: [{ dependantId: f.spouse.id, confirmationNumber: 'W307000002' }],
    }),
  ],
  [
    'launchWindows.correctSubmission',
    (f) => ({
      windowId: f.window.id,
      clientId: f.client.id,
      dependantId: null,
      version: filingVersion(f.client.id),
      confirmationNumber: 'W307000011',
      reason: 'Typed 01 for 11',
    }),
  ],
  [
    'launchWindows.withdrawSubmission',
    (f) => ({
      windowId: f.window.id,
      clientId: f.client.id,
      dependantId: null,
      version: filingVersion(f.client.id),
      reason: 'Recorded by mistake',
    }),
  ],
  [
    'launchWindows.setNotSubmittedReason',
    (f) => ({ windowId: f.window.id, clientId: f.client.id, reason: 'Client withdrew' }),
  ],
  [
    'applications.archive',
    (f) => ({ id: f.childApp.id, version: versionOf('applications', f.childApp.id), reason: 'Not filing' }),
  ],
  [
    'dependants.archive',
    (f) => ({ id: f.child.id, version: versionOf('dependants', f.child.id), reason: 'Aged out' }),
  ],
  ['launchWindows.withdraw', (f) => ({ windowId: f.window.id, clientId: f.client.id, reason: 'Left' })],
];

async function closeFile(clientId: number, reason = 'Matter finished') {
  return ok<Client>(
    dispatch(ctx, 'clients.archive', { id: clientId, version: clientVersion(clientId), reason }),
  );
}

describe('a closed file is read-only until it is reopened', () => {
  it('refuses every write channel with CLOSED and changes no byte; reopened, the same calls succeed', async () => {
    const family = await busyFamily();
    await closeFile(family.client.id);
    const passports = () =>
      database.sqlite
        .prepare('SELECT * FROM passports WHERE client_id = ? ORDER BY id')
        .all(family.client.id);
    const passportsBefore = passports();
    expect(passportsBefore).toHaveLength(3);

    const before = fingerprint();
    for (const [channel, payload] of [
      ...refused,
      // Closing again would rewrite the reason of the closed record.
      [
        'clients.archive',
        (f: Busy) => ({ id: f.client.id, version: clientVersion(f.client.id), reason: 'Again' }),
      ],
    ] as Call[]) {
      const result = await dispatch(ctx, channel, payload(family));
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'CLOSED' } });
      if (!result.ok) expect(result.error.message).toMatch(/closed.*Reopen the file to change it/);
      expect(fingerprint(), `${channel} refused but wrote`).toBe(before);
    }
    // The headline case: an empty passport list on a closed file deleted every passport.
    expect(passports()).toEqual(passportsBefore);

    await ok(
      dispatch(ctx, 'clients.unarchive', { id: family.client.id, version: clientVersion(family.client.id) }),
    );
    for (const [channel, payload] of refused) {
      const result = await dispatch(ctx, channel, payload(family));
      expect(result, `${channel} after reopening: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
    }
    expect(passports().filter((p) => (p as { dependant_id: number | null }).dependant_id === null)).toEqual(
      [],
    );
  });

  it('enrolling a closed family in a window skips it and writes nothing for it', async () => {
    const window = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.createFromTemplate', {
        template: 'ca-owp-us-h1b-2023',
        opensOn: '2026-03-15',
      }),
    );
    const { client } = await eligibleFamily(ctx, 'Baker', 2);
    await closeFile(client.id);
    const before = fingerprint();
    const result = await ok<EnrolmentResult>(
      dispatch(ctx, 'launchWindows.enrol', { windowId: window.id, clientIds: [client.id] }),
    );
    expect(result.families).toEqual([expect.objectContaining({ clientId: client.id, outcome: 'archived' })]);
    expect(fingerprint()).toBe(before);
  });

  it('still reads, exports and searches a closed file', async () => {
    const { client } = await eligibleFamily(ctx, 'Chen', 3);
    await closeFile(client.id);
    for (const [channel, payload] of [
      ['clients.get', { id: client.id }],
      ['clients.family', { id: client.id }],
      ['events.list', { clientId: client.id }],
      ['deadlines.list', { clientId: client.id }],
      ['audit.list', { clientId: client.id }],
      ['search.query', { text: 'Chen' }],
    ] as [ChannelName, unknown][])
      expect(await dispatch(ctx, channel, payload), channel).toMatchObject({ ok: true });
  });
});

describe('background and firm-wide work leaves closed files as they were closed', () => {
  const restoration = async (clientId: number) =>
    (await ok<Family>(dispatch(ctx, 'clients.family', { id: clientId }))).deadlines.filter(
      (d) => d.ruleId === 'ca-restoration',
    );

  it('upkeep adds no restoration deadline to a closed file; reopening catches up', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-04-15' }],
    });
    await closeFile(client.id);
    const deadlinesBefore = database.sqlite.prepare('SELECT * FROM deadlines').all();
    now = Date.parse('2026-05-02T13:00:00Z');
    expect(await runDeadlineUpkeep({ ...ctx, appVersion: '9.9.9' })).toEqual({
      deadlinesRestated: 0,
      permitsCaughtUp: 0,
    });
    expect(database.sqlite.prepare('SELECT * FROM deadlines').all()).toEqual(deadlinesBefore);

    await ok(dispatch(ctx, 'clients.unarchive', { id: client.id, version: clientVersion(client.id) }));
    expect((await restoration(client.id)).map((d) => d.dueOn)).toEqual(['2026-07-14']);
  });

  it('a changed firm roll-forward default moves no date of a closed file; reopening restates it', async () => {
    now = Date.parse('2026-03-16T14:00:00.000Z');
    await ok(dispatch(ctx, 'settings.update', { province: 'ON' }));
    const open = await createClient(ctx, { givenNames: 'Open', dateOfBirth: '1991-02-10' });
    const closed = await createClient(ctx, { givenNames: 'Closed', dateOfBirth: '1991-02-10' });
    for (const clientId of [open.id, closed.id])
      await ok(
        dispatch(ctx, 'events.record', {
          clientId,
          kind: 'biometrics-letter',
          occurredOn: '2026-04-18',
          people: [null],
        }),
      );
    await closeFile(closed.id);
    const dueOf = (clientId: number) =>
      row<{ due_on: string }>(
        "SELECT due_on FROM deadlines WHERE client_id = ? AND rule_id = 'ca-biometrics'",
        clientId,
      ).due_on;
    // Victoria Day (18 May 2026) rolls the letter's 30 days to the 19th.
    expect(dueOf(closed.id)).toBe('2026-05-19');
    const saved = await ok<RollForwardDefaults>(
      dispatch(ctx, 'deadlines.updateRollForwardDefaults', { defaults: { 'ca-biometrics': 'none' } }),
    );
    expect(saved.recomputed).toBe(1);
    expect(dueOf(open.id)).toBe('2026-05-18');
    expect(dueOf(closed.id)).toBe('2026-05-19');

    await ok(dispatch(ctx, 'clients.unarchive', { id: closed.id, version: clientVersion(closed.id) }));
    expect(dueOf(closed.id)).toBe('2026-05-18');
  });
});
