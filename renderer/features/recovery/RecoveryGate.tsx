import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from './dataCheck';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks the data service first whether the data opened. When it did not, the recovery screen is
 * all there is: no other screen could read or save anything.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useAppStatus();
  if (status.isPending) {
    return (
      <main id="main" className="content">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  if (status.data?.state === 'recovery') return <RecoveryScreen status={status.data} />;
  // Ready, or a failure to ask: the app's own screens report failures in their place.
  return <>{children}</>;
}
