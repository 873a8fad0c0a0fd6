import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  type ChannelInput,
  createUserInput,
  type FirmUser,
  type ParsedInput,
} from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { firstErrorPath } from '../../ui/formErrors';
import { useAnnounce } from '../../ui/StatusMessage';
import { useApplySession, useSwitchUser } from './queries';
import { RoleOptions } from './RoleOptions';

type UserInput = ChannelInput<'users.create'>;

/**
 * A modal dialog (native <dialog>: focus stays inside, Escape closes) to add a colleague who
 * works at the firm; "work as them now" switches to them once added (someone new at the desk).
 */
export function AddPersonDialog({
  onClose,
  user,
  roleLocked,
}: {
  onClose: () => void;
  user?: FirmUser;
  /**
   * Why the role of the person edited cannot be changed here (catalogue key), if it cannot:
   * only a lawyer changes roles, and the firm's last lawyer stays one (main/session/people-rules.ts).
   */
  roleLocked?: 'users.roleLawyerOnly' | 'users.lastLawyer';
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const switchUser = useSwitchUser();
  const applySession = useApplySession();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [switchTo, setSwitchTo] = useState(false);
  const announce = useAnnounce();
  const form = useForm<UserInput, unknown, ParsedInput<'users.create'>>({
    resolver: zodResolver(createUserInput),
    defaultValues: user
      ? { displayName: user.displayName, initials: user.initials, email: user.email, role: user.role }
      : { displayName: '', initials: '', email: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, setFocus } = form;
  const errors = formState.errors;

  useEffect(() => {
    const dialog = dialogRef.current;
    // Guarded: StrictMode runs this twice, and a second showModal() on an open dialog throws.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = handleSubmit(
    async (values) => {
      setServerError(null);
      // The same fields edit a colleague on file (users.update) or add one (users.create).
      // A locked role is not sent: users.update leaves omitted fields as they are.
      const { role, ...details } = values;
      const created = user
        ? await call('users.update', { ...details, ...(roleLocked ? {} : { role }), id: user.id })
        : await call('users.create', values);
      if (!created.ok) {
        setServerError(created.error);
        for (const [path, key] of Object.entries(created.error.fields ?? {})) {
          setError(path as FieldPath<UserInput>, { type: 'server', message: key });
        }
        return;
      }
      if (switchTo && !user) {
        const switchError = await switchUser(created.value.id);
        if (switchError) {
          setServerError(switchError);
          return;
        }
      } else {
        // The people list on screen comes from the session.
        const session = await call('session.get', {});
        if (session.ok) await applySession(session.value);
      }
      announce(t(user ? 'users.add.updated' : 'users.add.added', { name: created.value.displayName }));
      onClose();
    },
    (invalid) => {
      const first = firstErrorPath(invalid);
      if (first) setFocus(first as FieldPath<UserInput>);
    },
  );

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>
        {user ? t('users.add.editTitle', { name: user.displayName }) : t('users.add.title')}
      </h2>
      {!user && <p className="field-hint">{t('users.add.intro')}</p>}
      <form className="dialog-form" onSubmit={submit} noValidate>
        {/* A refusal about one field (the firm's last lawyer) is told beside that field. */}
        {serverError && serverError.code !== 'VALIDATION' && !serverError.fields && (
          <ErrorNotice error={serverError} />
        )}
        {formState.submitCount > 0 && Object.keys(errors).length > 0 && (
          <p className="notice notice-error" role="alert">
            {t('errors.VALIDATION')}
          </p>
        )}
        <Field label={t('users.fields.displayName')} error={errors.displayName?.message} required>
          {(a11y) => <input {...a11y} {...register('displayName')} autoComplete="off" />}
        </Field>
        <Field
          label={t('users.fields.initials')}
          hint={t('users.fields.initialsHint')}
          error={errors.initials?.message}
        >
          {(a11y) => <input {...a11y} {...register('initials')} autoComplete="off" />}
        </Field>
        <Field label={t('users.fields.email')} error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" {...register('email')} autoComplete="off" />}
        </Field>
        {user && roleLocked ? (
          <Field label={t('users.fields.role')} hint={t(roleLocked)}>
            {(a11y) => <input {...a11y} readOnly value={t(`roles.${user.role}`)} />}
          </Field>
        ) : (
          <Field label={t('users.fields.role')} error={errors.role?.message} required>
            {(a11y) => (
              <select {...a11y} {...register('role')}>
                <RoleOptions />
              </select>
            )}
          </Field>
        )}
        {!user && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={switchTo}
              onChange={(event) => setSwitchTo(event.target.checked)}
            />
            {t('users.add.switchTo')}
          </label>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting
              ? t('users.add.saving')
              : user
                ? t('users.add.saveEdit')
                : t('users.add.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('users.add.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
