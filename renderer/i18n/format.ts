/**
 * Dates, countries and numbers are shown through Intl in the user's language, never by hand.
 * Calendar dates (YYYY-MM-DD) are formatted in UTC so no time zone can shift the day.
 */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function formatInstant(isoInstant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoInstant),
  );
}

const countryNameCache = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
  let names = countryNameCache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    countryNameCache.set(locale, names);
  }
  return names.of(code) ?? code;
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * Money from integer cents (fees are stored exact, never as floats), in the locale's own order:
 * $1,234.50 (en-CA), 1 234,50 $ (fr-CA), CA$1,234.50 (en-US, where $ alone would mean USD).
 */
export function formatMoney(cents: number, currency: 'CAD' | 'USD', locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** An instant as the clock on the wall of `timeZone` reads it, with the zone's short name. */
export function formatInstantIn(isoInstant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(isoInstant));
}

/** [year, month, day] of a real YYYY-MM-DD date, or null (no 30 February). */
export function isoDateParts(text: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= 1000 ? [y, m, d] : null;
}
