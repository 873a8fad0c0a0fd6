import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type {
  AppError,
  ConfirmationNumberUse,
  LaunchWindow,
  QueueFamily,
  QueueMember,
} from '../../../main/contract';
import { zonedDateTimeToInstant } from '../../../main/domain/deadlines/time-zone';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { FamilyChecklists } from './FamilyChecklists';
import { blockerText, memberName } from './labels';
import { useLaunchCommand } from './queries';
import { RecordedMember } from './RecordedMember';

interface MemberErrors {
  number?: string;
  override?: string;
  use?: ConfirmationNumberUse | null;
}

/** Field errors of the envelope ("members.2.confirmationNumber"), keyed by the member they are about. */
function errorsByMember(error: AppError, sent: QueueMember[]): Record<string, MemberErrors> {
  const result: Record<string, MemberErrors> = {};
  for (const [path, key] of Object.entries(error.fields ?? {})) {
    const match = /^members\.(\d+)\.(confirmationNumber|override|dependantId)/.exec(path);
    const member = match ? sent[Number(match[1])] : undefined;
    if (!member) continue;
    const entry = result[member.memberKey] ?? {};
    if (match?.[2] === 'override') entry.override = key;
    else entry.number = key;
    result[member.memberKey] = entry;
  }
  return result;
}

/**
 * One family's submission: each member's confirmation number, recorded in one step with Enter.
 * The safeguards show where the person is looking: a refused number says why beside its field
 * (announced, and the field marked invalid), a member who is not ready needs a ticked box and
 * a reason, and a number already used in the firm links to where.
 */
export function SubmissionForm({
  window: w,
  family,
  rehearsalId,
  onRecorded,
}: {
  window: LaunchWindow;
  family: QueueFamily;
  rehearsalId: string | undefined;
  /** The family as it stands after recording (from the server, not the screen's copy). */
  onRecorded: (family: QueueFamily) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const command = useLaunchCommand();
  const timeId = useId();
  const pending = family.members.filter((m) => !m.submission);
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const [overrides, setOverrides] = useState<Record<string, { on: boolean; reason: string }>>({});
  const [errors, setErrors] = useState<Record<string, MemberErrors>>({});
  const [submittedAt, setSubmittedAt] = useState('');
  const inputs = useRef(new Map<string, HTMLInputElement>());

  // The next family arrives with the cursor already in its first confirmation number (the form
  // is keyed by family and progress, so this runs once per family).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per family, not per keystroke
  useEffect(() => {
    const first = pending[0];
    if (first) inputs.current.get(first.memberKey)?.focus();
  }, []);

  const record = async () => {
    const sent = pending.filter((m) => (numbers[m.memberKey] ?? '').trim() !== '');
    const members = sent.map((m) => {
      const override = overrides[m.memberKey];
      return {
        dependantId: m.dependantId,
        confirmationNumber: (numbers[m.memberKey] ?? '').trim(),
        ...(!m.ready && override?.on && { override: { reason: override.reason.trim() } }),
      };
    });
    if (members.length === 0) {
      const first = pending[0];
      if (first) {
        setErrors({ [first.memberKey]: { number: 'launchWindows.errors.numberRequired' } });
        inputs.current.get(first.memberKey)?.focus();
      }
      return;
    }
    const [date, time] = submittedAt.split('T');
    const at = date && time ? zonedDateTimeToInstant(date, time, w.timeZone).iso : undefined;
    let refusal: AppError | null = null;
    const result = await command.run(async () => {
      const envelope = await call('launchWindows.recordSubmission', {
        windowId: w.id,
        clientId: family.clientId,
        members,
        ...(at ? { submittedAt: at } : {}),
        ...(rehearsalId !== undefined && { rehearsalId }),
      });
      if (!envelope.ok) refusal = envelope.error;
      return envelope;
    });
    if (refusal) showRefusal(refusal, sent);
    if (!result) return;
    setErrors({});
    announce(t('launchScreens.launch.recorded', { name: memberName(family), count: members.length }));
    onRecorded(result.family);
  };

  /** A refusal lands beside the fields it is about; where a number is already used, find out where. */
  const showRefusal = (error: AppError, sent: QueueMember[]) => {
    if (!error.fields) return;
    const next = errorsByMember(error, sent);
    setErrors(next);
    const firstInvalid = pending.find((m) => next[m.memberKey]);
    if (firstInvalid) inputs.current.get(firstInvalid.memberKey)?.focus();
    for (const member of sent) {
      if (next[member.memberKey]?.number !== 'launchWindows.errors.numberUsed') continue;
      void call('launchWindows.confirmationNumberUse', {
        confirmationNumber: (numbers[member.memberKey] ?? '').trim(),
        ...(rehearsalId !== undefined && { rehearsalId }),
      }).then((use) => {
        if (use.ok)
          setErrors((all) => ({ ...all, [member.memberKey]: { ...all[member.memberKey], use: use.value } }));
      });
    }
  };

  const formLevelError = command.error && !command.error.fields ? command.error : null;

  return (
    <form
      className="submission-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void record();
      }}
    >
      {family.members.map((member) =>
        member.submission ? (
          <RecordedMember
            key={member.memberKey}
            window={w}
            family={family}
            member={member}
            rehearsalId={rehearsalId}
          />
        ) : (
          <MemberEntry
            key={member.memberKey}
            member={member}
            value={numbers[member.memberKey] ?? ''}
            onChange={(value) => {
              setNumbers((all) => ({ ...all, [member.memberKey]: value }));
              if (errors[member.memberKey]?.number)
                setErrors((all) => ({
                  ...all,
                  [member.memberKey]: { ...all[member.memberKey], number: undefined, use: undefined },
                }));
            }}
            override={overrides[member.memberKey] ?? { on: false, reason: '' }}
            onOverride={(value) => setOverrides((all) => ({ ...all, [member.memberKey]: value }))}
            errors={errors[member.memberKey] ?? {}}
            inputRef={(element) => {
              if (element) inputs.current.set(member.memberKey, element);
              else inputs.current.delete(member.memberKey);
            }}
          />
        ),
      )}
      {formLevelError && <ErrorNotice error={formLevelError} />}
      {pending.length > 0 && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {t('launchScreens.launch.record')}
          </button>
          <div className="field field-inline">
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
          </div>
        </div>
      )}
      <FamilyChecklists family={family} />
    </form>
  );
}

