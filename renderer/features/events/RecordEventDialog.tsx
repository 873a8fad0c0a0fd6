import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  CASE_EVENT_KINDS,
  type CaseEvent,
  type CaseEventKind,
  type EventResult,
  eventDetails,
  type Family,
} from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { call } from '../../api/client';
import { DateInput } from '../../ui/DateInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useModal } from '../../ui/useModal';
import { translateMessage } from '../deadlines/messages';
import { useDeadlineCommand } from '../deadlines/queries';
import { RollForwardSelect } from '../deadlines/RollForwardSelect';
import { applicationTypeName } from '../family/labels';
import { EventKindFields } from './EventKindFields';
import { type Draft, draftOf, EMPTY, toDetails } from './eventDraft';
import '../deadlines/deadlines.css';

/**
 * "Record an event" on the family page: employment ended, a biometric instruction letter, an
 * RFE or a NOID. Checked with the contract's own schema before sending (errors beside fields),
 * then the result says which deadlines were made and who got none, and why. Given an `event`,
 * the same form changes its facts and every deadline it made is recomputed.
 */
export function RecordEventDialog({
  family,
  event,
  onClose,
}: {
  family: Family;
  event?: CaseEvent;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  // Opens as a modal and gives focus back to what opened it when it closes.
  const dialogRef = useModal();
  const command = useDeadlineCommand();
  const [draft, setDraft] = useState<Draft>(event ? draftOf(event) : EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<EventResult | null>(null);
  const [serverError, setServerError] = useState<AppError | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const { client, dependants, applications } = family;
  const people = [
    { id: null, name: personDisplayName(client) },
    ...dependants.filter((d) => !d.archivedAt).map((d) => ({ id: d.id, name: personDisplayName(d) })),
  ];
  const nameOf = (id: number | null) => people.find((p) => p.id === id)?.name ?? '';
  const applicationOptions = applications
    .filter((a) => !a.archivedAt)
    .map((a) => ({ id: a.id, label: `${applicationTypeName(t, a)} – ${nameOf(a.dependantId)}` }));

  const submit = async () => {
    const parsed = eventDetails.safeParse(toDetails(draft));
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0] ?? '_form')] ??= issue.message;
      setFields(found);
      const first = Object.keys(found)[0];
      dialogRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setFields({});
    setServerError(null);
    let saved: EventResult | null = null;
    await command.run(async () => {
      const response = event
        ? await call('events.update', { id: event.id, version: event.version, details: parsed.data })
        : await call('events.record', { clientId: client.id, ...parsed.data });
      if (response.ok) saved = response.value;
      else {
        // Update errors arrive as details.<field>; the form's fields are the plain names.
        const found: Record<string, string> = {};
        for (const [path, key] of Object.entries(response.error.fields ?? {}))
          found[path.replace(/^details\./, '')] = key;
        setFields(found);
        setServerError(response.error);
      }
      return response;
    });
    setResult(saved);
  };

  const error = (name: string) => fields[name];
  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{event ? t('events.changeTitle') : t('events.title')}</h2>
      <div aria-live="polite">
        {result && (
          <div className="notice notice-success event-result">
            <p>{t(event ? 'events.recomputed' : 'events.created', { count: result.deadlines.length })}</p>
            {result.skipped.length > 0 && (
              <>
                <p>{t('events.skippedHeading')}</p>
                <ul>
                  {result.skipped.map((s) => (
                    <li key={String(s.dependantId)}>
                      {t('events.skippedLine', {
                        name: nameOf(s.dependantId),
                        reason: translateMessage(t, s.reason, i18n.language),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {result ? (
        <div className="form-actions">
          {/* biome-ignore lint/a11y/noAutofocus: focus moves to the only action left */}
          <button type="button" className="button button-primary" autoFocus onClick={onClose}>
            {t('events.done')}
          </button>
        </div>
      ) : (
        <form
          className="dialog-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p className="field-hint">{t('events.intro')}</p>
          {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
          {Object.keys(fields).length > 0 && (
            <p className="notice notice-error" role="alert">
              {t('errors.VALIDATION')}
            </p>
          )}
          <Field label={t('events.kind')} error={error('kind')} required>
            {(a11y) => (
              <select
                {...a11y}
                data-field="kind"
                value={draft.kind}
                disabled={Boolean(event)}
                onChange={(e) => set('kind', e.target.value as CaseEventKind)}
              >
                {CASE_EVENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`events.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t(`events.occurredOn.${draft.kind}`)}
            hint={draft.kind === 'employment-ended' ? t('events.employmentHint') : undefined}
            error={error('occurredOn')}
            required
          >
            {(a11y) => (
              <DateInput
                {...a11y}
                data-field="occurredOn"
                value={draft.occurredOn}
                onChange={(e) => set('occurredOn', e.target.value)}
              />
            )}
          </Field>
          <EventKindFields
            draft={draft}
            set={set}
            error={error}
            people={people}
            applications={applicationOptions}
          />
          <Field label={t('events.rollForward')} error={error('rollForward')}>
            {(a11y) => (
              <RollForwardSelect
                {...a11y}
                data-field="rollForward"
                value={draft.rollForward}
                defaultLabel={t('events.rollForwardDefault')}
                onChange={(value) => set('rollForward', value)}
              />
            )}
          </Field>
          <Field label={t('events.notes')} error={error('notes')}>
            {(a11y) => (
              <textarea
                {...a11y}
                rows={2}
                value={draft.notes}
                onChange={(e) => set('notes', e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={command.pending}>
              {command.pending ? t('events.saving') : event ? t('events.saveChange') : t('events.save')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('events.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
