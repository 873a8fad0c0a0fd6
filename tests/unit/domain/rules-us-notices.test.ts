import { describe, expect, it } from 'vitest';
import { DeadlineInputError, noidResponse, rfeResponse } from '../../../main/domain/deadlines';

function inputError(run: () => unknown): { key: string; field: string | null } {
  try {
    run();
  } catch (error) {
    if (error instanceof DeadlineInputError) return { key: error.key, field: error.field };
    throw error;
  }
  throw new Error('expected a DeadlineInputError');
}

describe('RFE and NOID responses', () => {
  it.each([
    [
      '84 days, electronic',
      { noticeDate: '2026-01-05', responseDays: 84, mailed: false, filing: 'electronic' },
      '2026-03-30',
      '2026-03-30',
    ],
    [
      'mailed adds 3 days',
      { noticeDate: '2026-01-05', responseDays: 84, mailed: true, filing: 'electronic' },
      '2026-04-02',
      '2026-04-02',
    ],
    [
      'capped at 84',
      { noticeDate: '2026-01-05', responseDays: 90, mailed: false, filing: 'electronic' },
      '2026-03-30',
      '2026-03-30',
    ],
    // 8 April + 84 = 1 July, + 3 mailed = Saturday 4 July 2026 (Independence Day).
    [
      'paper on 4 July rolls to Monday',
      { noticeDate: '2026-04-08', responseDays: 84, mailed: true, filing: 'paper' },
      '2026-07-04',
      '2026-07-06',
    ],
    [
      'electronic on 4 July stays',
      { noticeDate: '2026-04-08', responseDays: 84, mailed: true, filing: 'electronic' },
      '2026-07-04',
      '2026-07-04',
    ],
    // 1 October 2027 + 84 = 24 December 2027: Christmas observed (Friday).
    [
      'paper on observed Christmas',
      { noticeDate: '2027-10-01', responseDays: 84, mailed: false, filing: 'paper' },
      '2027-12-24',
      '2027-12-27',
    ],
    [
      'paper on a Sunday',
      { noticeDate: '2026-01-11', responseDays: 84, mailed: false, filing: 'paper' },
      '2026-04-05',
      '2026-04-06',
    ],
    [
      'shorter period on the notice',
      { noticeDate: '2026-01-30', responseDays: 30, mailed: false, filing: 'paper' },
      '2026-03-01',
      '2026-03-02',
    ],
  ] as const)('RFE: %s', (_name, inputs, raw, final) => {
    const result = rfeResponse(inputs);
    expect(result.explanation.rawDate).toBe(raw);
    expect(result.dueOn).toBe(final);
    expect(result.kind).toBe('rfe-response');
  });

  it('explains the cap and the mail days', () => {
    const result = rfeResponse({ noticeDate: '2026-01-05', responseDays: 90, mailed: true, filing: 'paper' });
    expect(result.explanation.steps.map((s) => s.key)).toEqual([
      'deadlineExplain.steps.capped',
      'deadlineExplain.steps.plusDays',
      'deadlineExplain.steps.extraDays',
    ]);
    expect(result.explanation.steps[0]?.values).toEqual({ givenDays: 90, maxDays: 84 });
    expect(result.explanation.rollForward.policy).toBe('us-federal');
  });

  it.each([
    // 27 October + 30 = 26 November 2026, US Thanksgiving.
    [
      'paper on US Thanksgiving',
      { noticeDate: '2026-10-27', responseDays: 30, mailed: false, filing: 'paper' },
      '2026-11-26',
      '2026-11-27',
    ],
    [
      'electronic on US Thanksgiving',
      { noticeDate: '2026-10-27', responseDays: 30, mailed: false, filing: 'electronic' },
      '2026-11-26',
      '2026-11-26',
    ],
    [
      'capped at 30, mailed',
      { noticeDate: '2026-10-27', responseDays: 33, mailed: true, filing: 'electronic' },
      '2026-11-29',
      '2026-11-29',
    ],
    [
      'paper on Christmas',
      { noticeDate: '2026-11-22', responseDays: 30, mailed: true, filing: 'paper' },
      '2026-12-25',
      '2026-12-28',
    ],
  ] as const)('NOID: %s', (_name, inputs, raw, final) => {
    const result = noidResponse(inputs);
    expect(result.explanation.rawDate).toBe(raw);
    expect(result.dueOn).toBe(final);
    expect(result.kind).toBe('noid-response');
  });

  it('a chosen policy wins over the default', () => {
    const result = rfeResponse(
      { noticeDate: '2026-04-08', responseDays: 84, mailed: true, filing: 'electronic' },
      { rollForward: 'us-federal' },
    );
    expect(result.dueOn).toBe('2026-07-06');
  });

  it('refuses a period that is not a positive whole number', () => {
    expect(
      inputError(() =>
        rfeResponse({ noticeDate: '2026-01-05', responseDays: 0, mailed: false, filing: 'paper' }),
      ).field,
    ).toBe('responseDays');
    expect(
      inputError(() =>
        noidResponse({ noticeDate: '2026-01-05', responseDays: 2.5, mailed: false, filing: 'paper' }),
      ).field,
    ).toBe('responseDays');
  });
});
