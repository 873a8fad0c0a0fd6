import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../main/contract';
import { call } from '../../api/client';
import { appNow } from '../../app/clock';
import { formatCalendarDate } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce, useToast } from '../../ui/StatusMessage';
import { useDeadlineCommand } from './queries';
import { RollForwardSelect } from './RollForwardSelect';

type Open = 'none' | 'dismiss' | 'snooze' | 'override' | 'roll-forward';

/** datetime-local's value for now (the service's clock, this computer's zone): the picker starts no earlier than now. */
function localNow(): string {
  const now = appNow();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * Done / dismiss (with a reason, required by the contract and the database) / snooze / weekends
 * and holidays / change date for one deadline. The small forms open in place so keyboard focus
 * stays in the row. An overridden date shows the rule's date beside it, and a warning when it is
 * later than the rule allows.
 */
export function DeadlineActions({ deadline, label }: { deadline: Deadline; label: string }) {
  const { t, i18n } = useTranslation();
  const command = useDeadlineCommand();
  const [policy, setPolicy] = useState(deadline.rollForward);
  const announce = useAnnounce();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>('none');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [overrideDate, setOverrideDate] = useState(deadline.dueOn);
  const [overrideReason, setOverrideReason] = useState('');
  const formId = useId();
  const { id, version } = deadline;
  const closed = Boolean(deadline.completedAt || deadline.dismissedAt);
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const ruleDate = deadline.computedDueOn;
  const later = ruleDate !== null && deadline.dueOn > ruleDate;
  const fieldError = (name: string) => command.error?.fields?.[name];

  const send = async (run: () => ReturnType<typeof call>) => {
    if (await command.run(run)) {
      setOpen('none');
      setReason('');
      setOverrideReason('');
      announce(t('deadlineRow.saved'));
    }
  };
  /** Done and dismiss are one click from a mistake: the toast offers to reopen. */
  const closeWithUndo = async (
    run: () => Promise<Awaited<ReturnType<typeof call<'deadlines.complete'>>>>,
    message: string,
  ) => {
    const saved = await command.run(run);
    if (!saved) return;
    setOpen('none');
    setReason('');
    toast({
      message,
      undo: async () => {
        const reopened = await call('deadlines.reopen', { id: saved.id, version: saved.version });
        await queryClient.invalidateQueries({ queryKey: ['clients'] });
        await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
        return reopened.ok ? null : reopened.error.message;
      },
    });
  };

  if (closed) {
    return (
      <button
        type="button"
        className="button button-quiet"
        disabled={command.pending}
        onClick={() => void send(() => call('deadlines.reopen', { id, version }))}
      >
        {t('deadlineRow.reopen')}
      </button>
    );
  }
  return (
    <fieldset className="deadline-actions">
      <legend className="visually-hidden">{`${t('deadlineRow.actions')}: ${label}`}</legend>
      {ruleDate && (
        <p className={later ? 'notice notice-warning override-note' : 'override-note'}>
          {later
            ? t('deadlineRow.overrideLater', { date: date(ruleDate) })
            : t('deadlineRow.ruleDate', { date: date(ruleDate) })}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={command.pending}
        onClick={() =>
          void closeWithUndo(
            () => call('deadlines.complete', { id, version }),
            t('deadlineToast.markedDone', { label }),
          )
        }
      >
        {t('deadlineRow.complete')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open === 'dismiss'}
        aria-controls={`${formId}-dismiss`}
        onClick={() => setOpen(open === 'dismiss' ? 'none' : 'dismiss')}
      >
        {t('deadlineRow.dismiss')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open === 'snooze'}
        aria-controls={`${formId}-snooze`}
        onClick={() => setOpen(open === 'snooze' ? 'none' : 'snooze')}
      >
        {t('deadlineRow.snooze')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open === 'roll-forward'}
        aria-controls={`${formId}-roll-forward`}
        onClick={() => setOpen(open === 'roll-forward' ? 'none' : 'roll-forward')}
      >
        {t('deadlineRow.rollForward')}
      </button>
      {deadline.origin === 'rule' && (
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={open === 'override'}
          aria-controls={`${formId}-override`}
          onClick={() => setOpen(open === 'override' ? 'none' : 'override')}
        >
          {t('deadlineRow.override')}
        </button>
      )}
      {deadline.computedDueOn && (
        <button
          type="button"
          className="button button-quiet"
          disabled={command.pending}
          onClick={() => void send(() => call('deadlines.override', { id, version, date: null }))}
        >
          {t('deadlineRow.useRuleDate')}
        </button>
      )}
      {command.error && command.error.code !== 'VALIDATION' && <ErrorNotice error={command.error} />}
      {open === 'dismiss' && (
        <form
          id={`${formId}-dismiss`}
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void closeWithUndo(
              () => call('deadlines.dismiss', { id, version, reason }),
              t('deadlineToast.dismissed', { label }),
            );
          }}
        >
          <Field label={t('deadlineRow.dismissReason')} error={fieldError('reason')} required>
            {(a11y) => (
              // biome-ignore lint/a11y/noAutofocus: the person just asked for this field
              <input {...a11y} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {command.pending ? t('deadlineRow.saving') : t('deadlineRow.dismissConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setOpen('none')}>
            {t('deadlineRow.cancel')}
          </button>
        </form>
      )}
      {open === 'snooze' && (
        <form
          id={`${formId}-snooze`}
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            // The person picks a moment on their own clock; the contract stores it as a UTC instant.
            const instant = until ? new Date(until).toISOString() : '';
            void send(() => call('deadlines.snooze', { id, version, until: instant }));
          }}
        >
          <Field label={t('deadlineRow.snoozeUntil')} error={fieldError('until')} required>
            {(a11y) => (
              <input
                {...a11y}
                type="datetime-local"
                min={localNow()}
                value={until}
                // biome-ignore lint/a11y/noAutofocus: the person just asked for this field
                autoFocus
                onChange={(e) => setUntil(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {command.pending ? t('deadlineRow.saving') : t('deadlineRow.snoozeConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setOpen('none')}>
            {t('deadlineRow.cancel')}
          </button>
        </form>
      )}
      {open === 'roll-forward' && (
        <form
          id={`${formId}-roll-forward`}
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send(() => call('deadlines.update', { id, version, rollForward: policy }));
          }}
        >
          <Field
            label={t('deadlineRow.rollForwardLabel')}
            hint={deadline.rollForwardChosen ? t('deadlineRow.policyChosen') : t('deadlineRow.policyDefault')}
            error={fieldError('rollForward')}
          >
            {(a11y) => (
              <RollForwardSelect
                {...a11y}
                value={policy}
                autoFocus
                onChange={(value) => value && setPolicy(value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {command.pending ? t('deadlineRow.saving') : t('deadlineRow.rollForwardConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setOpen('none')}>
            {t('deadlineRow.cancel')}
          </button>
        </form>
      )}
      {open === 'override' && (
        <form
          id={`${formId}-override`}
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send(() =>
              call('deadlines.override', { id, version, date: overrideDate, reason: overrideReason }),
            );
          }}
        >
          <Field
            label={t('deadlineRow.overrideDate')}
            // The rule's date stays beside the new one; a later date is allowed but flagged.
            hint={
              overrideDate > (ruleDate ?? deadline.dueOn)
                ? t('deadlineRow.overrideLater', { date: date(ruleDate ?? deadline.dueOn) })
                : t('deadlineRow.ruleDate', { date: date(ruleDate ?? deadline.dueOn) })
            }
            error={fieldError('date')}
            required
          >
            {(a11y) => (
              <DateInput
                {...a11y}
                value={overrideDate}
                // Focus goes to the field the person just asked for.
                autoFocus
                onChange={(e) => setOverrideDate(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('deadlineRow.overrideReason')} error={fieldError('reason')} required>
            {(a11y) => (
              <input {...a11y} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {command.pending ? t('deadlineRow.saving') : t('deadlineRow.overrideConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setOpen('none')}>
            {t('deadlineRow.cancel')}
          </button>
        </form>
      )}
    </fieldset>
  );
}
