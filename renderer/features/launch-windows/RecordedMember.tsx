import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchWindow, QueueFamily, QueueMember } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstantIn } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { blockerText, memberName } from './labels';
import { useLaunchCommand } from './queries';

/**
 * A member already recorded: the number, when and by whom, any flag it carries, and the two
 * ways to change it — correct (a wrong number or time) or withdraw (recorded by mistake) —
 * each with a reason the audit trail keeps beside the old value. Never silently.
 */
export function RecordedMember({
  window: w,
  family,
  member,
  rehearsalId,
}: {
  window: LaunchWindow;
  family: QueueFamily;
  member: QueueMember;
  rehearsalId: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'view' | 'correct' | 'withdraw'>('view');
  const submission = member.submission;
  if (!submission) return null;
  const name = memberName(member);
  return (
    <fieldset
      className={
        member.flags.length > 0 || submission.override ? 'member-block member-flagged' : 'member-block'
      }
    >
      <legend>
        {name} · {t(`launchWindows.audiences.${member.audience}`)}
      </legend>
      <p className="notice notice-success">
        {t('launchScreens.launch.submittedAs', {
          number: submission.confirmationNumber,
          when: formatInstantIn(submission.submittedAt, w.timeZone, i18n.language),
          who: submission.submittedByName,
        })}
      </p>
      {submission.override && (
        <p className="notice notice-warning">
          {t('launchScreens.launch.recordedAnyway', { reason: submission.override.reason })}
        </p>
      )}
      {member.flags.length > 0 && (
        <ul className="plain-list flag-list" aria-label={t('launchScreens.launch.flagsOf', { name })}>
          {member.flags.map((flag) => (
            <li key={`${flag.code}-${JSON.stringify(flag.params)}`}>
              <span className="blocker-tag">{t('launchScreens.launch.flagged')}</span> {blockerText(t, flag)}
            </li>
          ))}
        </ul>
      )}
      {mode === 'view' ? (
        <p className="recorded-actions">
          <button type="button" className="button button-quiet" onClick={() => setMode('correct')}>
            {t('launchScreens.launch.correct', { name })}
          </button>{' '}
          <button type="button" className="button button-quiet" onClick={() => setMode('withdraw')}>
            {t('launchScreens.launch.withdraw', { name })}
          </button>
        </p>
      ) : (
        <ChangeSubmission
          mode={mode}
          window={w}
          family={family}
          member={member}
          rehearsalId={rehearsalId}
          onDone={() => setMode('view')}
        />
      )}
    </fieldset>
  );
}

function ChangeSubmission({
  mode,
  window: w,
  family,
  member,
  rehearsalId,
  onDone,
}: {
  mode: 'correct' | 'withdraw';
  window: LaunchWindow;
  family: QueueFamily;
  member: QueueMember;
  rehearsalId: string | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const command = useLaunchCommand();
  const [number, setNumber] = useState(member.submission?.confirmationNumber ?? '');
  const [reason, setReason] = useState('');
  const name = memberName(member);
  const fields = command.error?.fields ?? {};
  const message = (key: string | undefined) =>
    key ? t(key as 'validation.invalid', { defaultValue: t('validation.invalid') }) : '';
  const base = {
    windowId: w.id,
    clientId: family.clientId,
    dependantId: member.dependantId,
    version: member.filingVersion,
    reason: reason.trim(),
    ...(rehearsalId !== undefined && { rehearsalId }),
  };
  const save = async () => {
    const result = await command.run(() =>
      mode === 'correct'
        ? call('launchWindows.correctSubmission', { ...base, confirmationNumber: number.trim() })
        : call('launchWindows.withdrawSubmission', base),
    );
    if (!result) return;
    announce(
      t(mode === 'correct' ? 'launchScreens.launch.corrected' : 'launchScreens.launch.withdrawn', { name }),
    );
    onDone();
  };
  return (
    <fieldset className="change-submission">
      <legend>
        {t(mode === 'correct' ? 'launchScreens.launch.correctTitle' : 'launchScreens.launch.withdrawTitle', {
          name,
        })}
      </legend>
      {mode === 'correct' && (
        <div className={fields.confirmationNumber ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-number`}>{t('launchScreens.launch.correctNumber')}</label>
          <input
            id={`${id}-number`}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={Boolean(fields.confirmationNumber)}
            aria-describedby={`${id}-number-error`}
          />
          <p id={`${id}-number-error`} className="field-error" aria-live="assertive">
            {message(fields.confirmationNumber)}
          </p>
        </div>
      )}
      <div className={fields.reason ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-reason`}>{t('launchScreens.launch.changeReason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          aria-invalid={Boolean(fields.reason)}
          aria-describedby={`${id}-reason-hint ${id}-reason-error`}
        />
        <p id={`${id}-reason-hint`} className="field-hint">
          {t('launchScreens.launch.changeReasonHint')}
        </p>
        <p id={`${id}-reason-error`} className="field-error" aria-live="assertive">
          {message(fields.reason)}
        </p>
      </div>
      {command.error && !command.error.fields && <ErrorNotice error={command.error} />}
      <p className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={command.pending}
          onClick={() => void save()}
        >
          {t(
            mode === 'correct'
              ? 'launchScreens.launch.saveCorrection'
              : 'launchScreens.launch.confirmWithdraw',
          )}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('launchScreens.launch.cancelChange')}
        </button>
      </p>
    </fieldset>
  );
}
