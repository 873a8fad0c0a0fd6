import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/audit/queries';
import type { OpenedDatabase } from '../../../db/open';
import type { AuditEntry, AuditExport, ChannelName, EventResult } from '../../../main/contract';
import { channelNames } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createH1bFamily } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const auditCount = () => database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

/** Channels that only read, or only choose who is working: everything else must leave an audit row. */
const READ_CHANNELS: ChannelName[] = [
  'app.info',
  'app.diagnostics',
  'session.get',
  'session.setUser',
  // A person's own language and theme: how the screen looks to them, not the firm's records.
  'preferences.update',
  'setup.complete',
  'clients.list',
  'clients.get',
  'clients.family',
  'people.findDuplicates',
  'applicationTypes.list',
  'deadlines.list',
  'deadlines.explain',
  'deadlines.dashboard',
  'dashboard.charts',
  'deadlines.dayCounts',
  'deadlines.exportIcs',
  'deadlines.rollForwardDefaults',
  'events.list',
  'reminders.preferences',
  'search.query',
  'audit.list',
  'audit.exportCsv',
  'app.checkData',
  'launchWindows.list',
  'launchWindows.get',
  'launchWindows.queue',
  'launchWindows.report',
  'launchWindows.confirmationNumberUse',
  'imports.preview',
];

/**
 * An import's staging rows are scratch data until commit: the commit is audited with the
 * import log; beginning, adding rows to and cancelling a batch write only to staging.
 */
const STAGING_CHANNELS: ChannelName[] = ['imports.begin', 'imports.addRows', 'imports.cancel'];

/** A launch rehearsal writes only to its throwaway copy: leaving no trace in the real data is its point. */
const REHEARSAL_CHANNELS: ChannelName[] = ['launchWindows.startRehearsal', 'launchWindows.finishRehearsal'];

/**
 * Backups copy the data file and restore replaces it whole with a verified copy (its safety
 * backup keeps what was replaced); their settings live in a file beside the database so the
 * recovery screen can read them when the database cannot be opened. The recovery channels only
 * answer while no database is open. None of them changes a record; "back up now", a settings
 * change and a restore are recorded in the trail all the same (tests/unit/api/backup-audit.test.ts).
 */
const DATA_FILE_CHANNELS: ChannelName[] = [
  'app.status',
  'backups.list',
  'backups.create',
  'backups.verify',
  'backups.restore',
  'backups.updateSettings',
  'recovery.retry',
  'recovery.restore',
  'recovery.useDataFolder',
];

