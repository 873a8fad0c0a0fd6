import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  type ChannelInput,
  DEADLINE_KINDS,
  type DeadlineKind,
  type DeadlineListItem,
} from '../../../main/contract';
import { calendarDateIn } from '../../../main/contract/dates';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { useSession } from '../session/queries';
import { DeadlineActions } from './DeadlineActions';
import { downloadIcs } from './exportIcs';
import { MonthCalendar, monthRange, shiftMonth } from './MonthCalendar';
import { familyName, personName } from './messages';
import { useDeadlineList } from './queries';
import { WhyThisDate } from './WhyThisDate';
import './deadlines.css';

type State = 'open' | 'done' | 'dismissed' | 'all';
interface Filters {
  from: string;
  to: string;
  kind: DeadlineKind | '';
  state: State;
}

/** Every deadline across families: an agenda list or a month grid, with filters and ICS export. */
export function DeadlinesPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const announce = useAnnounce();
  const today = calendarDateIn(
    session.data?.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', kind: '', state: 'open' });
  const [view, setView] = useState<'agenda' | 'month'>('agenda');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);

  const common = {
    ...(filters.kind && { kind: filters.kind }),
    state: filters.state,
  };
  const range = view === 'month' ? monthRange(month) : { from: filters.from, to: filters.to };
  const query: ChannelInput<'deadlines.list'> = {
    ...common,
    ...(range.from && { from: range.from }),
    ...(range.to && { to: range.to }),
    limit: 1000,
  };
  const list = useDeadlineList(query);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  const exportCalendar = async () => {
    setExporting(true);
    setExportError(null);
    const result = await downloadIcs(t, {
      ...(filters.kind && { kind: filters.kind }),
      ...(range.from && { from: range.from }),
      ...(range.to && { to: range.to }),
      state: filters.state === 'open' ? 'open' : 'all',
    });
    setExporting(false);
    if (result.ok) announce(t('deadlinesScreen.exported', { count: result.value.count }));
    else setExportError(result.error);
  };

  return (
    <>
      <PageHeader
        title={t('deadlinesScreen.title')}
        actions={
          <button type="button" className="button" onClick={() => void exportCalendar()} disabled={exporting}>
            {exporting ? t('deadlinesScreen.exporting') : t('deadlinesScreen.export')}
          </button>
        }
      />
      {exportError !== null && <ErrorNotice error={exportError} />}
      <fieldset className="filters">
        <legend className="visually-hidden">{t('deadlinesScreen.filters')}</legend>
        {view === 'agenda' && (
          <>
            <label>
              {t('deadlinesScreen.from')}
              <input type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
            </label>
            <label>
              {t('deadlinesScreen.to')}
              <input type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
            </label>
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
      {view === 'month' && (
        <div className="month-nav">
          <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, -1))}>
            {t('deadlinesScreen.previousMonth')}
          </button>
          <h2 aria-live="polite">
            {new Intl.DateTimeFormat(i18n.language, {
              month: 'long',
              year: 'numeric',
              timeZone: 'UTC',
            }).format(Date.parse(`${month}-01T00:00:00Z`))}
          </h2>
          <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, 1))}>
            {t('deadlinesScreen.nextMonth')}
          </button>
        </div>
      )}
      {list.isPending && <p role="status">{t('app.loading')}</p>}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <p className="muted" role="status">
            {t('deadlinesScreen.total', { count: list.data.total })}
          </p>
          {view === 'month' ? (
            <MonthCalendar month={month} today={today} deadlines={list.data.items} />
          ) : list.data.items.length === 0 ? (
            <div className="empty-state">
              <p>{t('deadlinesScreen.empty')}</p>
            </div>
          ) : (
            <Agenda items={list.data.items} />
          )}
        </>
      )}
    </>
  );
}

function Agenda({ items }: { items: DeadlineListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table deadline-table">
      <caption className="visually-hidden">{t('deadlinesScreen.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('deadlinesScreen.dueOn')}</th>
          <th scope="col">{t('deadlinesScreen.family')}</th>
          <th scope="col">{t('deadlinesScreen.person')}</th>
          <th scope="col">{t('deadlinesScreen.kindColumn')}</th>
          <th scope="col">{t('deadlinesScreen.titleColumn')}</th>
          <th scope="col">{t('deadlineRow.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => {
          const kind = t(`deadlineKinds.${d.kind}`);
          const person = personName(d);
          return (
            <tr key={d.id}>
              <td>
                <time dateTime={d.dueOn}>{formatCalendarDate(d.dueOn, i18n.language)}</time>
                {d.computedDueOn && <span className="tag">{t('deadlineRow.overridden')}</span>}
              </td>
              <td>
                <Link href={`/clients/${d.clientId}`}>{familyName(d)}</Link>
              </td>
              <td>{person}</td>
              <td>
                {kind}
                <WhyThisDate
                  id={d.id}
                  version={d.version}
                  label={t('deadlineRow.whyFor', { kind, name: person })}
                />
              </td>
              <td>{d.title}</td>
              <td>
                <DeadlineActions deadline={d} label={`${kind} – ${person}`} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
