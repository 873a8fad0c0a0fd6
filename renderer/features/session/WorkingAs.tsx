import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Session } from '../../../main/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { activeUsers, useSwitchUser, workingUser } from './queries';

/**
 * Top of the sidebar: who every change will be attributed to, and switching to someone else.
 * Adding a colleague lives in Settings ("Add a person" here read like adding a client). No
 * passwords: the computer's own login protects the data.
 */
export function WorkingAs({ session }: { session: Session }) {
  const { t } = useTranslation();
  const selectId = useId();
  const user = workingUser(session);
  const others = activeUsers(session).filter((u) => u.id !== user?.id);
  const switchUser = useSwitchUser();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const onSwitch = async (event: FormEvent) => {
    event.preventDefault();
    const userId = Number(chosen);
    if (!userId) return;
    setError(null);
    const failure = await switchUser(userId);
    if (failure) setError(failure);
    else setChosen('');
  };

  return (
    <section className="working-as" aria-label={t('session.regionLabel')}>
      {/* Polite live region: a switch is announced without moving focus. */}
      <p className="working-as-name" aria-live="polite">
        {user ? t('session.workingAs', { name: user.displayName }) : t('session.nobodyWorking')}
      </p>
      {others.length > 0 && (
        <form className="working-as-switch" onSubmit={onSwitch}>
          <label htmlFor={selectId}>{t('session.switchTo')}</label>
          <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('session.choosePerson')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.displayName}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t('session.switch')}
          </button>
        </form>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
