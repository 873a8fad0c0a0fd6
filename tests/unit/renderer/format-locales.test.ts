import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatMoney, formatNumber } from '../../../renderer/i18n/format';
import { resolveLocale } from '../../../renderer/i18n/locale';

// Intl writes a narrow no-break space in French numbers; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('dates, numbers and money per locale', () => {
  it('reads a calendar date the way each locale writes it, never shifted by a time zone', () => {
    expect(formatCalendarDate('2026-03-16', 'en-CA')).toBe('Mar 16, 2026');
    expect(formatCalendarDate('2026-03-16', 'en-US')).toBe('Mar 16, 2026');
    expect(formatCalendarDate('2026-03-16', 'fr-CA')).toBe('16 mars 2026');
  });

  it('groups digits and marks decimals per locale', () => {
    expect(formatNumber(1234567.5, 'en-CA')).toBe('1,234,567.5');
    expect(plain(formatNumber(1234567.5, 'fr-CA'))).toBe('1 234 567,5');
  });

  it('writes Canadian and US dollars so neither is mistaken for the other', () => {
    expect(formatMoney(123450, 'CAD', 'en-CA')).toBe('$1,234.50');
    expect(plain(formatMoney(123450, 'CAD', 'fr-CA'))).toBe('1 234,50 $');
    expect(formatMoney(123450, 'CAD', 'en-US')).toBe('CA$1,234.50');
    expect(formatMoney(123450, 'USD', 'en-CA')).toBe('US$1,234.50');
  });
});

describe('the language a person gets on "same as this computer"', () => {
  it('is fr-CA for any French, en-US for American English, en-CA for other English', () => {
    expect(resolveLocale('system', ['fr-FR'])).toBe('fr-CA');
    expect(resolveLocale('system', ['fr'])).toBe('fr-CA');
    expect(resolveLocale('system', ['en-US'])).toBe('en-US');
    expect(resolveLocale('system', ['en-GB'])).toBe('en-CA');
    expect(resolveLocale('system', ['de-DE', 'fr-CA'])).toBe('fr-CA');
    expect(resolveLocale('system', ['ja-JP'])).toBe('en-CA');
    expect(resolveLocale('system', [])).toBe('en-CA');
  });

  it('is the explicit choice when the person made one', () => {
    expect(resolveLocale('fr-CA', ['en-US'])).toBe('fr-CA');
    expect(resolveLocale('en-US', ['fr-CA'])).toBe('en-US');
  });
});
