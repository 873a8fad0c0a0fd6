import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Session } from '../../../main/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { activeUsers, useSwitchUser } from './queries';

/** Shown instead of any screen while nobody is chosen: every change needs an author. */
export function ChooseUserPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const switchUser = useSwitchUser();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const people = activeUsers(session);

  const choose = async (userId: number) => {
    setBusy(true);
    setError(null);
    const failure = await switchUser(userId);
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <section className="choose-user" aria-labelledby="choose-user-title">
      <h1 id="choose-user-title">{t('session.choose.title')}</h1>
      <p>{t('session.choose.body')}</p>
      {error && <ErrorNotice error={error} />}
      {people.length === 0 ? (
        <p className="notice notice-error" role="alert">
          {t('session.choose.nobodyActive')}
        </p>
      ) : (
        <ul className="choose-user-list">
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" className="button" disabled={busy} onClick={() => void choose(person.id)}>
                {t('session.choose.person', { name: person.displayName, role: t(`roles.${person.role}`) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
