import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { type AppError, type Client, deleteClientInput, personDisplayName } from '../../../main/contract';
import { calendarDateIn, firmToday } from '../../../main/contract/dates';
import { call } from '../../api/client';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/StatusMessage';
import { useModal } from '../../ui/useModal';
import { useSession, workingUser } from '../session/queries';

/** The calendar date `years` after a closing date (29 February falls back to the 28th). */
function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The regulator's minimum (CICC Code s.23), which the data service also holds to. */
const MINIMUM_RETENTION_YEARS = 6;

/**
 * Deleting a closed file after the retention period (CICC Code s.23: kept 6 years by default).
 * Offered only on a closed file, from its retain-until date, fixed when it was closed (a later
 * change of the setting moves nothing); the date is always shown. A lawyer decides (the data
 * service refuses anyone else), gives a reason and types the name: it cannot be undone.
 */
export function DeleteClientControl({ client, timeZone }: { client: Client; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  if (!client.archivedAt || !session.data) return null;
  // Files closed before the date was stored were given one by the upgrade; the 6-year floor
  // stands in only for a row without one, as the data service does.
  const minimum = addYears(calendarDateIn(timeZone, new Date(client.archivedAt)), MINIMUM_RETENTION_YEARS);
  const retainUntil = client.retainUntil && client.retainUntil > minimum ? client.retainUntil : minimum;
  const date = formatCalendarDate(retainUntil, i18n.language);
  const isLawyer = workingUser(session.data)?.role === 'lawyer';
  if (firmToday() < retainUntil) return <p className="muted">{t('deleteFile.keptUntil', { date })}</p>;
  return (
    <>
      <p className="muted">{t('deleteFile.retentionEnded', { date })}</p>
      {isLawyer ? (
        <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
          {t('deleteFile.open')}
        </button>
      ) : (
        <p className="muted">{t('deleteFile.lawyersOnly')}</p>
      )}
      {open && <DeleteClientDialog client={client} retainUntil={date} onClose={() => setOpen(false)} />}
    </>
  );
}

function DeleteClientDialog({
  client,
  retainUntil,
  onClose,
}: {
  client: Client;
  /** Shown in the dialog too: what the deletion is checked against. */
  retainUntil: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialogRef = useModal();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [confirmName, setConfirmName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<AppError | null>(null);
  const name = personDisplayName(client);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = deleteClientInput.safeParse({ id: client.id, reason, confirmName });
    const found: Record<string, string> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    if (confirmName.trim() !== name) found.confirmName ??= 'validation.confirmDeletion';
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    setServerError(null);
    const result = await call('clients.delete', parsed.data);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return setServerError(result.error);
    }
    await queryClient.invalidateQueries({ queryKey: ['clients'] });
    // Backups on an unplugged disk still hold the family until it is connected again: say so.
    const pending = result.value.unreachableBackupFolders;
    const later = t('backups.pendingAfterDeletion', { folders: pending.join(', '), count: pending.length });
    toast({
      message:
        pending.length > 0
          ? `${t('deleteFile.deleted', { name })} ${later}`
          : t('deleteFile.deleted', { name }),
    });
    onClose();
    navigate('/clients');
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('deleteFile.title', { name })}</h2>
      <form className="dialog-form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{t('deleteFile.warning')}</p>
        <p className="muted">{t('deleteFile.retentionEnded', { date: retainUntil })}</p>
        {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
        <Field
          label={t('deleteFile.reason')}
          hint={t('deleteFile.reasonHint')}
          error={errors.reason}
          required
        >
          {(a11y) => <input {...a11y} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <Field label={t('deleteFile.confirmName', { name })} error={errors.confirmName} required>
          {(a11y) => (
            <input
              {...a11y}
              autoComplete="off"
              value={confirmName}
              onChange={(event) => setConfirmName(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-danger">
            {t('deleteFile.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('deleteFile.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
