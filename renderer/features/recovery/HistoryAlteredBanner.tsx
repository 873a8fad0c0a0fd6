import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useHistoryCheck } from './historyCheck';

/**
 * Shown on every screen when the change history was found altered outside Caseport while the
 * app was open (the start-up check refuses such a file outright; this is the check that runs in
 * the background after a clean close). Work can go on, but the person is told plainly and sent
 * to the backups, and the next start refuses the file until a backup is restored.
 */
export function HistoryAlteredBanner() {
  const { t } = useTranslation();
  const history = useHistoryCheck();
  if (history?.state !== 'altered') return null;
  return (
    <div className="notice notice-error history-altered" role="alert">
      <p>
        <strong>{t('history.altered.title')}</strong>
      </p>
      <p>{t('history.altered.body', { entry: history.entryId })}</p>
      <p>
        <Link href="/settings">{t('history.altered.toBackups')}</Link>
      </p>
    </div>
  );
}
