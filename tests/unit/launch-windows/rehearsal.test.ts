import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  ImportBatch,
  ImportResult,
  LaunchQueue,
  LaunchWindow,
  Rehearsal,
  RehearsalReport,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { closeAllRehearsals, timingReport } from '../../../main/launch-windows/rehearsal';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * A dress rehearsal of a launch: same families, same queue, numbers typed for real, on a copy.
 * The real database file must come out byte-for-byte as it went in.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
let clock: number;
beforeEach(async () => {
  database = openTestDatabase();
  // A clock the test moves by hand: each family takes as long as the test says it does.
  clock = Date.parse('2026-03-10T12:00:00.000Z');
  ctx = { ...testContext(database), now: () => new Date(clock) };
  await setUpFirm(ctx);
});
afterEach(() => {
  closeAllRehearsals();
  database.sqlite.close();
});

const HEADER = [
  'Family',
  'Relationship',
  'Given names',
  'Surname',
  'Date of birth',
  'Country of residence',
  'Passport number',
  'Passport country',
  'Passport expiry',
  'Status',
  'Status country',
  'Status valid to',
  'Last verified',
];

/** 50 families of a principal and a spouse, through the import channels as the screen sends them. */
async function importFamilies(windowId: number): Promise<ImportResult> {
  const rows: string[][] = [];
  for (let i = 1; i <= 50; i++) {
    const key = `F${String(i).padStart(3, '0')}`;
    rows.push([
      key,
      'principal',
      `Given${i}`,
      `Álvarez${i}`,
      '1985-01-01',
      'US',
      `P${i}00`,
      'IN',
      '2031-01-01',
      'H-1B',
      'US',
      '2028-01-01',
      '',
    ]);
    rows.push([
      key,
      'spouse',
      `Spouse${i}`,
      `Álvarez${i}`,
      '1986-01-01',
      'US',
      `P${i}01`,
      'IN',
      '2031-01-01',
      'H-4',
      'US',
      '2028-01-01',
      '2026-03-01',
    ]);
  }
  const batch = await ok<ImportBatch>(
    dispatch(ctx, 'imports.begin', { fileName: 'families.csv', header: HEADER }),
  );
  await ok(
    dispatch(ctx, 'imports.addRows', {
      batchId: batch.batchId,
      rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })),
    }),
  );
  return ok<ImportResult>(
    dispatch(ctx, 'imports.commit', {
      batchId: batch.batchId,
      mode: 'all-or-nothing',
      enrolInWindowId: windowId,
    }),
  );
}

