import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../main/contract';
import { calendarDateIn } from '../../../main/contract/dates';
import { call } from '../../api/client';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/StatusMessage';
import { DeleteClientControl } from './DeleteClientControl';
import { useFamilyAudit, useFamilyCommand } from './queries';

/**
 * An archived file says so first: that it is closed and read-only, when, by whom and why it was
 * closed, until when it is kept, and the one way to change it again (reopen).
 */
export function ClosedBanner({ client, timeZone }: { client: Client; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const command = useFamilyCommand();
  const headingId = useId();
  // The newest closing in the family's history says who closed it (the trail is loaded anyway).
  const audit = useFamilyAudit(client.id);
  if (!client.archivedAt) return null;
  const date = formatCalendarDate(calendarDateIn(timeZone, new Date(client.archivedAt)), i18n.language);
  const who = audit.data?.find((entry) => entry.entity === 'client' && entry.action === 'archive')?.userName;
  const reason = client.archiveReason || t('family.closedReasonMissing');
  return (
    <section className="notice notice-warning closed-banner" aria-labelledby={headingId}>
      <h2 id={headingId} className="closed-banner-heading">
        {t('family.closedFile.heading')}
      </h2>
      <p>
        {who
          ? t('family.closedFile.closedBy', { date, who, reason })
          : t('family.closedBanner', { date, reason })}
      </p>
      <p>{t('family.closedFile.readOnly')}</p>
      <button
        type="button"
        className="button"
        disabled={command.pending}
        onClick={() =>
          void command.run(() => call('clients.unarchive', { id: client.id, version: client.version }))
        }
      >
        {t('family.archive.reopen')}
      </button>
      {command.error && <ErrorNotice error={command.error} />}
      <DeleteClientControl client={client} timeZone={timeZone} />
    </section>
  );
}

/** Opens the archive form; shown in the page header while the file is open. */
export function ArchiveButton({ expanded, onOpen }: { expanded: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" aria-expanded={expanded} onClick={onOpen}>
      {t('family.archive.open')}
    </button>
  );
}

/** Closing a file needs a reason, which is kept in the file's history. */
export function ArchiveForm({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const toast = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    const saved = await command.run(() =>
      call('clients.archive', { id: client.id, version: client.version, reason }),
    );
    if (!saved) return;
    onClose();
    // Closing a file is reversible: the toast offers to reopen it at once.
    toast({
      message: t('archiveUndo.closed'),
      undo: async () => {
        const reopened = await command.run(() =>
          call('clients.unarchive', { id: saved.id, version: saved.version }),
        );
        return reopened ? null : t('archiveUndo.failed');
      },
    });
  };
  const reasonError = missingReason ? 'validation.reasonRequired' : command.error?.fields?.reason;
  return (
    <form className="archive-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('family.archive.heading')}</legend>
        <p className="muted">{t('family.archive.intro')}</p>
        <Field label={t('family.archive.reason')} error={reasonError} required>
          {(props) => (
            // biome-ignore lint/a11y/noAutofocus: the person just asked for this form; the reason is all it needs.
            <input {...props} autoFocus value={reason} onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
        {command.error && <ErrorNotice error={command.error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {command.pending ? t('family.archive.saving') : t('family.archive.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('family.archive.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
