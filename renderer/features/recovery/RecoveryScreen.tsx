import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  type AppStatus,
  type BackupEntry,
  RESTORABLE_PROBLEMS,
  RETRYABLE_PROBLEMS,
} from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstant } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { RestoreWithPassphrase } from '../../ui/RestoreWithPassphrase';

type Recovery = Extract<AppStatus, { state: 'recovery' }>;

/**
 * One page per start-up problem, in plain words, with only safe actions: restore the latest
 * verified backup (the refused file is kept aside, unchanged), try again, use another data
 * folder, copy the folder's location, quit. Nothing here can write to the refused file.
 */
export function RecoveryScreen({ status: initial }: { status: Recovery }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Recovery>(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { problem, dataDir, backups } = status;
  const latest = backups[0] ?? null;
  const restorable = RESTORABLE_PROBLEMS.includes(problem.kind);

  async function run(action: () => ReturnType<typeof call<'recovery.retry'>>) {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // The data is open: start the app afresh on it.
    if (result.value.state === 'ready') return window.location.reload();
    setStatus(result.value);
  }

  return (
    <main id="main" className="content recovery">
      <h1>{t(`recovery.kinds.${problem.kind}.title`)}</h1>
      <p>{t(`recovery.kinds.${problem.kind}.body`)}</p>
      <p>{t('recovery.untouched')}</p>
      <p>
        {t('recovery.folder')} <code>{dataDir}</code>{' '}
        <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(dataDir)}>
          {t('recovery.copyFolder')}
        </button>
      </p>
      {error && <ErrorNotice error={error} />}

      {restorable && (
        <section aria-labelledby="recovery-restore">
          <h2 id="recovery-restore">{t('recovery.restoreHeading')}</h2>
          {latest ? (
            <RestoreLatest
              latest={latest}
              busy={busy}
              error={error}
              locale={i18n.language}
              onRestore={(passphrase) =>
                void run(() =>
                  call('recovery.restore', { name: latest.name, ...(passphrase ? { passphrase } : {}) }),
                )
              }
            />
          ) : (
            <p>{t('recovery.noBackup')}</p>
          )}
        </section>
      )}

      <section aria-labelledby="recovery-other">
        <h2 id="recovery-other">{t('recovery.otherHeading')}</h2>
        {RETRYABLE_PROBLEMS.includes(problem.kind) && (
          <p>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => call('recovery.retry', {}))}
            >
              {t('recovery.retry')}
            </button>
          </p>
        )}
        <OtherFolder
          busy={busy}
          onOpen={(folder) => void run(() => call('recovery.useDataFolder', { folder }))}
        />
        <p>
          <button type="button" className="button" onClick={() => window.close()}>
            {t('recovery.quit')}
          </button>
        </p>
      </section>
    </main>
  );
}

function RestoreLatest({
  latest,
  busy,
  error,
  locale,
  onRestore,
}: {
  latest: BackupEntry;
  busy: boolean;
  error: AppError | null;
  locale: string;
  onRestore: (passphrase: string) => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const passphraseError = error?.fields?.passphrase;
  const needsPassphrase = latest.encrypted && Boolean(passphraseError);
  return (
    <>
      <p>
        {t('recovery.latest', {
          when: formatInstant(latest.createdAt, locale),
          clients: latest.counts?.clients ?? 0,
        })}
      </p>
      {/* Offered when this data folder has no backup of its own: moving in from another computer. */}
      {latest.otherPractice && <p>{t('recovery.otherPractice')}</p>}
      <RestoreWithPassphrase
        askPassphrase={needsPassphrase}
        passphraseLabel={t('backups.passphrase')}
        passphrase={passphrase}
        onPassphraseChange={setPassphrase}
        passphraseError={passphraseError}
        busy={busy}
        restoreLabel={t('recovery.restoreLatest')}
        onRestore={() => onRestore(passphrase)}
      />
    </>
  );
}

function OtherFolder({ busy, onOpen }: { busy: boolean; onOpen: (folder: string) => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (folder.trim()) onOpen(folder.trim());
      }}
    >
      <Field label={t('recovery.otherFolder')} hint={t('recovery.otherFolderHint')}>
        {(props) => <input {...props} value={folder} onChange={(event) => setFolder(event.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {t('recovery.useFolder')}
      </button>
    </form>
  );
}
