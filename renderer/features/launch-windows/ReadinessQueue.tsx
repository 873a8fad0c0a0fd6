import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LaunchQueue, QueueFamily } from '../../../main/contract';
import { formatNumber } from '../../i18n/format';
import { BlockerFix } from './BlockerFix';
import { FamilyActions } from './FamilyActions';
import { blockerText, memberName } from './labels';

const PAGE = 25;

/**
 * Readiness that leads: what holds families back (counted by kind), then every family in the
 * order the launch will work them — grouped by person, eligibility first, each blocker with the
 * action that lifts it, right here. Ineligible families wait at the bottom with their reason.
 */
export function ReadinessQueue({ queue }: { queue: LaunchQueue }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const [shown, setShown] = useState(PAGE);
  const { counts } = queue;
  return (
    <section aria-labelledby="readiness" className="readiness">
      <h2 id="readiness">{t('launchScreens.readiness.heading')}</h2>
      <dl className="stat-list" aria-label={t('launchScreens.readiness.counts')}>
        {(
          ['families', 'ready', 'blocked', 'ineligible', 'inProgress', 'submitted', 'withdrawn'] as const
        ).map((key) => (
          <div key={key} className={`stat-${key}`}>
            <dt>{t(`launchScreens.readiness.${key}`)}</dt>
            <dd>{n(counts[key])}</dd>
          </div>
        ))}
      </dl>
      {queue.blockerCounts.length > 0 && (
        <section aria-labelledby="blocker-kinds" className="blocker-kinds">
          <h3 id="blocker-kinds">{t('launchScreens.readiness.byKind')}</h3>
          <ul className="plain-list">
            {queue.blockerCounts.map((kind) => (
              <li key={kind.code}>
                {kind.eligibility && (
                  <span className="blocker-tag">{t('launchScreens.readiness.eligibility')}</span>
                )}
                {t(
                  `launchScreens.blockerKinds.${kind.code}` as 'launchScreens.blockerKinds.documentMissing',
                  {
                    defaultValue: t('launchScreens.blockerKinds.other'),
                  },
                )}
                : {t('launchScreens.readiness.familiesCount', { count: kind.families })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {queue.families.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>{t('launchScreens.readiness.emptyTitle')}</strong>
          </p>
          <p className="muted">{t('launchScreens.readiness.emptyBody')}</p>
        </div>
      ) : (
        <>
          <ol className="plain-list readiness-families" aria-label={t('launchScreens.readiness.caption')}>
            {queue.families.slice(0, shown).map((family) => (
              <FamilyCard key={family.enrolmentId} queue={queue} family={family} />
            ))}
          </ol>
          {shown < queue.families.length && (
            <button type="button" className="button" onClick={() => setShown((s) => s + PAGE)}>
              {t('launchScreens.readiness.showMore', {
                count: Math.min(PAGE, queue.families.length - shown),
                total: n(queue.families.length),
              })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function FamilyCard({ queue, family }: { queue: LaunchQueue; family: QueueFamily }) {
  const { t } = useTranslation();
  const name = memberName(family);
  const reason = family.blockers.find((b) => b.eligibility);
  return (
    <li className={`readiness-family readiness-${family.state}`}>
      <article aria-label={t('launchScreens.readiness.familyLabel', { position: family.position, name })}>
        <header className="readiness-family-header">
          <h3>
            <span className="muted">{family.position}.</span>{' '}
            <Link href={`/clients/${family.clientId}`}>{name}</Link>
          </h3>
          <span className={`queue-state queue-state-${family.state}`}>
            {t(`launchWindows.queueStates.${family.state}`)}
          </span>
          {family.flagged && <span className="blocker-tag">{t('launchScreens.launch.flagged')}</span>}
          <span className="muted">
            {t('launchScreens.readiness.members', { count: family.members.length })} ·{' '}
            {t('launchScreens.readiness.scoreOf', { score: family.score })}
          </span>
        </header>
        {family.state === 'ineligible' && reason && (
          <p className="readiness-reason">
            {t('launchScreens.readiness.ineligibleBecause', { reason: blockerText(t, reason) })}
          </p>
        )}
        {family.state === 'ready' ? (
          // Nothing to do for a ready family: one line, not a wall of "Ready".
          <p className="muted">{t('launchScreens.readiness.allReady', { count: family.members.length })}</p>
        ) : (
          <div className="readiness-members">
            {family.members.map((member) => (
              <section key={member.memberKey} className="readiness-member" aria-label={memberName(member)}>
                <h4>
                  {memberName(member)}{' '}
                  <span className="muted">· {t(`launchWindows.audiences.${member.audience}`)}</span>
                </h4>
                {member.submission ? (
                  <p className="muted">
                    {t('launchScreens.readiness.memberSubmitted', {
                      number: member.submission.confirmationNumber,
                    })}
                  </p>
                ) : member.blockers.length === 0 ? (
                  <p className="muted">{t('launchScreens.readiness.memberReady')}</p>
                ) : (
                  <ul className="plain-list blocker-list">
                    {member.blockers.map((blocker) => (
                      <BlockerFix
                        key={`${blocker.code}-${JSON.stringify(blocker.params)}`}
                        windowId={queue.window.id}
                        family={family}
                        member={member}
                        blocker={blocker}
                        today={queue.today}
                      />
                    ))}
                  </ul>
                )}
                {member.flags.length > 0 && (
                  <ul className="plain-list flag-list">
                    {member.flags.map((flag) => (
                      <li key={flag.code}>
                        <span className="blocker-tag">{t('launchScreens.launch.flagged')}</span>{' '}
                        {blockerText(t, flag)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        )}
        {family.state !== 'submitted' && <FamilyActions windowId={queue.window.id} family={family} />}
      </article>
    </li>
  );
}
