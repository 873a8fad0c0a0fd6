import { useTranslation } from 'react-i18next';
import type { ApplicationStage, FirmUser, StatusChange } from '../../../main/contract';
import { formatInstant } from '../../i18n/format';

/** Every stage and government status change, oldest first, with who, when and why. */
export function StatusHistory({ history, users }: { history: StatusChange[]; users: FirmUser[] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return <p className="muted">{t('family.applications.historyEmpty')}</p>;
  const none = t('family.applications.historyNone');
  const stageName = (value: string) =>
    value ? t(`stages.${value as ApplicationStage}`, { defaultValue: value }) : none;
  return (
    <ol className="timeline">
      {history.map((change) => {
        const who =
          users.find((u) => u.id === change.changedBy)?.displayName ?? t('family.applications.unknownUser');
        return (
          <li key={change.id}>
            <p className="timeline-when">
              <time dateTime={change.changedAt}>
                {t('family.applications.historyWhen', {
                  when: formatInstant(change.changedAt, i18n.language),
                  who,
                })}
              </time>
            </p>
            <p>
              {change.kind === 'stage'
                ? t('family.applications.historyStage', {
                    from: stageName(change.fromValue),
                    to: stageName(change.toValue),
                  })
                : t('family.applications.historyGovernment', {
                    from: change.fromValue || none,
                    to: change.toValue || none,
                  })}
            </p>
            {change.note && (
              <p className="timeline-note">{t('family.applications.historyNote', { note: change.note })}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
