import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { formatCalendarDate } from '../../i18n/format';
import { type Blocker, daysBetween, type NextAction, nextDeadlines, summarizeFamily } from './caseSummary';
import { applicationTypeName, checklistItemLabel } from './labels';

/**
 * The top of the family page: the next deadlines, and for every application its stage, the
 * government's status, what blocks it and the next action — the file at a glance.
 */
export function CaseSummary({
  family,
  today,
  onShowDeadlines,
}: {
  family: Family;
  today: string;
  onShowDeadlines: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const summaries = summarizeFamily(family, today);
  const upcoming = nextDeadlines(family.deadlines, 3);
  const personOf = (dependantId: number | null) => {
    const person = dependantId === null ? family.client : family.dependants.find((d) => d.id === dependantId);
    return person ? personDisplayName(person) : '';
  };

  return (
    <div className="case-summary">
      <section aria-labelledby="case-next-deadlines" className="case-deadlines">
        <h2 id="case-next-deadlines">{t('caseView.deadlines.heading')}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">{t('caseView.deadlines.none')}</p>
        ) : (
          <ul className="plain-list">
            {upcoming.map((d) => (
              <li key={d.id} className={d.dueOn < today ? 'overdue' : undefined}>
                <time dateTime={d.dueOn}>{formatCalendarDate(d.dueOn, locale)}</time>{' '}
                <span className="when">({relativeDay(t, today, d.dueOn)})</span>{' '}
                {t(`deadlineKinds.${d.kind}`)} – {personOf(d.dependantId)}
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="link-button" onClick={onShowDeadlines}>
          {t('caseView.deadlines.all')}
        </button>
      </section>
      {/* It scrolls sideways when a long (often French) line does not fit: focusable, so the
          keyboard can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard */}
      <section aria-labelledby="case-standing" className="case-standing" tabIndex={0}>
        <h2 id="case-standing">{t('caseView.summary.heading')}</h2>
        <table className="data-table compact-table">
          <caption className="visually-hidden">{t('caseView.summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseView.summary.person')}</th>
              <th scope="col">{t('caseView.summary.application')}</th>
              <th scope="col">{t('caseView.summary.stage')}</th>
              <th scope="col">{t('caseView.summary.status')}</th>
              <th scope="col">{t('caseView.summary.blockers')}</th>
              <th scope="col">{t('caseView.summary.next')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.flatMap((person) =>
              person.rows.map((row, index) => (
                <tr key={`${person.key}-${row.key}`} className={index === 0 ? 'person-first' : undefined}>
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={person.rows.length}>
                      {person.personName}
                      {person.blockers.length > 0 && (
                        <span className="blockers person-blockers">
                          {person.blockers.map((b) => blockerText(t, b, locale)).join('; ')}
                        </span>
                      )}
                    </th>
                  )}
                  <td>
                    {row.application ? (
                      applicationTypeName(t, row.application)
                    ) : (
                      <span className="muted">{t('caseView.summary.noApplication')}</span>
                    )}
                  </td>
                  <td className="nowrap">{row.application ? t(`stages.${row.application.stage}`) : ''}</td>
                  <td className="nowrap">
                    {row.application &&
                      (row.application.governmentStatus || (
                        <span className="muted">{t('caseView.summary.noStatus')}</span>
                      ))}
                  </td>
                  <td className="nowrap">
                    {row.blockers.length === 0 ? (
                      <span className="muted">{t('caseView.summary.noBlockers')}</span>
                    ) : (
                      <span className="blockers">
                        {row.blockers.map((b) => blockerText(t, b, locale)).join('; ')}
                      </span>
                    )}
                  </td>
                  <td>{row.next ? nextText(t, row.next, locale) : t('caseView.next.none')}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}

export function relativeDay(t: TFunction, today: string, dueOn: string): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return t('caseView.deadlines.overdue', { count: -days });
  if (days === 0) return t('caseView.deadlines.today');
  return t('caseView.deadlines.inDays', { count: days });
}

function blockerText(t: TFunction, blocker: Blocker, locale: string): string {
  switch (blocker.kind) {
    case 'documents-missing':
      return t('caseView.blockers.documentsMissing', { count: blocker.count });
    case 'passport-expired':
      return t('caseView.blockers.passportExpired', { date: formatCalendarDate(blocker.date, locale) });
    case 'passport-expiring':
      return t('caseView.blockers.passportExpiring', { date: formatCalendarDate(blocker.date, locale) });
    case 'no-passport':
      return t('caseView.blockers.noPassport');
    case 'deadline-overdue':
      return t('caseView.blockers.deadlineOverdue', { count: blocker.count });
    case 'never-verified':
      return t('caseView.blockers.neverVerified');
  }
}

function nextText(t: TFunction, next: NextAction, locale: string): string {
  switch (next.kind) {
    case 'deadline':
      return t('caseView.next.deadline', {
        kind: t(`deadlineKinds.${next.deadline.kind}`),
        date: formatCalendarDate(next.deadline.dueOn, locale),
      });
    case 'collect':
      return t('caseView.next.collect', { item: checklistItemLabel(t, next.item) });
    case 'stage':
      return t(`caseView.next.stages.${next.stage}`);
  }
}
