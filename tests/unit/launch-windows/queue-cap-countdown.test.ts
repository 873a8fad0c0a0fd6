import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CountedSubmission,
  capStatus,
  countdown,
  orderQueue,
  QUEUE_STATES,
  type QueueEntry,
  queueState,
} from '../../../main/domain/launch-windows';

describe('queue order', () => {
  it('puts started families first, then ready, then blocked by score, submitted last; ties by enrolment', () => {
    const entries: (QueueEntry & { name: string })[] = [
      { name: 'blocked-40', state: 'blocked', score: 40, enrolledOrder: 1 },
      { name: 'submitted', state: 'submitted', score: 100, enrolledOrder: 2 },
      { name: 'ready-late', state: 'ready', score: 100, enrolledOrder: 9 },
      { name: 'blocked-90', state: 'blocked', score: 90, enrolledOrder: 3 },
      { name: 'ready-early', state: 'ready', score: 100, enrolledOrder: 4 },
      { name: 'in-progress', state: 'in-progress', score: 70, enrolledOrder: 5 },
      { name: 'blocked-90-late', state: 'blocked', score: 90, enrolledOrder: 8 },
    ];
    expect(orderQueue(entries).map((e) => e.name)).toEqual([
      'in-progress',
      'ready-early',
      'ready-late',
      'blocked-90',
      'blocked-90-late',
      'blocked-40',
      'submitted',
    ]);
  });

  it.each([
    [{ ready: true, eligible: true, membersSubmitted: 0, members: 4 }, 'ready'],
    [{ ready: false, eligible: true, membersSubmitted: 0, members: 4 }, 'blocked'],
    [{ ready: false, eligible: false, membersSubmitted: 0, members: 4 }, 'ineligible'],
    [{ ready: true, eligible: true, membersSubmitted: 1, members: 4 }, 'in-progress'],
    [{ ready: false, eligible: false, membersSubmitted: 1, members: 4 }, 'in-progress'],
    [{ ready: false, eligible: true, membersSubmitted: 4, members: 4 }, 'submitted'],
  ] as const)('%o is %s', (family, state) => {
    expect(queueState(family)).toBe(state);
  });

  const entry = fc.record({
    state: fc.constantFrom(...QUEUE_STATES),
    score: fc.integer({ min: 0, max: 100 }),
    enrolledOrder: fc.integer({ min: 1, max: 1_000_000 }),
  });

  it('gives the same order whatever order the families arrive in, with ready never after blocked', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.enrolledOrder, maxLength: 40 }), (entries) => {
        const ordered = orderQueue(entries);
        expect(orderQueue([...entries].reverse())).toEqual(ordered);
        const firstBlocked = ordered.findIndex((e) => e.state === 'blocked');
        const lastReady = ordered.findLastIndex((e) => e.state === 'ready');
        if (firstBlocked >= 0 && lastReady >= 0) expect(lastReady).toBeLessThan(firstBlocked);
        // Ineligible families wait below every family that paperwork can still make ready.
        const firstIneligible = ordered.findIndex((e) => e.state === 'ineligible');
        const lastWorkable = ordered.findLastIndex(
          (e) => e.state !== 'ineligible' && e.state !== 'submitted',
        );
        if (firstIneligible >= 0 && lastWorkable >= 0) expect(lastWorkable).toBeLessThan(firstIneligible);
      }),
    );
  });
});

