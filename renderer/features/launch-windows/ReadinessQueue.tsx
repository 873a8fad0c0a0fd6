import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LaunchQueue } from '../../../main/contract';
import { formatNumber } from '../../i18n/format';
import { blockerText, memberName } from './labels';

/** Readiness per family, in the order the launch will work through them: ready first. */
export function ReadinessQueue({ queue }: { queue: LaunchQueue }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { counts } = queue;
  return (
    <section aria-labelledby="readiness">
      <h2 id="readiness">{t('launchScreens.readiness.heading')}</h2>
      <dl className="stat-list" aria-label={t('launchScreens.readiness.counts')}>
        {(['families', 'ready', 'blocked', 'inProgress', 'submitted', 'withdrawn'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`launchScreens.readiness.${key}`)}</dt>
            <dd>{n(counts[key])}</dd>
          </div>
        ))}
      </dl>
      {queue.families.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>{t('launchScreens.readiness.emptyTitle')}</strong>
          </p>
          <p className="muted">{t('launchScreens.readiness.emptyBody')}</p>
        </div>
      ) : (
        <table className="data-table queue-table">
          <caption className="visually-hidden">{t('launchScreens.readiness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('launchScreens.readiness.position')}</th>
              <th scope="col">{t('launchScreens.readiness.family')}</th>
              <th scope="col">{t('launchScreens.readiness.state')}</th>
              <th scope="col">{t('launchScreens.readiness.score')}</th>
              <th scope="col">{t('launchScreens.readiness.blockers')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.families.map((family) => (
              <tr key={family.enrolmentId}>
                <td>{family.position}</td>
                <td>
                  <Link href={`/clients/${family.clientId}`}>{memberName(family)}</Link>
                  <span className="muted">
                    {' '}
                    {t('launchScreens.readiness.members', { count: family.members.length })}
                  </span>
                </td>
                <td>
                  <span className={`queue-state queue-state-${family.state}`}>
                    {t(`launchWindows.queueStates.${family.state}`)}
                  </span>
                </td>
                <td>{family.score}</td>
                <td>
                  {family.blockers.length === 0 ? (
                    <span className="muted">{t('launchScreens.readiness.none')}</span>
                  ) : (
                    <ul className="plain-list blocker-list">
                      {family.blockers.map((blocker) => (
                        <li key={`${blocker.code}-${blocker.memberKey}-${JSON.stringify(blocker.params)}`}>
                          {blocker.eligibility && (
                            <span className="blocker-tag">{t('launchScreens.readiness.eligibility')}</span>
                          )}
                          {blockerText(t, blocker)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
