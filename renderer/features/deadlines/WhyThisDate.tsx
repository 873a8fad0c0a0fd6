import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineExplanationView, ExplanationInput } from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { translateMessage } from './messages';
import { useExplanation } from './queries';

/**
 * "Why this date?": a native disclosure (keyboard and screen-reader friendly as is) that loads
 * the engine's explanation only when opened: the rule and its source, the inputs, each step of
 * the count, the dates compared, the raw date, each weekend/holiday move and any override.
 */
export function WhyThisDate({ id, version, label }: { id: number; version: number; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const explanation = useExplanation(id, version, open);
  return (
    <details className="why-date" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={label}>{t('deadlineRow.why')}</summary>
      {open && explanation.isPending && <p role="status">{t('deadlineRow.loading')}</p>}
      {open && explanation.isError && <ErrorNotice error={explanation.error} />}
      {explanation.data && <ExplanationDetails view={explanation.data} />}
    </details>
  );
}

function ExplanationDetails({ view }: { view: DeadlineExplanationView }) {
  const { t, i18n } = useTranslation();
  const tm = (m: Parameters<typeof translateMessage>[1]) => translateMessage(t, m, i18n.language);
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const inputValue = (input: ExplanationInput): string => {
    const { value } = input;
    if (value === null || value === '') return t('deadlineRow.notGiven');
    if (typeof value === 'boolean') return value ? t('deadlineRow.yes') : t('deadlineRow.no');
    if (value === 'paper' || value === 'electronic') return t(`deadlineRow.filing.${value}`);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
    if (input.labelKey === 'deadlineExplain.inputs.kind') return t(`deadlineKinds.${value}` as 'app.name');
    return String(value);
  };
  return (
    <dl className="explanation">
      <dt>{t('deadlineExplain.labels.rule')}</dt>
      <dd>{view.origin === 'manual' ? t('deadlineRow.manual') : tm(view.title)}</dd>
      {view.source && (
        <>
          <dt>{t('deadlineExplain.labels.source')}</dt>
          <dd>{tm(view.source)}</dd>
        </>
      )}
      <dt>{t('deadlineExplain.labels.inputs')}</dt>
      <dd>
        <ul className="plain-list">
          {view.inputs.map((input) => (
            <li key={input.labelKey}>
              {t(input.labelKey as 'app.name')}: {inputValue(input)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('deadlineExplain.labels.steps')}</dt>
      <dd>
        <ol className="explanation-steps">
          {view.steps.map((step, index) => (
            // Steps are an ordered, fixed list for this version of the deadline.
            // biome-ignore lint/suspicious/noArrayIndexKey: no other identity
            <li key={index}>{tm(step)}</li>
          ))}
        </ol>
      </dd>
      {view.candidates.length > 0 && (
        <>
          <dt>{t('deadlineExplain.labels.candidates')}</dt>
          <dd>
            <ul className="plain-list">
              {view.candidates.map((c) => (
                <li key={c.labelKey}>
                  {t(c.labelKey as 'app.name')}: {date(c.date)}
                  {c.bound && <strong> ({t('deadlineExplain.labels.boundBy')})</strong>}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t('deadlineExplain.labels.rawDate')}</dt>
      <dd>{date(view.rawDate)}</dd>
      <dt>{t('deadlineExplain.labels.adjustments')}</dt>
      <dd>
        <p className="explanation-policy">{tm(view.rollForward)}</p>
        <p className="field-hint">
          {view.policyChosen ? t('deadlineRow.policyChosen') : t('deadlineRow.policyDefault')}
        </p>
        {view.adjustments.length > 0 && (
          <ul className="plain-list">
            {view.adjustments.map((a) => (
              <li key={String(a.values?.fromDate)}>{tm(a)}</li>
            ))}
          </ul>
        )}
      </dd>
      {view.override && (
        <>
          <dt>{t('deadlineExplain.labels.overridden')}</dt>
          <dd>
            {tm({
              key: 'deadlineExplain.override',
              values: {
                overrideDate: view.override.date,
                reason: view.override.reason,
                computedDate: view.computedDate,
              },
            })}
            {view.overrideLater && (
              <p className="notice notice-warning">
                {t('deadlineRow.overrideLater', { date: date(view.computedDate) })}
              </p>
            )}
          </dd>
        </>
      )}
      {view.opensOn && (
        <>
          <dt>{t('deadlineExplain.labels.opensOn')}</dt>
          <dd>{date(view.opensOn)}</dd>
        </>
      )}
      <dt>{t('deadlineExplain.labels.finalDate')}</dt>
      <dd>
        <strong>{date(view.finalDate)}</strong>
        {view.storedDate !== view.finalDate && (
          <p className="notice notice-warning" role="alert">
            {t('deadlineRow.storedDiffers', {
              finalDate: date(view.finalDate),
              storedDate: date(view.storedDate),
            })}
          </p>
        )}
      </dd>
      {view.notes.length > 0 && (
        <>
          <dt>{t('deadlineExplain.labels.notes')}</dt>
          <dd>
            <ul className="plain-list">
              {view.notes.map((n) => (
                <li key={n.key}>{tm(n)}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