function MemberEntry({
  member,
  value,
  onChange,
  override,
  onOverride,
  errors,
  inputRef,
}: {
  member: QueueMember;
  value: string;
  onChange: (value: string) => void;
  override: { on: boolean; reason: string };
  onOverride: (value: { on: boolean; reason: string }) => void;
  errors: MemberErrors;
  inputRef: (element: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const name = memberName(member);
  const done = member.checklist.filter((i) => i.state === 'verified' || i.state === 'not-applicable').length;
  const errorId = `${id}-error`;
  const overrideErrorId = `${id}-override-error`;
  const [firstBlocker] = member.blockers;
  return (
    <fieldset className={member.ready ? 'member-block' : 'member-block member-not-ready'}>
      <legend>
        {name} · {t(`launchWindows.audiences.${member.audience}`)}
      </legend>
      <p className="member-summary muted">
        {t('launchScreens.launch.documentsDone', { done, total: member.checklist.length })}
      </p>
      {firstBlocker && (
        <p className="member-blocker" id={`${id}-blockers`}>
          <span className="blocker-tag">
            {t(
              firstBlocker.eligibility
                ? 'launchScreens.launch.ineligible'
                : 'launchScreens.launch.notReadyTag',
            )}
          </span>{' '}
          {blockerText(t, firstBlocker)}
          {member.blockers.length > 1 &&
            ` ${t('launchScreens.launch.moreBlockers', { count: member.blockers.length - 1 })}`}
        </p>
      )}
      <div className={errors.number ? 'field field-invalid' : 'field'}>
        <label htmlFor={id}>{t('launchScreens.launch.confirmationFor', { name })}</label>
        <input
          id={id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(errors.number)}
          aria-describedby={
            [errors.number ? errorId : '', firstBlocker ? `${id}-blockers` : ''].filter(Boolean).join(' ') ||
            undefined
          }
        />
        {/* Always present, so a screen reader hears the refusal the moment it arrives. */}
        <p id={errorId} className="field-error" aria-live="assertive">
          {errors.number &&
            t(errors.number as 'validation.invalid', { defaultValue: t('validation.invalid') })}
          {errors.use && (
            <>
              {' '}
              <Link href={`/clients/${errors.use.clientId}`}>
                {errors.use.windowId === null
                  ? t('launchScreens.launch.usedOnFile', {
                      name: errors.use.memberName || errors.use.clientName,
                    })
                  : t('launchScreens.launch.usedIn', {
                      name: errors.use.memberName || errors.use.clientName,
                      window: errors.use.windowName,
                    })}
              </Link>
            </>
          )}
        </p>
      </div>
      {!member.ready && (
        <div className={errors.override ? 'override field-invalid' : 'override'}>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={override.on}
              onChange={(e) => onOverride({ ...override, on: e.target.checked })}
              aria-invalid={Boolean(errors.override)}
              aria-describedby={errors.override ? overrideErrorId : undefined}
            />
            {t('launchScreens.launch.recordAnyway', { name })}
          </label>
          {override.on && (
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('launchScreens.launch.overrideReason')}</label>
              <input
                id={`${id}-reason`}
                value={override.reason}
                onChange={(e) => onOverride({ ...override, reason: e.target.value })}
                maxLength={500}
              />
            </div>
          )}
          <p id={overrideErrorId} className="field-error" aria-live="assertive">
            {errors.override &&
              t(errors.override as 'validation.invalid', { defaultValue: t('validation.invalid') })}
          </p>
        </div>
      )}
    </fieldset>
  );
}