/** The real file and its write-ahead log: what "the firm's data" is on disk. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [database.file, `${database.file}-wal`])
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
  return hash.digest('hex');
}

describe('a rehearsal of 50 imported families', () => {
  it('works the whole queue on a copy, leaves the real database byte-for-byte unchanged, and reports its timing', async () => {
    const window = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.createFromTemplate', {
        template: 'ca-owp-us-h1b-2023',
        opensOn: '2026-04-05',
      }),
    );
    const imported = await importFamilies(window.id);
    expect(imported.familiesCreated).toBe(50);
    expect(imported.enrolment?.enrolled).toBe(50);
    const realQueue = await ok<LaunchQueue>(dispatch(ctx, 'launchWindows.queue', { windowId: window.id }));
    const untouched = fingerprint();

    const rehearsal = await ok<Rehearsal>(
      dispatch(ctx, 'launchWindows.startRehearsal', { windowId: window.id }),
    );
    // The copy's countdown starts a minute from now, whatever the real window says.
    expect(Date.parse(rehearsal.opensAt) - clock).toBe(60_000);
    clock += 60_000;
    const copy = await ok<LaunchQueue>(
      dispatch(ctx, 'launchWindows.queue', { windowId: window.id, rehearsalId: rehearsal.id }),
    );
    expect(copy.rehearsal?.id).toBe(rehearsal.id);
    expect(copy.families.map((f) => f.clientId)).toEqual(realQueue.families.map((f) => f.clientId));

    // Nobody checked documents: every member is recorded with a reason, as a rushed team would.
    for (const [index, family] of copy.families.entries()) {
      clock += index === 7 ? 95_000 : 20_000;
      await ok(
        dispatch(ctx, 'launchWindows.recordSubmission', {
          windowId: window.id,
          clientId: family.clientId,
          rehearsalId: rehearsal.id,
          members: family.members.map((m, n) => ({
            dependantId: m.dependantId,
            confirmationNumber: `W30${String(index).padStart(4, '0')}${n}`,
            override: { reason: 'Rehearsal: documents on paper' },
          })),
        }),
      );
    }
    const worked = await ok<LaunchQueue>(
      dispatch(ctx, 'launchWindows.queue', { windowId: window.id, rehearsalId: rehearsal.id }),
    );
    expect(worked.counts.submitted).toBe(50);

    const report = await ok<RehearsalReport>(
      dispatch(ctx, 'launchWindows.finishRehearsal', { rehearsalId: rehearsal.id }),
    );
    console.log(
      `Rehearsal: ${report.familiesRecorded} families, ${report.membersRecorded} people in ${Math.round(report.workedMs / 1000)} s; ${report.familiesPerHour} families per hour; slowest ${report.slowest?.name} (${Math.round((report.slowest?.ms ?? 0) / 1000)} s); blockers met: ${report.blockersMet.map((b) => `${b.code} ×${b.count}`).join(', ')}`,
    );
    expect(report).toMatchObject({ familiesRecorded: 50, membersRecorded: 100, overrides: 100 });
    // 49 families at 20 s and one at 95 s: 1,075 s for 50 families.
    expect(report.workedMs).toBe(1_075_000);
    expect(report.familiesPerHour).toBe(Math.round((50 * 3600) / 1075));
    expect(report.slowest).toMatchObject({ clientId: copy.families[7]?.clientId, ms: 95_000 });
    expect(report.blockersMet[0]).toMatchObject({ code: 'documentMissing' });

    // The real data saw none of it, to the byte; the copy is gone.
    expect(fingerprint()).toBe(untouched);
    const real = await ok<LaunchQueue>(dispatch(ctx, 'launchWindows.queue', { windowId: window.id }));
    expect(real.counts.submitted).toBe(0);
    const ended = await dispatch(ctx, 'launchWindows.queue', {
      windowId: window.id,
      rehearsalId: rehearsal.id,
    });
    expect(ended).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the timing report', () => {
  it('starts the clock at the start when numbers were typed before the copy opened', () => {
    const report = timingReport(
      {
        windowId: 1,
        startedAt: '2026-03-10T12:00:00.000Z',
        opensAt: '2026-03-10T12:01:00.000Z',
        log: [
          {
            clientId: 1,
            name: 'A',
            at: Date.parse('2026-03-10T12:00:30.000Z'),
            members: 2,
            blockers: [],
            overrides: 0,
          },
          {
            clientId: 2,
            name: 'B',
            at: Date.parse('2026-03-10T12:02:30.000Z'),
            members: 1,
            blockers: ['passportTooShort'],
            overrides: 1,
          },
        ],
      },
      new Date('2026-03-10T12:05:00.000Z'),
    );
    expect(report).toMatchObject({
      familiesRecorded: 2,
      membersRecorded: 3,
      workedMs: 150_000,
      familiesPerHour: 48,
      slowest: { clientId: 2, ms: 120_000 },
      blockersMet: [{ code: 'passportTooShort', count: 1 }],
      overrides: 1,
    });
  });

  it('reports nothing worked as zero, not as a division by zero', () => {
    const report = timingReport(
      { windowId: 1, startedAt: '2026-03-10T12:00:00.000Z', opensAt: '2026-03-10T12:01:00.000Z', log: [] },
      new Date('2026-03-10T12:05:00.000Z'),
    );
    expect(report).toMatchObject({ familiesRecorded: 0, familiesPerHour: 0, slowest: null });
  });
});
