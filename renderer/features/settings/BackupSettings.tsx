import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, BackupEntry, BackupOverview, Session } from '../../../main/contract';
import { call, fetchValue } from '../../api/client';
import { useProgress } from '../../api/useProgress';
import { formatInstant, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PassphraseField } from '../../ui/PassphraseField';
import { RestoreWithPassphrase } from '../../ui/RestoreWithPassphrase';
import { useAnnounce } from '../../ui/StatusMessage';
import { workingUser } from '../session/queries';

const backupsKey = ['backups'] as const;

/**
 * Settings > Backups: where copies go, how many are kept, the passphrase, and every backup with
 * the result of its check. Restoring asks for confirmation (and the backup's passphrase when the
 * app no longer holds it) and reloads the app on the restored data. A copy in progress shows how
 * far it is; a daily backup that failed says so here, not only in the log.
 */
export function BackupSettings({ session }: { session: Session }) {
  const { t } = useTranslation();
  const overview = useQuery({ queryKey: backupsKey, queryFn: () => fetchValue('backups.list', {}) });
  const isLawyer = workingUser(session)?.role === 'lawyer';
  return (
    <section className="settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('backups.heading')}</h2>
      <p>{t('backups.intro')}</p>
      {overview.isPending && <p role="status">{t('app.loading')}</p>}
      {overview.isError && <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          {!overview.data.folderReachable && (
            <p className="notice notice-error" role="alert">
              {t('backups.unreachable')}
            </p>
          )}
          <LastDailyFailure overview={overview.data} />
          <BackupList overview={overview.data} isLawyer={isLawyer} />
          {isLawyer ? <BackupSettingsForm overview={overview.data} /> : <p>{t('backups.lawyerOnly')}</p>}
        </>
      )}
    </section>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: backupsKey });
}

function LastDailyFailure({ overview }: { overview: BackupOverview }) {
  const { t, i18n } = useTranslation();
  const last = overview.lastDaily;
  if (!last || last.ok) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('backups.lastDailyFailed', { when: formatInstant(last.at, i18n.language) })}</p>
      {last.detail && (
        <details>
          <summary>{t('backups.lastDailyDetail')}</summary>
          <p>{last.detail}</p>
        </details>
      )}
    </div>
  );
}

