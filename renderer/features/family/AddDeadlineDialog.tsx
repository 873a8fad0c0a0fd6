import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, createDeadlineInput, DEADLINE_KINDS, type Family } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { call } from '../../api/client';
import { DateInput } from '../../ui/DateInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/StatusMessage';
import { useModal } from '../../ui/useModal';
import { applicationTypeName } from './labels';

/** "Add a deadline": a date a person enters by hand (a court date, a promise to a client). */
export function AddDeadlineControl({ family }: { family: Family }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('manualDeadline.open')}
      </button>
      {open && <AddDeadlineDialog family={family} onClose={() => setOpen(false)} />}
    </>
  );
}

function AddDeadlineDialog({ family, onClose }: { family: Family; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useModal();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [person, setPerson] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const people = [family.client, ...family.dependants.filter((d) => !d.archivedAt)];
  const dependantId = person === '' ? null : Number(person);
  const applications = family.applications.filter((a) => !a.archivedAt && a.dependantId === dependantId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      clientId: family.client.id,
      dependantId,
      applicationId: applicationId ? Number(applicationId) : null,
      kind,
      title,
      dueOn,
      notes,
    };
    const parsed = createDeadlineInput.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      dialogRef.current?.querySelector<HTMLElement>(`[data-field="${Object.keys(found)[0]}"]`)?.focus();
      return;
    }
    setErrors({});
    setServerError(null);
    setPending(true);
    const result = await call('deadlines.create', parsed.data);
    setPending(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return setServerError(result.error);
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['clients'] }),
      queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
    ]);
    toast({ message: t('manualDeadline.added') });
    onClose();
  };

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('manualDeadline.title')}</h2>
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="field-hint">{t('manualDeadline.intro')}</p>
        {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
        {Object.keys(errors).length > 0 && (
          <p className="notice notice-error" role="alert">
            {t('errors.VALIDATION')}
          </p>
        )}
        <Field label={t('manualDeadline.person')} error={errors.dependantId}>
          {(a11y) => (
            <select
              {...a11y}
              data-field="dependantId"
              value={person}
              onChange={(event) => {
                setPerson(event.target.value);
                setApplicationId('');
              }}
            >
              {people.map((p, index) => (
                <option key={p.id} value={index === 0 ? '' : p.id}>
                  {personDisplayName(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('manualDeadline.application')} error={errors.applicationId}>
          {(a11y) => (
            <select
              {...a11y}
              data-field="applicationId"
              value={applicationId}
              onChange={(event) => setApplicationId(event.target.value)}
            >
              <option value="">{t('manualDeadline.noApplication')}</option>
              {applications.map((a) => (
                <option key={a.id} value={a.id}>
                  {applicationTypeName(t, a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('manualDeadline.kind')} error={errors.kind} required>
          {(a11y) => (
            <select
              {...a11y}
              data-field="kind"
              value={kind}
              onChange={(event) => setKind(event.target.value)}
            >
              <option value="">{t('manualDeadline.chooseKind')}</option>
              {DEADLINE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`deadlineKinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('manualDeadline.what')} error={errors.title}>
          {(a11y) => (
            <input
              {...a11y}
              data-field="title"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('manualDeadline.dueOn')} error={errors.dueOn} required>
          {(a11y) => (
            <DateInput
              {...a11y}
              data-field="dueOn"
              value={dueOn}
              onChange={(event) => setDueOn(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('manualDeadline.notes')} error={errors.notes}>
          {(a11y) => (
            <textarea
              {...a11y}
              data-field="notes"
              rows={2}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('manualDeadline.saving') : t('manualDeadline.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('manualDeadline.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
