import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LaunchQueue, QueueFamily, RehearsalReport } from '../../../main/contract';
import { countdown } from '../../../main/domain/launch-windows/countdown';
import { call } from '../../api/client';
import { formatInstantIn } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CapTracker } from './CapTracker';
import { Countdown, useNow } from './Countdown';
import { memberName } from './labels';
import { useLaunchCommand, useLaunchQueue } from './queries';
import { RehearsalReportView } from './RehearsalReportView';
import { setRehearsal, useRehearsal } from './rehearsalStore';
import { SubmissionForm } from './SubmissionForm';
import './launch-windows.css';

/**
 * The launch itself: a countdown in the window's zone, the cap, and one family at a time —
 * type the portal's confirmation numbers, press Enter, and the next family is already on
 * screen with the cursor in its first field. In a rehearsal the same screen runs on a copy.
 */
export function LaunchModePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const rehearsal = useRehearsal(id);
  const queue = useLaunchQueue(id, rehearsal?.id, true);
  const [report, setReport] = useState<RehearsalReport | null>(null);
  if (report) return <RehearsalReportView windowId={id} report={report} />;
  if (queue.isPending) return <p role="status">{t('app.loading')}</p>;
  if (queue.isError)
    return (
      <>
        <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />
        {rehearsal && (
          <button type="button" className="button" onClick={() => setRehearsal(id, null)}>
            {t('launchScreens.rehearsal.leave')}
          </button>
        )}
      </>
    );
  return <LaunchMode queue={queue.data} onFinished={setReport} />;
}

function LaunchMode({
  queue,
  onFinished,
}: {
  queue: LaunchQueue;
  onFinished: (report: RehearsalReport) => void;
}) {
  const { t } = useTranslation();
  const { window: w, families } = queue;
  const rehearsalId = queue.rehearsal?.id;
  const finish = useLaunchCommand();
  // The family on screen stays put while the queue re-reads under it (a colleague starting
  // another family must not swap the form mid-typing); null: take the next one in the queue.
  const [chosen, setChosen] = useState<number | null>(null);
  // Families this screen just finished: skipped even if a re-read still in flight shows them open.
  const [finished, setFinished] = useState<ReadonlySet<number>>(new Set());
  const next = families.find((f) => f.state !== 'submitted' && !finished.has(f.clientId)) ?? null;
  const current = (chosen !== null ? families.find((f) => f.clientId === chosen) : null) ?? next;
  useEffect(() => {
    if (chosen === null && next) setChosen(next.clientId);
  }, [chosen, next]);
  const left = families.filter((f) => f.state !== 'submitted').length;

  const endRehearsal = async () => {
    if (!rehearsalId) return;
    const report = await finish.run(() => call('launchWindows.finishRehearsal', { rehearsalId }));
    setRehearsal(w.id, null);
    if (report) onFinished(report);
  };

  return (
    <div className={rehearsalId ? 'launch-mode launch-mode-rehearsal' : 'launch-mode'}>
      <p className="breadcrumb">
        <Link href={`/launch-windows/${w.id}`}>{t('launchScreens.backToWindow', { name: w.name })}</Link>
      </p>
      <h1>
        {rehearsalId
          ? t('launchScreens.rehearsal.title', { name: w.name })
          : t('launchScreens.launch.title', { name: w.name })}
      </h1>
      {rehearsalId && (
        <div className="notice notice-rehearsal" role="note">
          <p>
            <strong>{t('launchScreens.rehearsal.banner')}</strong> {t('launchScreens.rehearsal.bannerBody')}
          </p>
          {finish.error && <ErrorNotice error={finish.error} />}
          <button
            type="button"
            className="button"
            disabled={finish.pending}
            onClick={() => void endRehearsal()}
          >
            {t('launchScreens.rehearsal.finish')}
          </button>
        </div>
      )}
      {!rehearsalId && <NotOpenYet window={w} />}
      <div className="launch-summary">
        <Countdown window={w} large />
        <CapTracker window={w} cap={queue.cap} />
      </div>
      <div className="launch-grid">
        <section aria-labelledby="current-family" className="launch-current">
          <h2 id="current-family">
            {current
              ? t('launchScreens.launch.current', { name: memberName(current), position: current.position })
              : t('launchScreens.launch.allDone')}
          </h2>
          <p className="muted" aria-live="polite">
            {t('launchScreens.launch.left', { count: left })}
          </p>
          {current?.state === 'submitted' && next && (
            <button type="button" className="button button-primary" onClick={() => setChosen(null)}>
              {t('launchScreens.launch.nextFamily')}
            </button>
          )}
          {current?.state === 'ineligible' && (
            <p className="notice notice-warning">
              {/* A closed file cannot be recorded even with a reason: it must be reopened first. */}
              {t(
                current.blockers.some((b) => b.code === 'fileClosed')
                  ? 'launchScreens.launch.closedFamily'
                  : 'launchScreens.launch.ineligibleFamily',
              )}
            </p>
          )}
          {current && (
            <SubmissionForm
              key={`${current.clientId}-${current.membersSubmitted}`}
              window={w}
              family={current}
              rehearsalId={rehearsalId}
              onRecorded={(after) => {
                if (after.state === 'submitted') {
                  setFinished((all) => new Set(all).add(after.clientId));
                  // Move on, unless someone already picked another family while this one saved.
                  setChosen((c) => (c === after.clientId ? null : c));
                }
              }}
            />
          )}
        </section>
        <QueueList families={families} current={current} onChoose={setChosen} />
      </div>
    </div>
  );
}

/** Before opening, numbers are refused: say so up front, with the way to practise. Ticks on its own. */
function NotOpenYet({ window: w }: { window: LaunchQueue['window'] }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (countdown(w, now).phase !== 'before-opening') return null;
  return (
    <p className="notice notice-warning">
      {t('launchScreens.launch.notOpenYet', { when: formatInstantIn(w.opensAt, w.timeZone, i18n.language) })}
    </p>
  );
}

function QueueList({
  families,
  current,
  onChoose,
}: {
  families: QueueFamily[];
  current: QueueFamily | null;
  onChoose: (clientId: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="launch-queue" className="launch-queue">
      <h2 id="launch-queue">{t('launchScreens.launch.queue')}</h2>
      <ol className="plain-list">
        {families.map((family) => (
          <li key={family.enrolmentId}>
            <button
              type="button"
              className="queue-entry"
              aria-current={family.clientId === current?.clientId ? 'true' : undefined}
              onClick={() => onChoose(family.clientId)}
            >
              <span>
                {family.position}. {memberName(family)}
              </span>
              <span className={`queue-state queue-state-${family.state}`}>
                {t(`launchWindows.queueStates.${family.state}`)}
                {family.flagged && ` · ${t('launchScreens.launch.flagged')}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
