/**
 * The explanation lines the rules share, as i18n keys with values (see explanation.ts for the
 * naming convention of values; a number of days, months or years is `count`, so the catalogue
 * can use i18next plurals). Each helper returns the computed date together with its line, so
 * a rule cannot do the arithmetic and forget to explain it.
 */
import { addDays, addMonths, addYears, type IsoDate } from './calendar-date';
import type { Message } from './explanation';

/** i18n key naming a rule input, e.g. deadlineExplain.inputs.i94Date */
export const inputLabel = (input: string) => `deadlineExplain.inputs.${input}`;

export function plusDays(input: string, baseDate: IsoDate, days: number): [IsoDate, Message] {
  const resultDate = addDays(baseDate, days);
  const key = days < 0 ? 'deadlineExplain.steps.minusDays' : 'deadlineExplain.steps.plusDays';
  return [
    resultDate,
    { key, values: { baseKey: inputLabel(input), baseDate, count: Math.abs(days), resultDate } },
  ];
}

export function plusMonths(input: string, baseDate: IsoDate, months: number): [IsoDate, Message] {
  const resultDate = addMonths(baseDate, months);
  const key = months < 0 ? 'deadlineExplain.steps.minusMonths' : 'deadlineExplain.steps.plusMonths';
  return [
    resultDate,
    { key, values: { baseKey: inputLabel(input), baseDate, count: Math.abs(months), resultDate } },
  ];
}

export function plusYears(input: string, baseDate: IsoDate, years: number): [IsoDate, Message] {
  const resultDate = addYears(baseDate, years);
  return [
    resultDate,
    {
      key: 'deadlineExplain.steps.plusYears',
      values: { baseKey: inputLabel(input), baseDate, count: years, resultDate },
    },
  ];
}

/** A further adjustment of a running date, e.g. "+ 3 days because the notice was mailed". */
export function extraDays(reasonKey: string, baseDate: IsoDate, days: number): [IsoDate, Message] {
  const resultDate = addDays(baseDate, days);
  const key = days < 0 ? 'deadlineExplain.steps.extraDaysBack' : 'deadlineExplain.steps.extraDays';
  return [resultDate, { key, values: { reasonKey, baseDate, count: Math.abs(days), resultDate } }];
}

export function note(name: string, values?: Message['values']): Message {
  return values ? { key: `deadlineExplain.notes.${name}`, values } : { key: `deadlineExplain.notes.${name}` };
}
