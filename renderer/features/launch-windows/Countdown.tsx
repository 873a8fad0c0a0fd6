import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchWindow } from '../../../main/contract';
import { countdown, type Duration } from '../../../main/domain/launch-windows/countdown';
import { appNow } from '../../app/clock';
import { formatInstantIn } from '../../i18n/format';
import { useSession } from '../session/queries';

/** The current time, refreshed every `everyMs` (the countdown ticks each second). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => appNow().getTime());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(appNow().getTime()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

function clock(d: Duration): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.hours)}:${pad(d.minutes)}:${pad(d.seconds)}`;
}

/**
 * Time to opening, then time since, read in the window's own zone — the 2023 window opened at
 * midnight in Ottawa whatever the firm's computers were set to. The visible clock is not a
 * live region (it would speak every second); the phase change is announced instead.
 */
export function Countdown({ window: w, large = false }: { window: LaunchWindow; large?: boolean }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const state = countdown(w, now);
  const firmZone = useSession().data?.settings.timeZone;
  const d = state.phase === 'before-opening' ? state.untilOpening : state.sinceOpening;
  return (
    <div className={large ? 'countdown countdown-large' : 'countdown'}>
      <p className="countdown-phase" aria-live="polite">
        {t(`launchWindows.phases.${state.phase}`)}
      </p>
      {state.phase !== 'closed' && (
        <p className="countdown-clock" data-testid="countdown-clock">
          {d.days > 0 && t('launchScreens.days', { count: d.days })} {clock(d)}
        </p>
      )}
      <p className="muted">
        {t('launchScreens.opensAt', { when: formatInstantIn(w.opensAt, w.timeZone, i18n.language) })}
        {w.closesAt &&
          ` · ${t('launchScreens.closesAt', { when: formatInstantIn(w.closesAt, w.timeZone, i18n.language) })}`}
      </p>
      {firmZone && firmZone !== w.timeZone && (
        <p className="muted">
          {t('launchScreens.opensAtFirm', {
            when: formatInstantIn(w.opensAt, firmZone, i18n.language),
            zone: firmZone,
          })}
        </p>
      )}
    </div>
  );
}
