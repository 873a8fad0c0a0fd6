import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEADLINE_KINDS, type DeadlineKind } from '../../../main/contract';
import { calendarDateIn } from '../../../main/contract/dates';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { useSession } from '../session/queries';
import { AgendaList } from './AgendaList';
import { downloadIcs } from './exportIcs';
import { formatDayLong, MonthCalendar, monthRange, shiftMonth } from './MonthCalendar';
import { useDayCounts } from './queries';
import './deadlines.css';
import { appNow } from '../../app/clock';
import { isoDateParts } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';

type State = 'open' | 'done' | 'dismissed' | 'all';
interface Filters {
  from: string;
  to: string;
  kind: DeadlineKind | '';
  state: State;
}

/** Every deadline across families: a paged agenda or a month of per-day counts, with filters and ICS export. */
export function DeadlinesPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const announce = useAnnounce();
  const today = calendarDateIn(
    session.data?.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
    appNow(),
  );
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', kind: '', state: 'open' });
  const [view, setView] = useState<'agenda' | 'month'>('agenda');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [page, setPage] = useState(0);
  const [day, setDay] = useState<string | null>(null);
  const [dayPage, setDayPage] = useState(0);
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);

  const common = {
    ...(filters.kind && { kind: filters.kind }),
    state: filters.state,
  };
  const range = view === 'month' ? monthRange(month) : { from: filters.from, to: filters.to };
  const agendaFilters = {
    ...common,
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
  };
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(0);
    setDayPage(0);
  };

  const exportCalendar = async () => {
    setExporting(true);
    setExportError(null);
    const result = await downloadIcs(
      t,
      scope === 'all'
        ? { state: 'open' }
        : {
            ...(filters.kind && { kind: filters.kind }),
            ...(range.from && { from: range.from }),
            ...(range.to && { to: range.to }),
            state: filters.state === 'open' ? 'open' : 'all',
          },
    );
    setExporting(false);
    if (result.ok) announce(t('deadlinesScreen.exported', { count: result.value.count }));
    else setExportError(result.error);
  };

  return (
    <>
      <PageHeader
        title={t('deadlinesScreen.title')}
        actions={
          <div className="export-choice">
            <label>
              {t('agendaView.exportScope')}
              <select value={scope} onChange={(e) => setScope(e.target.value as 'shown' | 'all')}>
                <option value="shown">{t('agendaView.exportShown')}</option>
                <option value="all">{t('agendaView.exportAll')}</option>
              </select>
            </label>
            <button
              type="button"
              className="button"
              onClick={() => void exportCalendar()}
              disabled={exporting}
            >
              {exporting ? t('deadlinesScreen.exporting') : t('deadlinesScreen.export')}
            </button>
          </div>
        }
      />
      {exportError !== null && <ErrorNotice error={exportError} />}
      <fieldset className="filters">
        <legend className="visually-hidden">{t('deadlinesScreen.filters')}</legend>
        {view === 'agenda' && (
          <>
            <div className="filter-field">
              <label htmlFor="deadlines-from">{t('deadlinesScreen.from')}</label>
              <FilterDate id="deadlines-from" value={filters.from} onDate={(date) => set('from', date)} />
            </div>
            <div className="filter-field">
              <label htmlFor="deadlines-to">{t('deadlinesScreen.to')}</label>
              <FilterDate id="deadlines-to" value={filters.to} onDate={(date) => set('to', date)} />
            </div>
          </>
        )}
        <label>
          {t('deadlinesScreen.kind')}
          <select value={filters.kind} onChange={(e) => set('kind', e.target.value as DeadlineKind | '')}>
            <option value="">{t('deadlinesScreen.anyKind')}</option>
            {DEADLINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`deadlineKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deadlinesScreen.state')}
          <select value={filters.state} onChange={(e) => set('state', e.target.value as State)}>
            {(['open', 'done', 'dismissed', 'all'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`deadlinesScreen.states.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="view-switch">
          <legend className="visually-hidden">{t('deadlinesScreen.view')}</legend>
          {(['agenda', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(`deadlinesScreen.${v}`)}
            </button>
          ))}
        </fieldset>
      </fieldset>
      {view === 'month' ? (
        <MonthView
          month={month}
          today={today}
          filters={common}
          day={day}
          dayPage={dayPage}
          onMonth={(next) => {
            setMonth(next);
            setDay(null);
          }}
          onDay={(next) => {
            setDay(next);
            setDayPage(0);
          }}
          onDayPage={setDayPage}
          locale={i18n.language}
        />
      ) : (
        <AgendaList filters={agendaFilters} page={page} onPage={setPage} />
      )}
    </>
  );
}

function MonthView({
  month,
  today,
  filters,
  day,
  dayPage,
  onMonth,
  onDay,
  onDayPage,
  locale,
}: {
  month: string;
  today: string;
  filters: { kind?: DeadlineKind; state: State };
  day: string | null;
  dayPage: number;
  onMonth: (month: string) => void;
  onDay: (day: string) => void;
  onDayPage: (page: number) => void;
  locale: string;
}) {
  const { t } = useTranslation();
  const counts = useDayCounts({ ...monthRange(month), ...filters });
  const byDay = new Map((counts.data?.days ?? []).map((d) => [d.date, d.count]));
  return (
    <>
      <div className="month-nav">
        <button type="button" className="button" onClick={() => onMonth(shiftMonth(month, -1))}>
          {t('deadlinesScreen.previousMonth')}
        </button>
        <h2 aria-live="polite">
          {new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
            Date.parse(`${month}-01T00:00:00Z`),
          )}
        </h2>
        <button type="button" className="button" onClick={() => onMonth(shiftMonth(month, 1))}>
          {t('deadlinesScreen.nextMonth')}
        </button>
      </div>
      {counts.isError && <ErrorNotice error={counts.error} onRetry={() => void counts.refetch()} />}
      {counts.data && (
        <p className="muted" role="status">
          {t('agendaView.monthTotal', { count: counts.data.total })}
        </p>
      )}
      <MonthCalendar month={month} today={today} counts={byDay} selected={day} onSelect={onDay} />
      {day && (
        <section aria-labelledby="day-drill-down" className="day-drill-down">
          <h2 id="day-drill-down">{t('agendaView.dayHeading', { date: formatDayLong(day, locale) })}</h2>
          <AgendaList
            filters={{ ...filters, from: day, to: day }}
            page={dayPage}
            onPage={onDayPage}
            caption={t('agendaView.dayCaption', { date: formatDayLong(day, locale) })}
          />
        </section>
      )}
    </>
  );
}

/**
 * A filter's date in the app's one date field: the list follows it once a whole, real date is
 * typed (or the field is cleared), so half-typed text never filters or errors.
 */
function FilterDate({ id, value, onDate }: { id: string; value: string; onDate: (date: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <DateInput
      id={id}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        if (typed.trim() === '') onDate('');
        else if (isoDateParts(typed)) onDate(typed.trim());
      }}
    />
  );
}
