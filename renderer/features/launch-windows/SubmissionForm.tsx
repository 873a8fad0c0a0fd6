import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchWindow, QueueFamily, QueueMember } from '../../../main/contract';
import { zonedDateTimeToInstant } from '../../../main/domain/deadlines/time-zone';
import { call } from '../../api/client';
import { formatInstantIn } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { blockerText, memberName, queueItemLabel } from './labels';
import { useLaunchCommand } from './queries';

/**
 * One family's submission: each member's pre-submission checklist and confirmation number,
 * the time (now unless corrected, in the window's zone), recorded in one step with Enter.
 */
export function SubmissionForm({
  window: w,
  family,
  onRecorded,
}: {
  window: LaunchWindow;
  family: QueueFamily;
  onRecorded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const command = useLaunchCommand();
  const timeId = useId();
  const pending = family.members.filter((m) => !m.submission);
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const [submittedAt, setSubmittedAt] = useState('');
  const first = useRef<HTMLInputElement>(null);

  // The next family arrives with the cursor already in its first confirmation number.
  useEffect(() => {
    first.current?.focus();
  }, []);

  const record = async () => {
    const members = pending
      .map((m) => ({ dependantId: m.dependantId, confirmationNumber: (numbers[m.memberKey] ?? '').trim() }))
      .filter((m) => m.confirmationNumber !== '');
    const [date, time] = submittedAt.split('T');
    const at = date && time ? zonedDateTimeToInstant(date, time, w.timeZone).iso : undefined;
    const result = await command.run(() =>
      call('launchWindows.recordSubmission', {
        windowId: w.id,
        clientId: family.clientId,
        members,
        ...(at ? { submittedAt: at } : {}),
      }),
    );
    if (!result) return;
    announce(t('launchScreens.launch.recorded', { name: memberName(family), count: members.length }));
    onRecorded();
  };

  return (
    <form
      className="submission-form"
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      {command.error && <ErrorNotice error={command.error} />}
      {family.blockers.length > 0 && (
        <div className="notice notice-warning">
          <p>{t('launchScreens.launch.notReady', { count: family.blockers.length })}</p>
          <ul>
            {family.blockers.map((b) => (
              <li key={`${b.code}-${b.memberKey}-${JSON.stringify(b.params)}`}>{blockerText(t, b)}</li>
            ))}
          </ul>
        </div>
      )}
      {family.members.map((member, index) => (
        <MemberBlock
          key={member.memberKey}
          member={member}
          value={numbers[member.memberKey] ?? ''}
          onChange={(value) => setNumbers((all) => ({ ...all, [member.memberKey]: value }))}
          inputRef={index === family.members.indexOf(pending[0] as QueueMember) ? first : undefined}
          submittedLabel={
            member.submission &&
            t('launchScreens.launch.submittedAs', {
              number: member.submission.confirmationNumber,
              when: formatInstantIn(member.submission.submittedAt, w.timeZone, i18n.language),
              who: member.submission.submittedByName,
            })
          }
        />
      ))}
      {pending.length > 0 && (
        <div className="form-actions">
          <label htmlFor={timeId}>{t('launchScreens.launch.submittedAt', { zone: w.timeZone })}</label>
          <input
            id={timeId}
            type="datetime-local"
            value={submittedAt}
            onChange={(e) => setSubmittedAt(e.target.value)}
            aria-describedby={`${timeId}-hint`}
          />
          <span id={`${timeId}-hint`} className="field-hint">
            {t('launchScreens.launch.submittedAtHint')}
          </span>
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {t('launchScreens.launch.record')}
          </button>
        </div>
      )}
    </form>
  );
}

function MemberBlock({
  member,
  value,
  onChange,
  inputRef,
  submittedLabel,
}: {
  member: QueueMember;
  value: string;
  onChange: (value: string) => void;
  inputRef: React.Ref<HTMLInputElement> | undefined;
  submittedLabel: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const name = memberName(member);
  return (
    <fieldset className="member-block">
      <legend>
        {name} · {t(`launchWindows.audiences.${member.audience}`)}
      </legend>
      <ul
        className="plain-list member-checklist"
        aria-label={t('launchScreens.launch.checklistOf', { name })}
      >
        {member.checklist.map((item) => (
          <li key={item.id} className={`checklist-${item.state}`}>
            <span className="checklist-mark" aria-hidden="true">
              {item.state === 'verified' || item.state === 'not-applicable' ? '✓' : '•'}
            </span>{' '}
            {queueItemLabel(t, item)} — {t(`checklistStates.${item.state}`)}
          </li>
        ))}
      </ul>
      {submittedLabel ? (
        <p className="notice notice-success">{submittedLabel}</p>
      ) : (
        <div className="field">
          <label htmlFor={id}>{t('launchScreens.launch.confirmationFor', { name })}</label>
          <input
            id={id}
            ref={inputRef}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
    </fieldset>
  );
}
