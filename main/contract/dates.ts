/**
 * Shared by the main process and the renderer (pure Intl, no Node).
 * The calendar date (YYYY-MM-DD) an instant falls on in a time zone: "today" is the firm's today. */
export function calendarDateIn(timeZone: string, instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
