import { describe, expect, it } from 'vitest';
import {
  authorizedStayEnd,
  DeadlineInputError,
  extensionWindow,
  GRACE_PERIOD_DEPENDANT_STATUSES,
  gracePeriodEnd,
  h1bMaxOut,
  isGracePeriodClassification,
} from '../../../main/domain/deadlines';

function inputError(run: () => unknown): { key: string; field: string | null } {
  try {
    run();
  } catch (error) {
    if (error instanceof DeadlineInputError) return { key: error.key, field: error.field };
    throw error;
  }
  throw new Error('expected a DeadlineInputError');
}

describe('US authorized stay end: earliest of I-94, petition end + 10 days, passport expiry', () => {
  it.each([
    [
      { i94Date: '2026-09-10', petitionEndDate: '2026-09-01', passportExpiry: '2030-01-01' },
      '2026-09-10',
      'i94Date',
    ],
    [
      { i94Date: '2026-09-20', petitionEndDate: '2026-09-01', passportExpiry: '2030-01-01' },
      '2026-09-11',
      'petitionEndDate',
    ],
    [
      { i94Date: '2026-09-10', petitionEndDate: '2026-09-01', passportExpiry: '2026-08-01' },
      '2026-08-01',
      'passportExpiry',
    ],
    [{ petitionEndDate: '2026-12-25' }, '2027-01-04', 'petitionEndDate'],
    [{ passportExpiry: '2027-02-28', i94Date: null }, '2027-02-28', 'passportExpiry'],
    // A tie names the I-94 (listed first).
    [{ i94Date: '2026-09-11', petitionEndDate: '2026-09-01' }, '2026-09-11', 'i94Date'],
  ])('%o -> %s bound by %s', (inputs, expected, boundBy) => {
    const result = authorizedStayEnd(inputs);
    expect(result.dueOn).toBe(expected);
    expect(result.explanation.boundBy).toBe(boundBy);
    expect(result.kind).toBe('authorized-stay-end');
  });

  it('explains the candidates and a passport cut', () => {
    const result = authorizedStayEnd({
      i94Date: '2026-09-10',
      petitionEndDate: '2026-09-01',
      passportExpiry: '2026-08-01',
    });
    expect(result.explanation.candidates.map((c) => [c.input, c.date])).toEqual([
      ['i94Date', '2026-09-10'],
      ['petitionEndDate', '2026-09-11'],
      ['passportExpiry', '2026-08-01'],
    ]);
    expect(result.explanation.notes.map((n) => n.key)).toEqual(['deadlineExplain.notes.stayCutByPassport']);
  });

  it('needs at least one input', () => {
    expect(inputError(() => authorizedStayEnd({}))).toEqual({
      key: 'deadlineExplain.errors.noStayInputs',
      field: 'i94Date',
    });
    expect(inputError(() => authorizedStayEnd({ i94Date: '2026-02-30' })).field).toBe('i94Date');
  });
});

