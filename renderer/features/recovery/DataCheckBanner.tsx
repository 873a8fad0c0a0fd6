import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDataCheck } from './dataCheck';

/**
 * Shown on every screen when the background check (after a clean close) finds the data file
 * damaged or its change history altered outside Caseport. The start-up check refuses such a file
 * outright; here the app is already open, so work can go on, but the person is told plainly and
 * sent to the backups, and the next start refuses the file until a backup is restored.
 */
export function DataCheckBanner() {
  const { t } = useTranslation();
  const check = useDataCheck();
  if (check?.state !== 'altered' && check?.state !== 'damaged') return null;
  return (
    <div className="notice notice-error data-check-warning" role="alert">
      <p>
        <strong>{t(`dataCheck.${check.state}.title`)}</strong>
      </p>
      <p>
        {check.state === 'altered'
          ? t('dataCheck.altered.body', { entry: check.entryId })
          : t('dataCheck.damaged.body')}
      </p>
      <p>
        <Link href="/settings">{t('dataCheck.toBackups')}</Link>
      </p>
    </div>
  );
}
