import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../main/contract/deadlines';
import { DeadlineInputError } from '../../../main/domain/deadlines';
import {
  DEFAULT_LEAD_TIMES,
  dismissal,
  leadTimesFor,
  type ReminderSubject,
  reminderState,
  snooze,
} from '../../../main/domain/reminders';

const zone = 'America/Toronto';
const base: ReminderSubject = { id: 1, kind: 'rfe-response', title: 'RFE', dueOn: '2026-03-10' };
const stateAt = (iso: string, extra: Partial<ReminderSubject> = {}) =>
  reminderState({ ...base, ...extra }, { now: new Date(iso), timeZone: zone });

describe('lead times', () => {
  it('default to 30, 14, 7, 3, 1 and 0 days', () => {
    expect(DEFAULT_LEAD_TIMES).toEqual([30, 14, 7, 3, 1, 0]);
    expect(leadTimesFor('rfe-response')).toEqual([30, 14, 7, 3, 1, 0]);
    expect(leadTimesFor('grace-period')).toEqual([30, 14, 7, 3, 1, 0]);
  });

  it('start earlier for long-horizon kinds', () => {
    expect(leadTimesFor('h1b-max-out')).toEqual([365, 180, 90, 30]);
  });

  it('firm setting per kind, then the deadline itself, win', () => {
    const firm = { 'rfe-response': [21, 7] };
    expect(leadTimesFor('rfe-response', { firm })).toEqual([21, 7]);
    expect(leadTimesFor('biometrics', { firm })).toEqual(DEFAULT_LEAD_TIMES);
    expect(leadTimesFor('rfe-response', { firm, deadline: [0, 2, 2, 10] })).toEqual([10, 2, 0]);
    expect(leadTimesFor('rfe-response', { firm, deadline: [] })).toEqual([]);
    expect(leadTimesFor('rfe-response', { firm, deadline: null })).toEqual([21, 7]);
  });

  it('refuses lead times that are not whole days 0-365', () => {
    expect(() => leadTimesFor('other', { deadline: [-1] })).toThrow(DeadlineInputError);
    expect(() => leadTimesFor('other', { deadline: [1.5] })).toThrow(DeadlineInputError);
    expect(() => leadTimesFor('other', { deadline: [400] })).toThrow(DeadlineInputError);
  });
});

describe('reminder state on a given instant (firm zone)', () => {
  it('accepts a deadline row from the API as is (checked by tsc)', () => {
    const row = { ...base, leadTimes: null, snoozedUntil: null } as Deadline;
    const subject: ReminderSubject = row;
    expect(subject).toBe(row);
  });

  it.each([
    ['2026-03-09T15:00:00Z', {}, 'upcoming', 1],
    ['2026-03-10T04:30:00Z', {}, 'due-today', 0], // 00:30 EDT on the 10th
    ['2026-03-10T03:30:00Z', {}, 'upcoming', 1], // 23:30 EDT on the 9th
    ['2026-03-11T04:30:00Z', {}, 'overdue', -1],
    ['2026-03-11T04:30:00Z', { completedAt: '2026-03-10T12:00:00Z' }, 'done', -1],
    [
      '2026-03-11T04:30:00Z',
      { dismissedAt: '2026-03-10T12:00:00Z', dismissReason: 'RFE withdrawn' },
      'dismissed',
      -1,
    ],
    ['2026-03-09T15:00:00Z', { snoozedUntil: '2026-03-09T18:00:00Z' }, 'snoozed', 1],
    ['2026-03-09T19:00:00Z', { snoozedUntil: '2026-03-09T18:00:00Z' }, 'upcoming', 1],
    // Timed: due 17:00 Toronto on the 10th (21:00Z, EDT).
    ['2026-03-10T20:59:00Z', { dueTime: '17:00', timeZone: zone }, 'due-today', 0],
    ['2026-03-10T21:00:00Z', { dueTime: '17:00', timeZone: zone }, 'overdue', 0],
  ] as const)('at %s with %o: %s', (now, extra, state, days) => {
    const status = stateAt(now, extra);
    expect(status.state).toBe(state);
    expect(status.daysUntil).toBe(days);
  });

  it('reports the due instant of timed deadlines', () => {
    expect(stateAt('2026-03-01T00:00:00Z', { dueTime: '17:00', timeZone: zone }).dueInstant).toBe(
      '2026-03-10T21:00:00.000Z',
    );
    expect(stateAt('2026-03-01T00:00:00Z').dueInstant).toBeNull();
  });

  it('dismissing needs a reason; snoozing needs a time ahead', () => {
    expect(() => dismissal('  ', 0)).toThrow(DeadlineInputError);
    expect(dismissal(' Filed by other counsel ', Date.parse('2026-03-01T00:00:00Z'))).toEqual({
      dismissedAt: '2026-03-01T00:00:00.000Z',
      dismissReason: 'Filed by other counsel',
    });
    expect(() => snooze(1000, 2000)).toThrow(DeadlineInputError);
    expect(snooze(Date.parse('2026-03-02T00:00:00Z'), Date.parse('2026-03-01T00:00:00Z'))).toEqual({
      snoozedUntil: '2026-03-02T00:00:00.000Z',
    });
  });
});
