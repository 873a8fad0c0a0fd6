import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueFamily } from '../../../main/contract';
import { call } from '../../api/client';
import { useAnnounce } from '../../ui/StatusMessage';
import { memberName } from './labels';
import { useLaunchCommand } from './queries';

/**
 * The two things a family's card can still say for the record: why it was not submitted (the
 * report prints it) and that it leaves the window (its applications stay on file). Both with a
 * reason, both audited; kept behind a disclosure so the card stays about readiness.
 */
export function FamilyActions({ windowId, family }: { windowId: number; family: QueueFamily }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const command = useLaunchCommand();
  const [note, setNote] = useState(family.notSubmittedReason);
  const [reason, setReason] = useState('');
  const name = memberName(family);
  const fields = command.error?.fields ?? {};
  const message = (key: string | undefined) =>
    key ? t(key as 'validation.invalid', { defaultValue: t('validation.invalid') }) : '';
  return (
    <details className="family-actions">
      <summary>{t('launchScreens.familyActions.summary', { name })}</summary>
      <div className="inline-fix">
        <label htmlFor={`${id}-note`}>{t('launchScreens.familyActions.notSubmitted')}</label>
        <input
          id={`${id}-note`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          size={40}
        />
        <button
          type="button"
          className="button button-quiet"
          disabled={command.pending}
          onClick={() =>
            void command
              .run(() =>
                call('launchWindows.setNotSubmittedReason', {
                  windowId,
                  clientId: family.clientId,
                  reason: note.trim(),
                }),
              )
              .then((done) => done && announce(t('launchScreens.familyActions.noted', { name })))
          }
        >
          {t('launchScreens.fix.save')}
        </button>
      </div>
      <div className={fields.reason ? 'inline-fix field-invalid' : 'inline-fix'}>
        <label htmlFor={`${id}-reason`}>{t('launchScreens.familyActions.withdrawReason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          size={40}
          aria-invalid={Boolean(fields.reason)}
          aria-describedby={`${id}-reason-error`}
        />
        <button
          type="button"
          className="button button-quiet"
          disabled={command.pending}
          onClick={() =>
            void command
              .run(() =>
                call('launchWindows.withdraw', {
                  windowId,
                  clientId: family.clientId,
                  reason: reason.trim(),
                }),
              )
              .then((done) => done && announce(t('launchScreens.familyActions.withdrawn', { name })))
          }
        >
          {t('launchScreens.familyActions.withdraw')}
        </button>
        <span id={`${id}-reason-error`} className="field-error" aria-live="assertive">
          {message(fields.reason)}
        </span>
      </div>
    </details>
  );
}
