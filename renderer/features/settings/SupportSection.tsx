import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppDiagnostics } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';

/** The plain-text summary a paralegal pastes into an email to support. No client data in it. */
export function diagnosticSummary(d: AppDiagnostics): string {
  const lines = [
    `Caseport ${d.appVersion} (schema ${d.schemaVersion})`,
    `${d.platform} ${d.osRelease} ${d.arch}; Node ${d.nodeVersion}${d.electronVersion ? `; Electron ${d.electronVersion}` : ''}`,
    `Data folder: ${d.dataDir}`,
    `Log file: ${d.logFile}`,
    `Recent errors: ${d.recentErrors.length === 0 ? 'none' : ''}`,
    ...d.recentErrors.map((e) => `  ${e.at} ${e.channel} ${e.code}`),
  ];
  return lines.join('\n');
}

/** Settings > Support: where the data and the log live, and a summary to copy for support. */
export function SupportSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const diagnostics = useQuery({
    queryKey: ['app.diagnostics'],
    queryFn: () => fetchValue('app.diagnostics', {}),
  });
  const copy = async (d: AppDiagnostics) => {
    try {
      await navigator.clipboard.writeText(diagnosticSummary(d));
      announce(t('support.copied'));
    } catch {
      announce(t('support.copyFailed'));
    }
  };
  return (
    <section className="settings-section" aria-labelledby="settings-support">
      <h2 id="settings-support">{t('support.heading')}</h2>
      <p className="field-hint">{t('support.intro')}</p>
      {diagnostics.isError && (
        <ErrorNotice error={diagnostics.error} onRetry={() => void diagnostics.refetch()} />
      )}
      {diagnostics.data && (
        <>
          <dl className="details">
            <dt>{t('support.version')}</dt>
            <dd>
              {t('support.versionValue', {
                version: diagnostics.data.appVersion,
                schema: diagnostics.data.schemaVersion,
              })}
            </dd>
            <dt>{t('support.dataFolder')}</dt>
            <dd>
              <code>{diagnostics.data.dataDir}</code>
            </dd>
            <dt>{t('support.logFile')}</dt>
            <dd>
              <code>{diagnostics.data.logFile}</code>
            </dd>
            <dt>{t('support.recentErrors')}</dt>
            <dd>
              {diagnostics.data.recentErrors.length === 0
                ? t('support.noErrors')
                : t('support.errorCount', { count: diagnostics.data.recentErrors.length })}
            </dd>
          </dl>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => diagnostics.data && void copy(diagnostics.data)}
            >
              {t('support.copy')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
