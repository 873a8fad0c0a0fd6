import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LaunchWindow } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLaunchCommand } from './queries';

/**
 * Archiving a window that is over (or was a mistake): it leaves the list of current windows,
 * keeps its families, submissions and report, and the reason goes to the audit trail.
 */
export function ArchiveWindow({ window: w }: { window: LaunchWindow }) {
  const { t } = useTranslation();
  const id = useId();
  const command = useLaunchCommand();
  const [, navigate] = useLocation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  if (w.archivedAt) return null;
  return (
    <details className="on-demand archive-window">
      <summary>{t('launchScreens.archive.open')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') {
            setMissing(true);
            return;
          }
          void command
            .run(() => call('launchWindows.archive', { id: w.id, version: w.version, reason }))
            .then((archived) => archived && navigate('/launch-windows'));
        }}
      >
        <p className="field-hint">{t('launchScreens.archive.hint')}</p>
        {command.error && <ErrorNotice error={command.error} />}
        <div className={missing ? 'field field-invalid' : 'field'}>
          <label htmlFor={id}>{t('launchScreens.archive.reason')}</label>
          <textarea
            id={id}
            value={reason}
            maxLength={500}
            rows={2}
            aria-invalid={missing}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {t('launchScreens.archive.reasonRequired')}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={command.pending}>
            {t('launchScreens.archive.confirm')}
          </button>
        </div>
      </form>
    </details>
  );
}
