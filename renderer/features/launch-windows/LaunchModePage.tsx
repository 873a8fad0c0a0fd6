import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LaunchQueue, QueueFamily } from '../../../main/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CapTracker } from './CapTracker';
import { Countdown } from './Countdown';
import { memberName } from './labels';
import { useLaunchQueue } from './queries';
import { SubmissionForm } from './SubmissionForm';
import './launch-windows.css';

/**
 * The launch itself: a countdown in the window's zone, the cap, and one family at a time —
 * check each member's documents, type the portal's confirmation numbers, press Enter, and the
 * next family is already on screen with the cursor in its first field.
 */
export function LaunchModePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const queue = useLaunchQueue(id);
  if (queue.isPending) return <p role="status">{t('app.loading')}</p>;
  if (queue.isError) return <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />;
  return <LaunchMode queue={queue.data} />;
}

function LaunchMode({ queue }: { queue: LaunchQueue }) {
  const { t } = useTranslation();
  const { window: w, families } = queue;
  // null: follow the queue (the first family not yet fully submitted).
  const [chosen, setChosen] = useState<number | null>(null);
  const next = families.find((f) => f.state !== 'submitted') ?? null;
  const current = (chosen !== null ? families.find((f) => f.clientId === chosen) : null) ?? next;
  const left = families.filter((f) => f.state !== 'submitted').length;

  return (
    <div className="launch-mode">
      <p className="breadcrumb">
        <Link href={`/launch-windows/${w.id}`}>{t('launchScreens.backToWindow', { name: w.name })}</Link>
      </p>
      <h1>{t('launchScreens.launch.title', { name: w.name })}</h1>
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
          {current && (
            <SubmissionForm
              key={`${current.clientId}-${current.membersSubmitted}`}
              window={w}
              family={current}
              onRecorded={() => setChosen(null)}
            />
          )}
        </section>
        <QueueList families={families} current={current} onChoose={setChosen} />
      </div>
    </div>
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
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
