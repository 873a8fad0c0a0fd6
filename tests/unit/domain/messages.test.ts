import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adjustmentMessage,
  biometrics,
  CA_HOLIDAY_IDS,
  CANADIAN_PROVINCES,
  computeDeadline,
  normalizeRollForward,
  overrideMessage,
  passportExpiryWarning,
  RULE_IDS,
  rollForward,
  rollForwardMessage,
  US_HOLIDAY_IDS,
} from '../../../main/domain/deadlines';
import catalogue from '../../../main/domain/deadlines/messages.en.json';
import { planReminders, REMINDER_STATES, type ReminderSubject } from '../../../main/domain/reminders';
import { en as app } from '../../../renderer/i18n/catalogue';

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** A key exists as a string, or as i18next plural forms (_one and _other). */
function exists(key: string): boolean {
  // Keys of the app catalogue the engine points to (provinces, kinds, validation messages).
  const tree = /^(deadlineRules|deadlineExplain|deadlineHolidays|deadlineReminders)\./.test(key)
    ? catalogue
    : app;
  const isText = (k: string) => typeof lookup(tree, k) === 'string';
  return isText(key) || (isText(`${key}_one`) && isText(`${key}_other`));
}

/** Every i18n key in a result: Message keys and values named *Key (labelKey, reasonKey...). */
function collectKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) collectKeys(v, into);
  else if (value && typeof value === 'object') {
    for (const [name, v] of Object.entries(value)) {
      if ((name === 'key' || name.endsWith('Key')) && typeof v === 'string') into.add(v);
      else collectKeys(v, into);
    }
  }
  return into;
}

