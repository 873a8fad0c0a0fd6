import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { type AppError, archiveInput, type Dependant, personDisplayName } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { useInvalidateClients } from '../clients/queries';

/**
 * A dependant who left the file (a divorce, a child now filing alone): archived with a reason,
 * kept in the file's history, no longer counted for deadlines or launch windows.
 */
export function ArchiveDependant({ dependant, familyHref }: { dependant: Dependant; familyHref: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const name = personDisplayName(dependant);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = archiveInput.safeParse({ id: dependant.id, version: dependant.version, reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    const result = await call('dependants.archive', parsed.data);
    if (!result.ok) {
      setError(result.error.fields?.reason);
      return setServerError(result.error);
    }
    await invalidate();
    announce(t('archiveDependant.done', { name }));
    navigate(familyHref);
  };

  if (dependant.archivedAt) return null;
  return (
    <form className="form settings-section" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="subsection">
        <legend>{t('archiveDependant.heading', { name })}</legend>
        <p className="field-hint">{t('archiveDependant.intro')}</p>
        {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
        <Field label={t('archiveDependant.reason')} error={error} required>
          {(a11y) => <input {...a11y} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-danger">
            {t('archiveDependant.confirm')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
