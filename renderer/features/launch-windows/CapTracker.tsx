import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapTracker as Cap, LaunchWindow } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstant, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLaunchCommand } from './queries';

/** Our submissions, the government's reported count, and what is left under the cap. */
export function CapTracker({ window: w, cap }: { window: LaunchWindow; cap: Cap }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="cap-tracker" aria-labelledby="cap-tracker">
      <h2 id="cap-tracker">{t('launchScreens.cap.heading')}</h2>
      <dl className="stat-list">
        <div>
          <dt>{t('launchScreens.cap.ours')}</dt>
          <dd>{n(cap.ourSubmissions)}</dd>
        </div>
        <div>
          <dt>{t('launchScreens.cap.reported')}</dt>
          <dd>
            {cap.reportedCount === null ? t('launchScreens.cap.notReported') : n(cap.reportedCount)}
            {cap.reportedAt && <span className="muted"> ({formatInstant(cap.reportedAt, locale)})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('launchScreens.cap.limit')}</dt>
          <dd>
            {cap.cap === null
              ? t('launchScreens.noCap')
              : `${n(cap.cap)} · ${t(`launchWindows.capCounts.${cap.countsToward}`)}`}
          </dd>
        </div>
        <div>
          <dt>{t('launchScreens.cap.remaining')}</dt>
          <dd className={cap.reached ? 'text-danger' : undefined}>
            {cap.remaining === null ? '—' : n(cap.remaining)}
            {cap.reached && ` · ${t('launchScreens.cap.reached')}`}
          </dd>
        </div>
      </dl>
      <ReportedCountForm window={w} />
    </section>
  );
}

function ReportedCountForm({ window: w }: { window: LaunchWindow }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hintId = useId();
  const command = useLaunchCommand();
  // What was typed stays as typed: "12abc" is an error to fix, never silently 12.
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [aboveCapConfirmed, setAboveCapConfirmed] = useState(false);
  const trimmed = value.trim().replace(/[\s,\u00a0\u202f]/g, '');
  const reportedCount = /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
  const aboveCap = reportedCount !== null && w.cap !== null && reportedCount > w.cap;
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reportedCount === null) {
          setProblem(t('launchScreens.cap.notANumber'));
          return;
        }
        // A count above the cap is possible (the government counts differently) but more often
        // a typo that would show the cap as reached: it takes a second, deliberate press.
        if (aboveCap && !aboveCapConfirmed) {
          setProblem(t('launchScreens.cap.aboveCap', { cap: formatNumber(w.cap ?? 0, i18n.language) }));
          setAboveCapConfirmed(true);
          return;
        }
        setProblem(null);
        void command
          .run(() => call('launchWindows.updateReportedCount', { id: w.id, reportedCount }))
          .then((saved) => {
            if (!saved) return;
            setValue('');
            setAboveCapConfirmed(false);
          });
      }}
    >
      {command.error && <ErrorNotice error={command.error} />}
      <label htmlFor={id}>{t('launchScreens.cap.updateReported')}</label>
      <input
        id={id}
        inputMode="numeric"
        value={value}
        aria-invalid={problem !== null && !aboveCapConfirmed}
        aria-describedby={problem ? hintId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(null);
          setAboveCapConfirmed(false);
        }}
        size={8}
      />
      <button type="submit" className="button" disabled={value.trim() === '' || command.pending}>
        {aboveCapConfirmed ? t('launchScreens.cap.saveAnyway') : t('launchScreens.cap.save')}
      </button>
      {problem && (
        <p id={hintId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