describe('audit trail', () => {
  it('is append-only at the database level', () => {
    expect(() => database.sqlite.prepare("UPDATE audit_log SET note = 'rewritten'").run()).toThrow(
      /append-only/,
    );
    expect(() => database.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('records every write channel, in the same transaction as the change', async () => {
    const { principal, spouse, applications, owp } = await createH1bFamily(ctx);
    const app = applications[0] as { id: number; version: number };
    const family = await ok<{ applications: { checklist: { id: number }[] }[] }>(
      dispatch(ctx, 'clients.family', { id: principal.id }),
    );
    const itemId = family.applications[0]?.checklist[0]?.id;
    let deadlineVersion = 1;
    let eventResult: EventResult | undefined;
    let clientVersion = principal.version;
    let window = { id: 0, version: 0 };
    const later = { ...ctx, now: steppingClock('2040-01-01T00:00:00.000Z') };

    const steps: [ChannelName, () => Promise<unknown>][] = [
      ['users.create', () => ok(dispatch(ctx, 'users.create', { displayName: 'Sam', role: 'lawyer' }))],
      ['users.update', () => ok(dispatch(ctx, 'users.update', { id: 2, initials: 'SL' }))],
      ['users.archive', () => ok(dispatch(ctx, 'users.archive', { id: 2 }))],
      ['settings.update', () => ok(dispatch(ctx, 'settings.update', { retentionYears: 7 }))],
      ['clients.create', () => ok(dispatch(ctx, 'clients.create', { givenNames: 'Bo' }))],
      [
        'clients.update',
        async () =>
          (clientVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'clients.update', { id: principal.id, version: clientVersion, phone: '1' }),
            )
          ).version),
      ],
      [
        'dependants.create',
        () =>
          ok(
            dispatch(ctx, 'dependants.create', {
              clientId: principal.id,
              relationship: 'child',
              givenNames: 'Ifeoma',
            }),
          ),
      ],
      [
        'dependants.update',
        () => ok(dispatch(ctx, 'dependants.update', { id: spouse.id, version: 1, occupation: 'Nurse' })),
      ],
      [
        'dependants.markVerified',
        () =>
          ok(
            dispatch(ctx, 'dependants.markVerified', { id: spouse.id, version: 2, verifiedOn: '2026-03-01' }),
          ),
      ],
      [
        'dependants.archive',
        () => ok(dispatch(ctx, 'dependants.archive', { id: spouse.id, version: 3, reason: 'Divorced' })),
      ],
      [
        'applicationTypes.create',
        () => ok(dispatch(ctx, 'applicationTypes.create', { name: 'C10', jurisdiction: 'CA' })),
      ],
      [
        'applicationTypes.addTemplateItem',
        () =>
          ok(
            dispatch(ctx, 'applicationTypes.addTemplateItem', { applicationTypeId: owp.id, label: 'Letter' }),
          ),
      ],
      [
        'applications.create',
        () => ok(dispatch(ctx, 'applications.create', { clientId: principal.id, typeId: owp.id })),
      ],
      [
        'applications.update',
        () => ok(dispatch(ctx, 'applications.update', { id: app.id, version: 1, notes: 'Rush' })),
      ],
      [
        'applications.changeStage',
        () => ok(dispatch(ctx, 'applications.changeStage', { id: app.id, version: 2, stage: 'submitted' })),
      ],
      [
        'applications.changeGovernmentStatus',
        () =>
          ok(
            dispatch(ctx, 'applications.changeGovernmentStatus', {
              id: app.id,
              version: 3,
              status: 'Received',
            }),
          ),
      ],
      [
        'applications.archive',
        () => ok(dispatch(ctx, 'applications.archive', { id: app.id, version: 4, reason: 'Withdrawn' })),
      ],
      [
        'checklist.setState',
        () => ok(dispatch(ctx, 'checklist.setState', { id: itemId, state: 'verified' })),
      ],
      [
        'checklist.addItem',
        () => ok(dispatch(ctx, 'checklist.addItem', { applicationId: app.id, label: 'Extra' })),
      ],
      [
        'checklist.updateItem',
        () => ok(dispatch(ctx, 'checklist.updateItem', { id: itemId, note: 'Checked' })),
      ],
      [
        'deadlines.create',
        () =>
          ok(
            dispatch(ctx, 'deadlines.create', { clientId: principal.id, kind: 'other', dueOn: '2026-05-01' }),
          ),
      ],
      [
        'deadlines.update',
        async () =>
          (deadlineVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'deadlines.update', { id: 1, version: deadlineVersion, dueOn: '2026-05-02' }),
            )
          ).version),
      ],
      [
        'deadlines.snooze',
        async () =>
          (deadlineVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'deadlines.snooze', {
                id: 1,
                version: deadlineVersion,
                until: '2026-04-30T09:00:00-04:00',
              }),
            )
          ).version),
      ],
      [
        'deadlines.complete',
        async () =>
          (deadlineVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'deadlines.complete', { id: 1, version: deadlineVersion }),
            )
          ).version),
      ],
      [
        'deadlines.reopen',
        async () =>
          (deadlineVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'deadlines.reopen', { id: 1, version: deadlineVersion }),
            )
          ).version),
      ],
      [
        'deadlines.dismiss',
        () =>
          ok(dispatch(ctx, 'deadlines.dismiss', { id: 1, version: deadlineVersion, reason: 'Not needed' })),
      ],
      [
        'events.record',
        async () =>
          (eventResult = await ok<EventResult>(
            dispatch(ctx, 'events.record', {
              clientId: principal.id,
              kind: 'biometrics-letter',
              occurredOn: '2026-03-02',
              people: [null],
            }),
          )),
      ],
      [
        'events.update',
        async () =>
          (eventResult = await ok<EventResult>(
            dispatch(ctx, 'events.update', {
              id: eventResult?.event.id ?? 0,
              version: eventResult?.event.version ?? 0,
              details: { kind: 'biometrics-letter', occurredOn: '2026-03-03', people: [null] },
            }),
          )),
      ],
      [
        'deadlines.override',
        () =>
          ok(
            dispatch(ctx, 'deadlines.override', {
              id: eventResult?.deadlines[0]?.id ?? 0,
              version: eventResult?.deadlines[0]?.version ?? 0,
              date: '2026-03-20',
              reason: 'Appointment booked',
            }),
          ),
      ],
      [
        'reminders.updatePreferences',
        () => ok(dispatch(ctx, 'reminders.updatePreferences', { mode: 'digest' })),
      ],
      [
        'deadlines.updateRollForwardDefaults',
        () =>
          ok(dispatch(ctx, 'deadlines.updateRollForwardDefaults', { defaults: { 'ca-biometrics': 'none' } })),
      ],
      [
        'clients.archive',
        async () =>
          (clientVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'clients.archive', { id: principal.id, version: clientVersion, reason: 'Done' }),
            )
          ).version),
      ],
      [
        'clients.unarchive',
        async () =>
          (clientVersion = (
            await ok<{ version: number }>(
              dispatch(ctx, 'clients.unarchive', { id: principal.id, version: clientVersion }),
            )
          ).version),
      ],
      [
        'families.intake',
        () =>
          ok(
            dispatch(ctx, 'families.intake', {
              principal: { givenNames: 'Lena', applications: [{ typeId: owp.id }] },
              dependants: [{ relationship: 'child', givenNames: 'Mia' }],
            }),
          ),
      ],
      [
        'launchWindows.createFromTemplate',
        async () => {
          window = await ok<{ id: number; version: number }>(
            // Opened a month before the test clock's 2026-03-01, so submissions can be recorded.
            dispatch(ctx, 'launchWindows.createFromTemplate', {
              template: 'ca-owp-us-h1b-2023',
              opensOn: '2026-02-01',
            }),
          );
        },
      ],
      [
        'launchWindows.create',
        () =>
          ok(
            dispatch(ctx, 'launchWindows.create', {
              name: 'Next program',
              jurisdiction: 'CA',
              applicationTypeId: owp.id,
              opensOn: '2027-01-10',
              opensAtTime: '09:00',
              timeZone: 'America/Toronto',
            }),
          ),
      ],
      [
        'launchWindows.update',
        async () => {
          window = await ok(
            dispatch(ctx, 'launchWindows.update', { id: window.id, version: window.version, cap: 500 }),
          );
        },
      ],
      [
        'launchWindows.clone',
        () => ok(dispatch(ctx, 'launchWindows.clone', { id: window.id, name: 'Copy' })),
      ],
      [
        'launchWindows.updateReportedCount',
        () => ok(dispatch(ctx, 'launchWindows.updateReportedCount', { id: window.id, reportedCount: 12 })),
      ],
      [
        'launchWindows.enrol',
        () => ok(dispatch(ctx, 'launchWindows.enrol', { windowId: window.id, clientIds: [principal.id] })),
      ],
      [
        'launchWindows.recordSubmission',
        () =>
          ok(
            dispatch(ctx, 'launchWindows.recordSubmission', {
              windowId: window.id,
              clientId: principal.id,
              // Not every document is checked yet: recorded anyway, with the reason.
              members: [
                {
                  dependantId: null,
                  confirmationNumber: 'W300000001',
                  override: { reason: 'Documents checked on paper' },
                },
              ],
            }),
          ),
      ],
      [
        'launchWindows.correctSubmission',
        () =>
          ok(
            dispatch(ctx, 'launchWindows.correctSubmission', {
              windowId: window.id,
              clientId: principal.id,
              dependantId: null,
              version: 2,
              confirmationNumber: 'W300000002',
              reason: 'Typo',
            }),
          ),
      ],
      [
        'launchWindows.withdrawSubmission',
        () =>
          ok(
            dispatch(ctx, 'launchWindows.withdrawSubmission', {
              windowId: window.id,
              clientId: principal.id,
              dependantId: null,
              version: 3,
              reason: 'Recorded for the wrong family',
            }),
          ),
      ],
      [
        'launchWindows.setNotSubmittedReason',
        () =>
          ok(
            dispatch(ctx, 'launchWindows.setNotSubmittedReason', {
              windowId: window.id,
              clientId: principal.id,
              reason: 'Child born after the window',
            }),
          ),
      ],
      [
        'launchWindows.withdraw',
        () =>
          ok(
            dispatch(ctx, 'launchWindows.withdraw', {
              windowId: window.id,
              clientId: principal.id,
              reason: 'Client chose to wait',
            }),
          ),
      ],
      [
        'imports.commit',
        async () => {
          const batch = await ok<{ batchId: number }>(
            dispatch(ctx, 'imports.begin', { header: ['Family key', 'Relationship', 'Given names'] }),
          );
          await ok(
            dispatch(ctx, 'imports.addRows', {
              batchId: batch.batchId,
              rows: [{ rowNumber: 2, cells: ['F1', 'principal', 'Noor'] }],
            }),
          );
          return ok(dispatch(ctx, 'imports.commit', { batchId: batch.batchId, mode: 'all-or-nothing' }));
        },
      ],
      [
        'launchWindows.archive',
        async () => {
          const { version } = await ok<{ version: number }>(
            dispatch(ctx, 'launchWindows.get', { id: window.id }),
          );
          return ok(
            dispatch(ctx, 'launchWindows.archive', { id: window.id, version, reason: 'Program closed' }),
          );
        },
      ],
      [
        'clients.delete',
        async () => {
          await ok(
            dispatch(ctx, 'clients.archive', { id: principal.id, version: clientVersion, reason: 'Done' }),
          );
          // Deletion after retention is a lawyer's act: the working user becomes one.
          database.sqlite.prepare("UPDATE firm_users SET role = 'lawyer'").run();
          return ok(
            dispatch(later, 'clients.delete', {
              id: principal.id,
              reason: 'Retention over',
              confirmName: 'Okafor, Amara',
            }),
          );
        },
      ],
    ];

    const writeChannels = channelNames.filter(
      (c) =>
        !READ_CHANNELS.includes(c) &&
        !STAGING_CHANNELS.includes(c) &&
        !REHEARSAL_CHANNELS.includes(c) &&
        !DATA_FILE_CHANNELS.includes(c),
    );
    expect(steps.map(([channel]) => channel).sort()).toEqual([...writeChannels].sort());

    // Settings, retention and deletion are a lawyer's: the one working is a lawyer here, so every
    // write channel can be exercised by one author.
    database.sqlite.prepare("UPDATE firm_users SET role = 'lawyer'").run();
    for (const [channel, step] of steps) {
      const before = auditCount();
      await step();
      expect(auditCount(), channel).toBeGreaterThan(before);
    }
    const authors = database.sqlite.prepare('SELECT DISTINCT user_id FROM audit_log').pluck().all();
    expect(authors).toEqual([ctx.session.userId]);
  });

  it("lists a family's history newest first with who did it, and pages with beforeId", async () => {
    const { principal } = await createH1bFamily(ctx);
    const page = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { clientId: principal.id, limit: 5 }));
    expect(page).toHaveLength(5);
    expect(page[0]?.userName).toBe('Pat Paralegal');
    expect(page.map((e) => e.id)).toEqual([...page.map((e) => e.id)].sort((a, b) => b - a));
    const next = await ok<AuditEntry[]>(
      dispatch(ctx, 'audit.list', { clientId: principal.id, beforeId: page.at(-1)?.id, limit: 500 }),
    );
    expect(next.every((e) => e.id < (page.at(-1)?.id ?? 0))).toBe(true);
    expect(next.at(-1)).toMatchObject({ entity: 'client', action: 'create' });
  });

  it('exports CSV that re-parses to the same rows, with formula-like text defused', async () => {
    const { principal } = await createH1bFamily(ctx);
    await ok(
      dispatch(ctx, 'clients.archive', {
        id: principal.id,
        version: principal.version,
        reason: '=HYPERLINK("http://x")',
      }),
    );
    const exported = await ok<AuditExport>(dispatch(ctx, 'audit.exportCsv', { clientId: principal.id }));
    expect(exported.fileName).toMatch(/^caseport-audit-client-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    // Excel on Windows reads UTF-8 (accented names) only with the byte-order mark.
    expect(exported.csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(exported.csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(exported.rows);
    // The values as the audit queries open them (a family's are stored sealed with its key).
    const stored = listAudit(database.db, { clientId: principal.id }, 10_000)
      .reverse()
      .map((entry) => ({ id: entry.id, action: entry.action, changes: JSON.stringify(entry.changes) }));
    expect(parsed.data.map((r) => [Number(r.id), r.action, r.changes])).toEqual(
      stored.map((s) => [s.id, s.action, s.changes]),
    );
    expect(parsed.data.at(-1)?.note).toBe(`'=HYPERLINK("http://x")`);
  });
});