describe('US 60-day grace period (8 CFR 214.1(l)(2))', () => {
  it.each([
    [
      'full 60 days',
      { employmentEndDate: '2026-03-15', i94Date: '2027-06-01' },
      '2026-05-14',
      'employmentEndDate',
    ],
    [
      'cut by an earlier I-94',
      { employmentEndDate: '2026-03-15', i94Date: '2026-04-30' },
      '2026-04-30',
      'i94Date',
    ],
    [
      'cut by a passport expiry',
      { employmentEndDate: '2026-03-15', i94Date: '2027-01-01', passportExpiry: '2026-04-01' },
      '2026-04-01',
      'passportExpiry',
    ],
    [
      'cut by petition end + 10',
      { employmentEndDate: '2026-03-15', petitionEndDate: '2026-04-20' },
      '2026-04-30',
      'petitionEndDate',
    ],
    [
      'through 29 February (leap year)',
      { employmentEndDate: '2024-01-01', i94Date: '2027-01-01' },
      '2024-03-01',
      'employmentEndDate',
    ],
    [
      'common year',
      { employmentEndDate: '2023-01-01', i94Date: '2027-01-01' },
      '2023-03-02',
      'employmentEndDate',
    ],
    [
      'a known stay end',
      { employmentEndDate: '2026-12-31', authorizedStayEnd: '2027-01-31' },
      '2027-01-31',
      'authorizedStayEnd',
    ],
    [
      'same day: employment named first',
      { employmentEndDate: '2026-03-01', i94Date: '2026-04-30' },
      '2026-04-30',
      'employmentEndDate',
    ],
  ])('%s', (_name, stay, expected, boundBy) => {
    const result = gracePeriodEnd({ classification: 'H-1B', ...stay });
    expect(result.dueOn).toBe(expected);
    expect(result.explanation.boundBy).toBe(boundBy);
    expect(result.explanation.rollForward.policy).toBe('none');
  });

  it('applies to principals and their dependants, in any spelling', () => {
    for (const [principal, dependants] of Object.entries(GRACE_PERIOD_DEPENDANT_STATUSES)) {
      expect(isGracePeriodClassification(principal)).toBe(true);
      for (const d of dependants) expect(isGracePeriodClassification(d)).toBe(true);
    }
    expect(isGracePeriodClassification('h1b')).toBe(true);
    expect(isGracePeriodClassification('l1a')).toBe(true);
    expect(isGracePeriodClassification('F-1')).toBe(false);
    const h4 = gracePeriodEnd({
      classification: 'h4',
      employmentEndDate: '2026-03-15',
      i94Date: '2026-04-30',
    });
    expect(h4.explanation.inputs.classification).toBe('H-4');
  });

  it('refuses other classifications and a missing stay end', () => {
    expect(
      inputError(() =>
        gracePeriodEnd({ classification: 'F-1', employmentEndDate: '2026-03-15', i94Date: '2026-04-30' }),
      ),
    ).toEqual({
      key: 'deadlineExplain.errors.graceNotEligible',
      field: 'classification',
    });
    expect(
      inputError(() => gracePeriodEnd({ classification: 'TN', employmentEndDate: '2026-03-15' })),
    ).toEqual({
      key: 'deadlineExplain.errors.graceNeedsStayEnd',
      field: 'authorizedStayEnd',
    });
  });
});

describe('H-1B six-year maximum', () => {
  it.each([
    [{ admissionDate: '2020-10-01' }, '2026-09-30'],
    [{ admissionDate: '2020-10-01', recapturedDays: 45 }, '2026-11-14'],
    [{ admissionDate: '2021-01-01' }, '2026-12-31'],
    // 29 February + 6 years clamps to 28 February; the last day is the day before.
    [{ admissionDate: '2020-02-29' }, '2026-02-27'],
  ])('%o -> %s', (inputs, expected) => {
    const result = h1bMaxOut(inputs);
    expect(result.dueOn).toBe(expected);
    expect(result.explanation.notes.map((n) => n.key)).toContain('deadlineExplain.notes.h1bRecapture');
  });

  it('is informational and can be overridden with a reason', () => {
    const result = h1bMaxOut(
      { admissionDate: '2020-10-01' },
      { override: { date: '2027-09-30', reason: 'AC21 I-140 approved' } },
    );
    expect(result.dueOn).toBe('2027-09-30');
    expect(result.overridden).toBe(true);
    expect(result.explanation.computedDate).toBe('2026-09-30');
  });
});

describe('extension of stay filing window', () => {
  it('opens 6 months before the stay ends (month-end clamped) and is due by the stay end', () => {
    const result = extensionWindow({ authorizedStayEnd: '2026-08-31' });
    expect(result.opensOn).toBe('2026-02-28');
    expect(result.dueOn).toBe('2026-08-31');
    expect(result.kind).toBe('extension-filing');
  });

  it('can start from the I-94 inputs', () => {
    const result = extensionWindow({ i94Date: '2026-09-10', passportExpiry: '2026-08-15' });
    expect(result.dueOn).toBe('2026-08-15');
    expect(result.opensOn).toBe('2026-02-15');
    expect(result.explanation.boundBy).toBe('passportExpiry');
  });
});
