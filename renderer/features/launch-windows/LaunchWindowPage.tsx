import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { ArchiveWindow } from './ArchiveWindow';
import { CapTracker } from './CapTracker';
import { Countdown } from './Countdown';
import { EnrolFamilies } from './EnrolFamilies';
import { useLaunchCommand, useLaunchQueue } from './queries';
import { ReadinessQueue } from './ReadinessQueue';
import { setRehearsal } from './rehearsalStore';
import { WindowSettingsForm } from './WindowSettingsForm';
import './launch-windows.css';

/** Preparing a window: its rules, who is enrolled, and what still blocks each family. */
export function LaunchWindowPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const queue = useLaunchQueue(id);
  const [editing, setEditing] = useState(false);
  const rehearse = useLaunchCommand();
  const [, navigate] = useLocation();
  if (queue.isPending) return <p role="status">{t('app.loading')}</p>;
  if (queue.isError) return <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />;
  const { window: w } = queue.data;
  const enrolled = new Set(queue.data.families.map((f) => f.clientId));
  const startRehearsal = async () => {
    const rehearsal = await rehearse.run(() => call('launchWindows.startRehearsal', { windowId: w.id }));
    if (!rehearsal) return;
    setRehearsal(w.id, rehearsal);
    navigate(`/launch-windows/${w.id}/launch`);
  };
  return (
    <>
      <p className="breadcrumb">
        <Link href="/launch-windows">{t('launchScreens.backToList')}</Link>
      </p>
      <PageHeader
        title={w.name}
        actions={
          <>
            <Link href={`/launch-windows/${w.id}/launch`} className="button button-primary">
              {t('launchScreens.launchMode')}
            </Link>
            <button
              type="button"
              className="button"
              disabled={rehearse.pending}
              aria-describedby="rehearsal-hint"
              onClick={() => void startRehearsal()}
            >
              {t('launchScreens.rehearsal.start')}
            </button>
            <Link href={`/launch-windows/${w.id}/report`} className="button">
              {t('launchScreens.report')}
            </Link>
            <button
              type="button"
              className="button"
              aria-expanded={editing}
              onClick={() => setEditing((open) => !open)}
            >
              {t('launchScreens.settings.edit')}
            </button>
          </>
        }
      />
      <p id="rehearsal-hint" className="field-hint">
        {t('launchScreens.rehearsal.hint')}
      </p>
      {rehearse.error && <ErrorNotice error={rehearse.error} />}
      {editing && <WindowSettingsForm key={w.version} window={w} onDone={() => setEditing(false)} />}
      {editing && <ArchiveWindow window={w} />}
      <div className="launch-summary">
        <Countdown window={w} />
        <CapTracker window={w} cap={queue.data.cap} />
      </div>
      <ReadinessQueue queue={queue.data} />
      <EnrolFamilies windowId={w.id} enrolled={enrolled} />
      <p>
        <Link href={`/launch-windows/${w.id}/import`}>{t('launchScreens.importFamilies')}</Link>
      </p>
    </>
  );
}
