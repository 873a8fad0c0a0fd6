const FALLBACK_ZONE = 'America/Toronto';

/** The IANA zones this runtime knows, in its own order (alphabetical by id). */
export function timeZoneIds(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(FALLBACK_ZONE) ? zones : [...zones, FALLBACK_ZONE].sort();
}

/** This computer's zone when the list has it, otherwise Toronto (where most of our firms are). */
export function defaultTimeZone(zones: string[]): string {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zones.includes(own) ? own : FALLBACK_ZONE;
}

/**
 * The id people search by ("America/Toronto") and, where Intl has one, the name they know
 * ("Eastern Time"); zones with only a "GMT+3"-style name get none.
 */
export function timeZoneNames(zone: string, locale: string): { id: string; name: string | null } {
  const id = zone.replaceAll('_', ' ');
  try {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(0)
      .find((part) => part.type === 'timeZoneName')?.value;
    return { id, name: name && !name.startsWith('GMT') ? name : null };
  } catch {
    return { id, name: null };
  }
}
