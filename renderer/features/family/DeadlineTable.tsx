import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';

/** The family's deadlines, earliest first, done and dismissed ones included. */
export function DeadlineTable({ deadlines }: { deadlines: Deadline[] }) {
  const { t, i18n } = useTranslation();
  if (deadlines.length === 0) {
    return (
      <div className="empty-state">
        <p>
          <strong>{t('family.deadlines.empty')}</strong>
        </p>
        <p className="muted">{t('family.deadlines.emptyBody')}</p>
      </div>
    );
  }
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('family.deadlines.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('family.deadlines.dueOn')}</th>
          <th scope="col">{t('family.deadlines.kind')}</th>
          <th scope="col">{t('family.deadlines.title')}</th>
          <th scope="col">{t('family.deadlines.state')}</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={d.id}>
            <td>
              <time dateTime={d.dueOn}>{formatCalendarDate(d.dueOn, i18n.language)}</time>
            </td>
            <td>{t(`deadlineKinds.${d.kind}`)}</td>
            <td>{d.title}</td>
            <td>
              {d.completedAt
                ? t('family.deadlines.done')
                : d.dismissedAt
                  ? t('family.deadlines.dismissed')
                  : t('family.deadlines.open')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