/** How far the copy is (a backup, or the safety copy a restore makes first); pushed by the data service. */
function CopyProgress({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const progress = useProgress('backups.create', active);
  if (!active || !progress || progress.total === 0) return null;
  const percent = Math.floor((progress.done / progress.total) * 100);
  return (
    <p>
      <progress aria-label={t('backups.progressLabel')} max={progress.total} value={progress.done} />{' '}
      <span>{t('backups.progress', { percent })}</span>
    </p>
  );
}

function BackupList({ overview, isLawyer }: { overview: BackupOverview; isLawyer: boolean }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [passphrase, setPassphrase] = useState('');

  async function backUpNow() {
    setBusy(true);
    setError(null);
    const result = await call('backups.create', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    announce(t('backups.made'));
    await refresh();
  }

  async function checkAgain(name: string) {
    const result = await call('backups.verify', { name });
    if (!result.ok) return setError(result.error);
    await refresh();
  }

  async function restore(entry: BackupEntry) {
    setBusy(true);
    setError(null);
    const result = await call('backups.restore', {
      name: entry.name,
      ...(entry.encrypted && passphrase !== '' ? { passphrase } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    announce(t('backups.restored'));
    // Every screen must read the restored data, and choose again who is working.
    window.location.reload();
  }

  return (
    <>
      <p>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void backUpNow()}
        >
          {busy ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </p>
      <CopyProgress active={busy} />
      {error && !error.fields?.passphrase && <ErrorNotice error={error} />}
      {overview.backups.some((backup) => backup.otherPractice) && <p>{t('backups.otherPracticeHint')}</p>}
      {confirming && (
        <div className="notice" role="alertdialog" aria-labelledby="restore-confirm">
          <p id="restore-confirm">
            {t('backups.confirmRestore', { when: formatInstant(confirming.createdAt, i18n.language) })}
          </p>
          <RestoreWithPassphrase
            askPassphrase={confirming.encrypted}
            passphraseLabel={t('backups.restorePassphrase')}
            passphrase={passphrase}
            onPassphraseChange={setPassphrase}
            passphraseError={error?.fields?.passphrase}
            busy={busy}
            restoreLabel={t('backups.confirm')}
            onRestore={() => void restore(confirming)}
          />{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(null);
              setPassphrase('');
              setError(null);
            }}
          >
            {t('backups.cancel')}
          </button>
        </div>
      )}
      {overview.backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <table className="table">
          <caption>{t('backups.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.columns.when')}</th>
              <th scope="col">{t('backups.columns.kind')}</th>
              <th scope="col">{t('backups.columns.check')}</th>
              <th scope="col">{t('backups.columns.records')}</th>
              <th scope="col">{t('backups.columns.size')}</th>
              <th scope="col">{t('backups.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.backups.map((backup) => (
              <tr key={backup.name}>
                <td>{formatInstant(backup.createdAt, i18n.language)}</td>
                <td>
                  {t(`backups.kinds.${backup.kind}`)}
                  {backup.encrypted && ` (${t('backups.encrypted')})`}
                  {backup.otherPractice && ` — ${t('backups.otherPractice')}`}
                </td>
                <td>
                  {backup.beforeDeletion
                    ? t('backups.beforeDeletionMark')
                    : backup.verified
                      ? t('backups.verified')
                      : t('backups.unusable')}
                </td>
                <td>{backup.counts ? formatNumber(backup.counts.clients, i18n.language) : '—'}</td>
                <td>
                  {t('backups.sizeKb', {
                    size: formatNumber(Math.ceil(backup.sizeBytes / 1024), i18n.language),
                  })}
                </td>
                <td>
                  <button type="button" className="button" onClick={() => void checkAgain(backup.name)}>
                    {t('backups.checkAgain')}
                  </button>
                  {isLawyer && backup.verified && !backup.beforeDeletion && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setError(null);
                        setPassphrase('');
                        setConfirming(backup);
                      }}
                    >
                      {t('backups.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function BackupSettingsForm({ overview }: { overview: BackupOverview }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const announce = useAnnounce();
  const { settings } = overview;
  const [folder, setFolder] = useState(settings.folder ?? '');
  const [daily, setDaily] = useState(settings.daily);
  const [keepDaily, setKeepDaily] = useState(String(settings.keepDaily));
  const [keepMonthly, setKeepMonthly] = useState(String(settings.keepMonthly));
  const [encrypt, setEncrypt] = useState(settings.encrypted);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const fields = error?.fields ?? {};

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await call('backups.updateSettings', {
      folder: folder.trim() === '' ? null : folder.trim(),
      daily,
      keepDaily: Number(keepDaily),
      keepMonthly: Number(keepMonthly),
      // Unchanged when protection stays on and no new passphrase is typed.
      ...(encrypt ? (passphrase !== '' ? { passphrase } : {}) : { passphrase: null }),
    });
    if (!result.ok) return setError(result.error);
    setPassphrase('');
    announce(t('backups.saved'));
    await refresh();
  }

  return (
    // Boxed and two numbers to a row, like the other Settings forms (it ran the window's full width).
    <form className="form" onSubmit={(event) => void save(event)} noValidate>
      {error && !error.fields && <ErrorNotice error={error} />}
      <Field
        label={t('backups.folder')}
        hint={t('backups.folderHint', { folder: overview.defaultFolder })}
        error={fields.folder}
      >
        {(props) => <input {...props} value={folder} onChange={(event) => setFolder(event.target.value)} />}
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" checked={daily} onChange={(event) => setDaily(event.target.checked)} />{' '}
          {t('backups.daily')}
        </label>
      </div>
      <div className="form-grid">
        <Field label={t('backups.keepDaily')} error={fields.keepDaily}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={365}
              value={keepDaily}
              onChange={(event) => setKeepDaily(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('backups.keepMonthly')} error={fields.keepMonthly}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={120}
              value={keepMonthly}
              onChange={(event) => setKeepMonthly(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)} />{' '}
          {t('backups.encrypt')}
        </label>
        <p className="field-hint">
          {settings.encrypted ? t('backups.encryptedNow') : t('backups.encryptHint')}
        </p>
      </div>
      {encrypt && (
        <PassphraseField
          label={t('backups.newPassphrase')}
          error={fields.passphrase}
          autoComplete="new-password"
          value={passphrase}
          onChange={setPassphrase}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button">
          {t('backups.save')}
        </button>
      </div>
    </form>
  );
}
