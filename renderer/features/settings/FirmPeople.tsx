import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Session } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstant } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AddPersonDialog } from '../session/AddPersonDialog';
import { useApplySession } from '../session/queries';

/**
 * The people who work on this machine. Archiving keeps their name on every audit row they
 * wrote; the person working cannot archive themselves (someone must always be able to work).
 */
export function FirmPeople({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const applySession = useApplySession();
  const [error, setError] = useState<AppError | null>(null);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // Focus returns to "Add colleague" once the dialog is gone: while a modal dialog is open,
  // everything outside it is inert and cannot take focus.
  const restoreFocus = useRef(false);
  useEffect(() => {
    if (adding || !restoreFocus.current) return;
    restoreFocus.current = false;
    addButton.current?.focus();
  }, [adding]);
  const archive = async (id: number) => {
    setError(null);
    const result = await call('users.archive', { id });
    if (!result.ok) return setError(result.error);
    const next = await call('session.get', {});
    if (next.ok) await applySession(next.value);
  };
  return (
    <section aria-labelledby="settings-people" className="settings-section">
      <h2 id="settings-people">{t('settings.people')}</h2>
      <p className="muted">{t('settings.peopleHint')}</p>
      {error && <ErrorNotice error={error} />}
      {/* Adding someone is itself a change, so it needs a person working already. */}
      {session.user && (
        <p>
          <button ref={addButton} type="button" className="button" onClick={() => setAdding(true)}>
            {t('users.add.open')}
          </button>
        </p>
      )}
      {adding && (
        <AddPersonDialog
          onClose={() => {
            restoreFocus.current = true;
            setAdding(false);
          }}
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
                {!user.archivedAt && user.id !== session.user?.id && (
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
