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
