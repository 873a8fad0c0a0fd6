import { useTranslation } from 'react-i18next';
import type { QueueFamily } from '../../../main/contract';
import { blockerText, memberName, queueItemLabel } from './labels';

/**
 * Everything launch mode keeps out of the way: every blocker and every document, per member,
 * behind one disclosure placed after the record button, so Tab still runs number to number.
 */
export function FamilyChecklists({ family }: { family: QueueFamily }) {
  const { t } = useTranslation();
  const blockers = family.members.reduce((sum, m) => sum + m.blockers.length, 0);
  return (
    <details className="family-checklists">
      <summary>
        {blockers > 0
          ? t('launchScreens.launch.showBlockers', { count: blockers })
          : t('launchScreens.launch.showChecklists')}
      </summary>
      {family.members.map((member) => (
        <section
          key={member.memberKey}
          aria-label={t('launchScreens.launch.checklistOf', { name: memberName(member) })}
        >
          <h3>{memberName(member)}</h3>
          {member.blockers.length > 0 && (
            <ul className="plain-list blocker-list">
              {member.blockers.map((b) => (
                <li key={`${b.code}-${JSON.stringify(b.params)}`}>
                  {b.eligibility && (
                    <span className="blocker-tag">{t('launchScreens.readiness.eligibility')}</span>
                  )}
                  {blockerText(t, b)}
                </li>
              ))}
            </ul>
          )}
          <ul className="plain-list member-checklist">
            {member.checklist.map((item) => (
              <li key={item.id} className={`checklist-${item.state}`}>
                <span className="checklist-mark" aria-hidden="true">
                  {item.state === 'verified' || item.state === 'not-applicable' ? '✓' : '•'}
                </span>{' '}
                {queueItemLabel(t, item)} — {t(`checklistStates.${item.state}`)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
