import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, FirmUser, Session } from '../../../main/contract';
import { activeLawyerCount, actsAsFirmAdmin } from '../../../main/domain/people/firm-admin';
import { call } from '../../api/client';
import { formatInstant } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AddPersonDialog } from '../session/AddPersonDialog';
import { useApplySession } from '../session/queries';

/**
 * The people who work on this machine. Archiving keeps their name on every audit row they
 * wrote; the person working cannot archive themselves (someone must always be able to work).
 * Adding, archiving and changing roles or someone else's details are a lawyer's
 * (main/domain/people/firm-admin.ts): the buttons others may not use are not shown.
 */
export function FirmPeople({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const applySession = useApplySession();
  const [error, setError] = useState<AppError | null>(null);
  /** null: no dialog; 'new': adding; a user: editing them. */
  const [dialog, setDialog] = useState<'new' | FirmUser | null>(null);
  const isAdmin = actsAsFirmAdmin(session.user, session.users);
  const lastLawyer = activeLawyerCount(session.users) === 1;
  const roleLock = (user: FirmUser) =>
    !isAdmin ? 'users.roleLawyerOnly' : lastLawyer && user.role === 'lawyer' ? 'users.lastLawyer' : undefined;
  // Focus returns to the button that opened the dialog once it is gone: while a modal dialog
  // is open, everything outside it is inert and cannot take focus.
  const trigger = useRef<HTMLElement | null>(null);
  const open = (next: 'new' | FirmUser, button: HTMLElement) => {
    trigger.current = button;
    setDialog(next);
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (dialog || !trigger.current) return;
    // Working as someone who may not add people (a colleague just added and switched to) removes
    // that button: focus goes to the section's heading rather than being lost.
    if (trigger.current.isConnected) trigger.current.focus();
    else heading.current?.focus();
    trigger.current = null;
  }, [dialog]);
  const archive = async (id: number) => {
    setError(null);
    const result = await call('users.archive', { id });
    if (!result.ok) return setError(result.error);
    const next = await call('session.get', {});
    if (next.ok) await applySession(next.value);
  };
  return (
    <section aria-labelledby="settings-people" className="settings-section">
      <h2 id="settings-people" ref={heading} tabIndex={-1}>
        {t('settings.people')}
      </h2>
      <p className="muted">{t('settings.peopleHint')}</p>
      {error && <ErrorNotice error={error} />}
      {session.user && !isAdmin && <p className="field-hint">{t('settings.peopleLawyerOnly')}</p>}
      {/* Adding someone is itself a change, so it needs a person working already. */}
      {session.user && isAdmin && (
        <p>
          <button type="button" className="button" onClick={(event) => open('new', event.currentTarget)}>
            {t('users.add.open')}
          </button>
        </p>
      )}
      {dialog && (
        <AddPersonDialog
          user={dialog === 'new' ? undefined : dialog}
          roleLocked={dialog === 'new' ? undefined : roleLock(dialog)}
          onClose={() => setDialog(null)}
        />
      )}
      <table className="data-table">
        <caption className="visually-hidden">{t('settings.people')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.columns.name')}</th>
            <th scope="col">{t('settings.columns.role')}</th>
            <th scope="col">{t('settings.columns.email')}</th>
            <th scope="col">{t('settings.columns.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('settings.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {session.users.map((user) => (
            <tr key={user.id}>
              <td>{user.displayName}</td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>{user.email}</td>
              <td>
                {user.archivedAt
                  ? t('settings.archivedOn', { when: formatInstant(user.archivedAt, i18n.language) })
                  : user.id === session.user?.id
                    ? t('settings.working')
                    : t('settings.active')}
              </td>
              <td>
                {!user.archivedAt && session.user && (isAdmin || user.id === session.user.id) && (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={(event) => open(user, event.currentTarget)}
                    aria-label={t('users.add.editLabel', { name: user.displayName })}
                  >
                    {t('users.add.edit')}
                  </button>
                )}
                {!user.archivedAt && isAdmin && user.id !== session.user?.id && (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => void archive(user.id)}
                    aria-label={t('settings.archiveLabel', { name: user.displayName })}
                  >
                    {t('settings.archive')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
