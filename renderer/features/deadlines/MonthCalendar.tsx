import { useTranslation } from 'react-i18next';

/** Calendar arithmetic on YYYY-MM-DD strings in UTC, so no time zone can shift a day. */
const parse = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const first = Date.UTC(y ?? 1970, (m ?? 1) - 1, 1);
  const last = Date.UTC(y ?? 1970, m ?? 1, 0);
  return { from: iso(first), to: iso(last) };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  return iso(Date.UTC(y ?? 1970, (m ?? 1) - 1 + by, 1)).slice(0, 7);
}

/**
 * A month grid (weeks start on Sunday, as US and Canadian wall calendars do) with how many
 * deadlines fall on each day; a day's button opens its list below the grid. No day lists its
 * deadlines inline: a busy month at a big firm would be a wall of text.
 */
export function MonthCalendar({
  month,
  today,
  counts,
  selected,
  onSelect,
}: {
  month: string;
  today: string;
  counts: Map<string, number>;
  selected: string | null;
  onSelect: (day: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { from, to } = monthRange(month);
  const start = parse(from) - new Date(parse(from)).getUTCDay() * DAY;
  const end = parse(to) + (6 - new Date(parse(to)).getUTCDay()) * DAY;
  const weeks: string[][] = [];
  for (let day = start; day <= end; day += DAY) {
    if ((day - start) % (7 * DAY) === 0) weeks.push([]);
    weeks.at(-1)?.push(iso(day));
  }
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(i18n.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dayLabel = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' });
  return (
    <table className="month-grid">
      <caption className="visually-hidden">
        {t('deadlinesScreen.monthCaption', { month: monthName.format(parse(from)) })}
      </caption>
      <thead>
        <tr>
          {weeks[0]?.map((day) => (
            <th key={day} scope="col">
              {weekday.format(parse(day))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const inMonth = day >= from && day <= to;
              const count = inMonth ? (counts.get(day) ?? 0) : 0;
              const classes = [
                inMonth ? '' : 'outside',
                day === today ? 'today' : '',
                day === selected ? 'selected' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <td
                  key={day}
                  className={classes || undefined}
                  aria-current={day === today ? 'date' : undefined}
                >
                  <time dateTime={day}>
                    <span aria-hidden="true">{Number(day.slice(8))}</span>
                    <span className="visually-hidden">{dayLabel.format(parse(day))}</span>
                  </time>
                  {count > 0 && (
                    <button
                      type="button"
                      className="day-count"
                      aria-pressed={day === selected}
                      aria-label={t('agendaView.dayButton', { count, date: dayLabel.format(parse(day)) })}
                      onClick={() => onSelect(day)}
                    >
                      {t('agendaView.dayCount', { count })}
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function formatDayLong(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(parse(day));
}
