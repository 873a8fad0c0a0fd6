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
  const { t } = useTranslation();
  const id = useId();
  const command = useLaunchCommand();
  const [value, setValue] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const reportedCount = Number(value);
        void command
          .run(() => call('launchWindows.updateReportedCount', { id: w.id, reportedCount }))
          .then((saved) => saved && setValue(''));
      }}
    >
      {command.error && <ErrorNotice error={command.error} />}
      <label htmlFor={id}>{t('launchScreens.cap.updateReported')}</label>
      <input
        id={id}
        inputMode="numeric"
        value={value}
        onChange={(e) => setValue(e.target.value.replace(/[^\d]/g, ''))}
        size={8}
      />
      <button type="submit" className="button" disabled={value === '' || command.pending}>
        {t('launchScreens.cap.save')}
      </button>
    </form>
  );
}
