import { describe, expect, it } from 'vitest';
import {
  applyOverride,
  computeDeadline,
  DEADLINE_RULE_IDS,
  gracePeriodEnd,
  overrideMessage,
} from '../../../main/domain/deadlines';

describe('computeDeadline (stored rule id + inputs JSON)', () => {
  it('computes and explains a grace period cut by the I-94', () => {
    const result = computeDeadline({
      ruleId: 'us-grace-period',
      inputs: { classification: 'H-1B', employmentEndDate: '2026-03-15', i94Date: '2026-04-30' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.outcome !== 'deadline') throw new Error('expected a deadline');
    const { explanation } = result.value;
    expect(result.value.dueOn).toBe('2026-04-30');
    expect(explanation).toMatchObject({
      ruleId: 'us-grace-period',
      title: { key: 'deadlineRules.us-grace-period.title' },
      source: { key: 'deadlineRules.us-grace-period.source' },
      rawDate: '2026-04-30',
      computedDate: '2026-04-30',
      finalDate: '2026-04-30',
      boundBy: 'i94Date',
      adjustments: [],
      override: null,
    });
    expect(explanation.candidates.map((c) => c.date)).toEqual(['2026-05-14', '2026-04-30']);
  });

  it('is idempotent: the same request gives a deep-equal result', () => {
    const request = {
      ruleId: 'us-rfe-response',
      inputs: { noticeDate: '2026-04-08', responseDays: 84, mailed: true, filing: 'paper' },
      override: null,
    };
    expect(computeDeadline(request)).toEqual(computeDeadline(structuredClone(request)));
  });

  it('keeps the raw date, the adjustments and the final date apart', () => {
    const result = computeDeadline({
      ruleId: 'ca-restoration',
      inputs: { lossOfStatusDate: '2026-01-03' },
      rollForward: { policy: 'ca-federal', saturdayIsHoliday: true },
    });
    if (!result.ok || result.value.outcome !== 'deadline') throw new Error('expected a deadline');
    expect(result.value.explanation.rawDate).toBe('2026-04-03');
    expect(result.value.explanation.adjustments.map((a) => a.reason)).toEqual([
      'ca-good-friday',
      'saturday',
      'sunday',
      'ca-easter-monday',
    ]);
    expect(result.value.dueOn).toBe('2026-04-07');
  });

  it('applies an override and keeps the computed date', () => {
    const result = computeDeadline({
      ruleId: 'ca-medical-validity',
      inputs: { examDate: '2025-05-01' },
      override: { date: '2026-04-15', reason: 'Panel physician confirmed earlier expiry' },
    });
    if (!result.ok || result.value.outcome !== 'deadline') throw new Error('expected a deadline');
    expect(result.value).toMatchObject({ dueOn: '2026-04-15', overridden: true });
    expect(result.value.explanation).toMatchObject({ computedDate: '2026-05-01', finalDate: '2026-04-15' });
    expect(overrideMessage(result.value.explanation)).toEqual({
      key: 'deadlineExplain.override',
      values: {
        overrideDate: '2026-04-15',
        reason: 'Panel physician confirmed earlier expiry',
        computedDate: '2026-05-01',
      },
    });
    const cleared = applyOverride(result.value, null);
    expect(cleared).toMatchObject({ dueOn: '2026-05-01', overridden: false });
    expect(overrideMessage(cleared.explanation)).toBeNull();
  });

  it('returns errors as values with i18n keys and the field', () => {
    expect(computeDeadline({ ruleId: 'nope', inputs: {} })).toEqual({
      ok: false,
      error: { key: 'deadlineExplain.errors.unknownRule', field: 'ruleId', values: { ruleId: 'nope' } },
    });
    expect(computeDeadline({ ruleId: 'ca-biometrics', inputs: { letterDate: '2026-02-30' } })).toMatchObject({
      ok: false,
      error: { key: 'validation.date', field: 'letterDate' },
    });
    expect(
      computeDeadline({ ruleId: 'ca-biometrics', inputs: { letterDate: '2026-02-03', extra: 1 } }),
    ).toMatchObject({
      ok: false,
      error: { field: null },
    });
    expect(computeDeadline({ ruleId: 'us-authorized-stay-end', inputs: {} })).toMatchObject({
      ok: false,
      error: { key: 'deadlineExplain.errors.noStayInputs' },
    });
    expect(
      computeDeadline({
        ruleId: 'ca-medical-validity',
        inputs: { examDate: '2025-05-01' },
        override: { date: '2026-01-01', reason: ' ' },
      }),
    ).toMatchObject({
      ok: false,
      error: { key: 'deadlineExplain.errors.overrideReasonRequired', field: 'overrideReason' },
    });
    expect(
      computeDeadline({
        ruleId: 'manual',
        inputs: { kind: 'other', dueOn: '2026-01-01' },
        rollForward: 'weekly' as never,
      }),
    ).toMatchObject({ ok: false, error: { field: 'rollForward' } });
  });

  it('knows every rule except the passport check', () => {
    expect(DEADLINE_RULE_IDS).toHaveLength(11);
    expect(DEADLINE_RULE_IDS).not.toContain('passport-expiry-warning');
  });

  it('direct calls and computeDeadline agree', () => {
    const inputs = {
      classification: 'L-2',
      employmentEndDate: '2026-03-15',
      authorizedStayEnd: '2026-12-01',
    };
    const direct = gracePeriodEnd(inputs);
    expect(computeDeadline({ ruleId: 'us-grace-period', inputs })).toEqual({ ok: true, value: direct });
  });
});
