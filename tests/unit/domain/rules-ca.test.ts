import { describe, expect, it } from 'vitest';
import {
  biometrics,
  maintainedStatus,
  manualDeadline,
  medicalValidity,
  passportExpiryWarning,
  restoration,
} from '../../../main/domain/deadlines';

describe('Canada: biometrics (30 days from the instruction letter)', () => {
  it.each([
    [{ letterDate: '2026-01-15' }, '2026-02-14'],
    [{ letterDate: '2024-01-31' }, '2024-03-01'],
    [{ letterDate: '2023-01-31' }, '2023-03-02'],
    [{ letterDate: '2026-01-15', dateOfBirth: '2012-01-15' }, '2026-02-14'],
    [{ letterDate: '2026-01-15', dateOfBirth: '1946-01-16' }, '2026-02-14'],
  ])('%o -> %s', (inputs, expected) => {
    const result = biometrics(inputs);
    expect(result.outcome).toBe('deadline');
    if (result.outcome === 'deadline') expect(result.dueOn).toBe(expected);
  });

  it.each([
    ['13 (under 14)', '2012-01-16', 'deadlineExplain.exempt.biometricsUnder14', 13],
    ['80 (over 79)', '1946-01-15', 'deadlineExplain.exempt.biometricsOver79', 80],
    ['a baby', '2025-12-01', 'deadlineExplain.exempt.biometricsUnder14', 0],
  ])('age %s on the letter date: exempt, no date', (_name, dateOfBirth, key, age) => {
    const result = biometrics({ letterDate: '2026-01-15', dateOfBirth });
    expect(result.outcome).toBe('exempt');
    expect(result).not.toHaveProperty('dueOn');
    if (result.outcome === 'exempt') {
      expect(result.reason).toEqual({ key, values: { age } });
      expect(result.explanation.steps[0]).toEqual({
        key: 'deadlineExplain.steps.ageOnLetter',
        values: { age, onDate: '2026-01-15' },
      });
    }
  });

  it('measures the age exemption on the day the application was made, and says so', () => {
    // 14 on the letter date, but 13 when the application was made: exempt (IRCC counts then).
    const result = biometrics({
      letterDate: '2026-03-01',
      dateOfBirth: '2012-02-01',
      applicationDate: '2026-01-15',
    });
    expect(result.outcome).toBe('exempt');
    if (result.outcome === 'exempt') {
      expect(result.reason).toEqual({
        key: 'deadlineExplain.exempt.biometricsUnder14OnApplication',
        values: { age: 13 },
      });
      expect(result.explanation.steps[0]).toEqual({
        key: 'deadlineExplain.steps.ageOnApplication',
        values: { age: 13, onDate: '2026-01-15' },
      });
    }
    // Without the application day the letter date stands in, and the step says that instead.
    const byLetter = biometrics({ letterDate: '2026-03-01', dateOfBirth: '2012-02-01' });
    expect(byLetter).toMatchObject({ outcome: 'deadline', dueOn: '2026-03-31' });
    expect(byLetter.explanation.steps[0]).toMatchObject({
      key: 'deadlineExplain.steps.ageOnLetter',
      values: { age: 14 },
    });
  });

  it('notes when the age could not be checked', () => {
    const result = biometrics({ letterDate: '2026-01-15' });
    expect(result.explanation.notes.map((n) => n.key)).toEqual([
      'deadlineExplain.notes.biometricsAgeUnknown',
    ]);
  });

  it('rolls forward only when the deadline asks for it (due on Canada Day)', () => {
    expect(biometrics({ letterDate: '2026-06-01' })).toMatchObject({ dueOn: '2026-07-01' });
    expect(biometrics({ letterDate: '2026-06-01' }, { rollForward: 'ca-federal' })).toMatchObject({
      dueOn: '2026-07-02',
    });
  });
});

describe('Canada: medical results validity (12 months)', () => {
  it.each([
    ['2024-02-29', '2025-02-28'],
    ['2025-01-31', '2026-01-31'],
    ['2023-03-31', '2024-03-31'],
    ['2026-12-31', '2027-12-31'],
  ])('%s -> %s', (examDate, expected) => {
    expect(medicalValidity({ examDate }).dueOn).toBe(expected);
  });
});

describe('Canada: maintained status and restoration', () => {
  it('the extension is due on the permit expiry date, explained by IRPR 183(5)/186(u)', () => {
    const result = maintainedStatus({ permitExpiry: '2026-07-01' });
    expect(result.dueOn).toBe('2026-07-01');
    expect(result.kind).toBe('extension-filing');
    expect(result.explanation.source).toEqual({ key: 'deadlineRules.ca-maintained-status.source' });
    expect(result.explanation.notes.map((n) => n.key)).toContain('deadlineExplain.notes.maintainedStatus');
  });

  it.each([
    [{ lossOfStatusDate: '2026-01-01' }, undefined, '2026-04-01'],
    // + 90 = Good Friday 3 April 2026: the Interpretation Act moves it to Saturday...
    [{ lossOfStatusDate: '2026-01-03' }, 'ca-federal' as const, '2026-04-04'],
    // ...or, with Saturday as a holiday, past Sunday and Easter Monday to Tuesday.
    [
      { lossOfStatusDate: '2026-01-03' },
      { policy: 'ca-federal' as const, saturdayIsHoliday: true },
      '2026-04-07',
    ],
    // + 90 = Thanksgiving, 12 October 2026.
    [{ lossOfStatusDate: '2026-07-14' }, 'ca-federal' as const, '2026-10-13'],
    [{ lossOfStatusDate: '2026-07-14' }, undefined, '2026-10-12'],
  ])('restoration %o (%o) -> %s', (inputs, rollForward, expected) => {
    expect(restoration(inputs, { rollForward }).dueOn).toBe(expected);
  });
});

describe('passport expiry warning (within 6 months of a status end)', () => {
  it.each([
    ['2026-08-01', '2026-09-01', 'expires-before-end'],
    ['2026-09-01', '2026-09-01', 'within-six-months'],
    ['2026-12-01', '2026-09-01', 'within-six-months'],
    // 31 August + 6 months = 28 February (clamped): the day before still warns.
    ['2027-02-27', '2026-08-31', 'within-six-months'],
  ])('passport %s, status end %s -> %s', (passportExpiry, statusEndDate, severity) => {
    const warning = passportExpiryWarning({ passportExpiry, statusEndDate });
    expect(warning?.severity).toBe(severity);
    expect(warning?.message.values).toMatchObject({ passportExpiryDate: passportExpiry, statusEndDate });
  });

  it.each([
    ['2027-03-01', '2026-09-01'],
    ['2027-02-28', '2026-08-31'],
    ['2030-01-01', '2026-09-01'],
  ])('no warning for passport %s, status end %s', (passportExpiry, statusEndDate) => {
    expect(passportExpiryWarning({ passportExpiry, statusEndDate })).toBeNull();
  });
});

describe('manual deadlines', () => {
  it('keep the date, explain it as entered by hand, and follow their roll-forward', () => {
    const plain = manualDeadline({ kind: 'interview', dueOn: '2026-12-25' });
    expect(plain.dueOn).toBe('2026-12-25');
    expect(plain.ruleId).toBe('manual');
    expect(plain.explanation.steps).toEqual([
      { key: 'deadlineExplain.steps.enteredByHand', values: { resultDate: '2026-12-25' } },
    ]);
    expect(manualDeadline({ kind: 'other', dueOn: '2026-12-25' }, { rollForward: 'us-federal' }).dueOn).toBe(
      '2026-12-28',
    );
  });
});
