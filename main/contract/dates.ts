/**
 * Shared by the main process and the renderer (pure Intl, no Node).
 * The calendar date (YYYY-MM-DD) an instant falls on in a time zone: "today" is the firm's today. */
export function calendarDateIn(timeZone: string, instant: Date = new Date()): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Building an Intl.DateTimeFormat costs far more than using one, and "today" is asked for on
// every deadline write (a 10,000-row import asks thousands of times): one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * "Today" for checks inside the contract's schemas (a date of birth may not be in the future):
 * the firm's calendar day on an injected clock. The data service sets it before it parses each
 * request (the firm's zone and the request's clock); until then, and in a renderer that has not
 * set it, this machine's zone and clock stand in. Schemas cannot take arguments, hence one slot.
 */
let firmCalendar: { timeZone: string | null; now: () => Date } = { timeZone: null, now: () => new Date() };

export function setFirmCalendar(calendar: { timeZone: string | null; now: () => Date }): void {
  firmCalendar = calendar;
}

export function firmToday(): string {
  const timeZone = firmCalendar.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return calendarDateIn(timeZone, firmCalendar.now());
}