const sourceDir = join(import.meta.dirname, '../../../main/domain');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('i18n keys the engine can emit exist in messages.en.json', () => {
  it('every key written literally in main/domain', () => {
    const keys = new Set<string>();
    for (const file of sourceFiles(sourceDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /'((?:deadline(?:Rules|Explain|Holidays|Reminders)|validation)\.[\w.-]+)'/g,
      )) {
        if (!m[1]?.endsWith('.')) keys.add(m[1] ?? '');
      }
      for (const m of text.matchAll(/\bnote\('(\w+)'/g)) keys.add(`deadlineExplain.notes.${m[1]}`);
    }
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((k) => !exists(k))).toEqual([]);
  });

  it('every rule, holiday, policy and state', () => {
    const keys = [
      ...RULE_IDS.flatMap((id) => ['title', 'source', 'summary'].map((p) => `deadlineRules.${id}.${p}`)),
      ...['saturday', 'sunday', ...CA_HOLIDAY_IDS, ...US_HOLIDAY_IDS].map((id) => `deadlineHolidays.${id}`),
      ...REMINDER_STATES.map((s) => `deadlineReminders.states.${s}`),
      ...['biometricsUnder14', 'biometricsOver79'].map((n) => `deadlineExplain.exempt.${n}`),
      ...['passportBeforeEnd', 'passportWithinSixMonths'].map((n) => `deadlineExplain.warnings.${n}`),
    ];
    for (const policy of ['none', 'us-federal', 'ca-federal'] as const) {
      for (const saturdayIsHoliday of [false, true]) {
        for (const province of [null, ...CANADIAN_PROVINCES]) {
          keys.push(
            ...collectKeys(rollForwardMessage(normalizeRollForward({ policy, saturdayIsHoliday, province }))),
          );
        }
      }
    }
    expect(keys.filter((k) => !exists(k))).toEqual([]);
  });

  it('every key in real results: rules, adjustments, overrides, warnings, notifications', () => {
    const requests = [
      {
        ruleId: 'us-authorized-stay-end',
        inputs: { i94Date: '2026-09-10', petitionEndDate: '2026-09-01', passportExpiry: '2026-08-01' },
      },
      {
        ruleId: 'us-grace-period',
        inputs: { classification: 'H-1B', employmentEndDate: '2026-03-15', petitionEndDate: '2026-04-01' },
      },
      {
        ruleId: 'us-grace-period',
        inputs: { classification: 'H-4', employmentEndDate: '2026-03-15', authorizedStayEnd: '2027-01-01' },
      },
      {
        ruleId: 'us-rfe-response',
        inputs: { noticeDate: '2026-04-08', responseDays: 90, mailed: true, filing: 'paper' },
      },
      {
        ruleId: 'us-noid-response',
        inputs: { noticeDate: '2026-04-08', responseDays: 30, mailed: false, filing: 'electronic' },
      },
      { ruleId: 'us-h1b-max-out', inputs: { admissionDate: '2020-10-01', recapturedDays: 10 } },
      { ruleId: 'us-extension-window', inputs: { i94Date: '2026-09-10', petitionEndDate: '2026-09-01' } },
      { ruleId: 'ca-biometrics', inputs: { letterDate: '2026-01-15', dateOfBirth: '2015-01-01' } },
      { ruleId: 'ca-biometrics', inputs: { letterDate: '2026-01-15', dateOfBirth: '1940-01-01' } },
      { ruleId: 'ca-biometrics', inputs: { letterDate: '2026-01-15', dateOfBirth: '1990-01-01' } },
      { ruleId: 'ca-biometrics', inputs: { letterDate: '2026-01-15' } },
      {
        ruleId: 'ca-medical-validity',
        inputs: { examDate: '2025-07-01' },
        rollForward: 'ca-federal' as const,
      },
      { ruleId: 'ca-maintained-status', inputs: { permitExpiry: '2026-07-01' } },
      { ruleId: 'ca-restoration', inputs: { lossOfStatusDate: '2026-01-03' } },
      {
        ruleId: 'manual',
        inputs: { kind: 'interview', dueOn: '2026-07-04' },
        rollForward: 'us-federal' as const,
      },
      { ruleId: 'unknown', inputs: {} },
      { ruleId: 'us-authorized-stay-end', inputs: {} },
      {
        ruleId: 'us-grace-period',
        inputs: { classification: 'F-1', employmentEndDate: '2026-03-15', i94Date: '2026-04-30' },
      },
      { ruleId: 'us-grace-period', inputs: { classification: 'TN', employmentEndDate: '2026-03-15' } },
      { ruleId: 'ca-biometrics', inputs: { letterDate: '2026-01-15', dateOfBirth: '2027-01-01' } },
      {
        ruleId: 'ca-medical-validity',
        inputs: { examDate: '2025-07-01' },
        override: { date: '2026-01-01', reason: '' },
      },
    ];
    const keys = new Set<string>();
    for (const request of requests) {
      const result = computeDeadline(request);
      collectKeys(result, keys);
      if (result.ok && result.value.outcome === 'deadline') {
        for (const a of result.value.explanation.adjustments) collectKeys(adjustmentMessage(a), keys);
        collectKeys(rollForwardMessage(result.value.explanation.rollForward), keys);
      }
    }
    for (const a of rollForward('2026-07-03', normalizeRollForward('us-federal')).adjustments) {
      collectKeys(adjustmentMessage(a), keys);
    }
    const overridden = biometrics(
      { letterDate: '2026-01-15' },
      { override: { date: '2026-02-01', reason: 'IRCC extension' } },
    );
    if (overridden.outcome === 'deadline') collectKeys(overrideMessage(overridden.explanation), keys);
    collectKeys(passportExpiryWarning({ passportExpiry: '2026-01-01', statusEndDate: '2026-09-01' }), keys);
    collectKeys(passportExpiryWarning({ passportExpiry: '2026-12-01', statusEndDate: '2026-09-01' }), keys);

    const subject = (id: number, dueOn: string, extra: Partial<ReminderSubject> = {}): ReminderSubject => ({
      id,
      kind: 'rfe-response',
      title: 'RFE',
      dueOn,
      ...extra,
    });
    const subjects = [
      subject(1, '2026-03-10'),
      subject(2, '2026-03-20'),
      subject(3, '2026-03-15'),
      subject(4, '2026-03-25', { snoozedUntil: '2026-03-15T10:00:00Z' }),
    ];
    const now = Date.parse('2026-03-15T14:00:00Z');
    for (const mode of ['each', 'digest'] as const) {
      collectKeys(
        planReminders(
          subjects,
          now,
          { timeZone: 'America/Toronto', mode, notifyAt: '08:00', overdue: 'daily' },
          () => false,
        ),
        keys,
      );
    }
    expect(keys.size).toBeGreaterThan(60);
    expect([...keys].filter((k) => !exists(k))).toEqual([]);
  });
});
