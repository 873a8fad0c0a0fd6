import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import type { Draft } from './eventDraft';

/**
 * The fields that depend on the kind of event: the people a biometric letter names, or the
 * application, period, service and filing of an RFE or NOID.
 */
export function EventKindFields({
  draft,
  set,
  error,
  people,
  applications,
}: {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  error: (name: string) => string | undefined;
  people: Array<{ id: number | null; name: string }>;
  applications: Array<{ id: number; label: string }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {draft.kind === 'biometrics-letter' && (
        <fieldset className="checkbox-group" aria-invalid={Boolean(error('people'))}>
          <legend>{t('events.people')} *</legend>
          {people.map((p, index) => (
            <label key={String(p.id)} className="checkbox">
              <input
                type="checkbox"
                data-field={index === 0 ? 'people' : undefined}
                checked={draft.people.includes(p.id)}
                onChange={(e) =>
                  set(
                    'people',
                    e.target.checked ? [...draft.people, p.id] : draft.people.filter((id) => id !== p.id),
                  )
                }
              />
              {p.name}
            </label>
          ))}
          {error('people') && <p className="field-error">{t(error('people') as 'validation.invalid')}</p>}
        </fieldset>
      )}
      {(draft.kind === 'rfe-received' || draft.kind === 'noid-received') && (
        <>
          <Field label={t('events.application')} error={error('applicationId')} required>
            {(a11y) => (
              <select
                {...a11y}
                data-field="applicationId"
                value={draft.applicationId}
                onChange={(e) => set('applicationId', e.target.value)}
              >
                <option value="">{t('events.chooseApplication')}</option>
                {applications.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('events.responseDays')} error={error('responseDays')} required>
            {(a11y) => (
              <input
                {...a11y}
                data-field="responseDays"
                type="number"
                min={1}
                max={365}
                value={draft.responseDays}
                onChange={(e) => set('responseDays', e.target.value)}
              />
            )}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={draft.mailed} onChange={(e) => set('mailed', e.target.checked)} />
            {t('events.mailed')}
          </label>
          <fieldset className="checkbox-group" aria-invalid={Boolean(error('filing'))}>
            <legend>{t('events.filing')} *</legend>
            {(['paper', 'electronic'] as const).map((f, index) => (
              <label key={f} className="checkbox">
                <input
                  type="radio"
                  name="filing"
                  data-field={index === 0 ? 'filing' : undefined}
                  checked={draft.filing === f}
                  onChange={() => set('filing', f)}
                />
                {f === 'paper' ? t('events.filingPaper') : t('events.filingElectronic')}
              </label>
            ))}
            {error('filing') && <p className="field-error">{t(error('filing') as 'validation.invalid')}</p>}
          </fieldset>
        </>
      )}
    </>
  );
}