describe('cap arithmetic', () => {
  const principal = (at: string): CountedSubmission => ({ principal: true, submittedAt: at });
  const member = (at: string): CountedSubmission => ({ principal: false, submittedAt: at });
  const ours = [
    principal('2023-07-16T14:00:00Z'),
    member('2023-07-16T14:01:00Z'),
    principal('2023-07-16T16:00:00Z'),
  ];

  it('counts only principals when the program says so (2023), everyone otherwise', () => {
    const base = { cap: 10_000, reportedCount: null, reportedAt: null };
    expect(capStatus({ ...base, countsToward: 'principals' }, ours)).toMatchObject({
      ourSubmissions: 2,
      estimatedUsed: 2,
      remaining: 9998,
    });
    expect(capStatus({ ...base, countsToward: 'all' }, ours)).toMatchObject({
      ourSubmissions: 3,
      remaining: 9997,
    });
  });

  it('adds our submissions made after the government report to the reported figure', () => {
    const status = capStatus(
      { cap: 10_000, countsToward: 'principals', reportedCount: 6000, reportedAt: '2023-07-16T15:00:00Z' },
      ours,
    );
    expect(status).toMatchObject({
      ourSubmissionsSinceReport: 1,
      estimatedUsed: 6001,
      remaining: 3999,
      reached: false,
    });
  });

  it('never goes negative and says the cap is reached', () => {
    const status = capStatus(
      { cap: 10_000, countsToward: 'principals', reportedCount: 10_250, reportedAt: '2023-07-17T09:00:00Z' },
      ours,
    );
    expect(status).toMatchObject({ remaining: 0, reached: true });
  });

  it('has no remaining figure without a cap', () => {
    expect(
      capStatus({ cap: null, countsToward: 'all', reportedCount: 5, reportedAt: null }, ours),
    ).toMatchObject({
      remaining: null,
      reached: false,
    });
  });

  it('keeps remaining between 0 and the cap, and never above our own count allows', () => {
    const submission = fc.record({
      principal: fc.boolean(),
      submittedAt: fc
        .integer({ min: 1_689_000_000_000, max: 1_690_000_000_000 })
        .map((ms) => new Date(ms).toISOString()),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.integer({ min: 0, max: 80 })),
        fc.array(submission, { maxLength: 60 }),
        fc.constantFrom('principals' as const, 'all' as const),
        (cap, reportedCount, subs, countsToward) => {
          const status = capStatus(
            {
              cap,
              countsToward,
              reportedCount,
              reportedAt: reportedCount === null ? null : '2023-07-16T12:00:00Z',
            },
            subs,
          );
          const remaining = status.remaining as number;
          expect(remaining).toBeGreaterThanOrEqual(0);
          expect(remaining).toBeLessThanOrEqual(cap);
          expect(remaining).toBeLessThanOrEqual(Math.max(0, cap - status.ourSubmissions));
          // One more submission of ours never frees a place.
          const more = capStatus(
            {
              cap,
              countsToward,
              reportedCount,
              reportedAt: reportedCount === null ? null : '2023-07-16T12:00:00Z',
            },
            [...subs, { principal: true, submittedAt: '2023-07-18T00:00:00Z' }],
          );
          expect(more.remaining as number).toBeLessThanOrEqual(remaining);
        },
      ),
    );
  });
});

describe('countdown in the window time zone', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });
  // 2023 program: Sunday 16 July 2023, 00:00 in Toronto (EDT, UTC-4).
  const window2023 = { opensAt: '2023-07-16T04:00:00.000Z', closesAt: null, timeZone: 'America/Toronto' };

  it.each(['Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])(
    'reads the opening as Sunday 16 July 00:00 Toronto time on a machine set to %s',
    (machineZone) => {
      process.env.TZ = machineZone;
      const result = countdown(window2023, Date.parse('2023-07-15T20:30:15Z'));
      expect(result.phase).toBe('before-opening');
      expect(result.opens).toEqual({ date: '2023-07-16', time: '00:00', weekday: 0, utcOffsetMinutes: -240 });
      expect(result.now).toMatchObject({ date: '2023-07-15', time: '16:30', weekday: 6 });
      expect(result.untilOpening).toMatchObject({ days: 0, hours: 7, minutes: 29, seconds: 45 });
      expect(result.sinceOpening.totalMs).toBe(0);
    },
  );

  it('counts elapsed time after opening, and stops at the closing time', () => {
    const window = { ...window2023, closesAt: '2023-07-17T20:00:00.000Z' };
    const open = countdown(window, Date.parse('2023-07-17T05:02:03Z'));
    expect(open.phase).toBe('open');
    expect(open.sinceOpening).toMatchObject({ days: 1, hours: 1, minutes: 2, seconds: 3 });
    expect(open.untilClosing).toMatchObject({ hours: 14, minutes: 57, seconds: 57 });
    const closed = countdown(window, Date.parse('2023-07-17T20:00:00Z'));
    expect(closed.phase).toBe('closed');
    expect(closed.untilClosing).toBeNull();
    expect(closed.closes).toMatchObject({ date: '2023-07-17', time: '16:00' });
  });

  it('shows standard time in winter (the zone, not a fixed offset)', () => {
    const winter = countdown({ ...window2023, opensAt: '2024-01-15T14:00:00.000Z' }, 0);
    expect(winter.opens).toEqual({ date: '2024-01-15', time: '09:00', weekday: 1, utcOffsetMinutes: -300 });
  });
});
