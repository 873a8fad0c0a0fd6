import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DeadlineListItem } from '../../../main/contract';
import { personName } from './messages';

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

/** A month grid (weeks start on Sunday, as US and Canadian wall calendars do). */
export function MonthCalendar({
  month,
  today,
  deadlines,
}: {
  month: string;
  today: string;
  deadlines: DeadlineListItem[];
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
  const byDay = new Map<string, DeadlineListItem[]>();
  for (const d of deadlines) byDay.set(d.dueOn, [...(byDay.get(d.dueOn) ?? []), d]);
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
              const items = byDay.get(day) ?? [];
              const classes = [day < from || day > to ? 'outside' : '', day === today ? 'today' : '']
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
                  {items.length > 0 && (
                    <ul>
                      {items.map((d) => (
                        <li key={d.id}>
                          <Link href={`/clients/${d.clientId}`}>
                            {t(`deadlineKinds.${d.kind}`)} – {personName(d)}
                          </Link>
                        </li>
                      ))}
                    </ul>
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
