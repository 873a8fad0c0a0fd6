import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, exportAuditInput } from '../../../main/contract';
import { call, fetchValue } from '../../api/client';
import { DateInput } from '../../ui/DateInput';
import { downloadText } from '../../ui/downloadText';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { DataCheckPanel } from './DataCheckPanel';

/**
 * Settings > Records: the whole firm's audit trail as CSV for a regulator (optionally between
 * two dates), whether the data file and that trail are intact, and which version of Caseport and its data wrote it.
 */
export function AuditExport() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => fetchValue('app.info', {}) });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = exportAuditInput.safeParse({ from: from || undefined, to: to || undefined });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      return setErrors(found);
    }
    setErrors({});
    setServerError(null);
    setPending(true);
    const result = await call('audit.exportCsv', parsed.data);
    setPending(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return setServerError(result.error);
    }
    downloadText(result.value.fileName, result.value.csv, 'text/csv;charset=utf-8');
    announce(t('records.exported', { count: result.value.rows, fileName: result.value.fileName }));
  };

  return (
    <section className="settings-section" aria-labelledby="settings-records">
      <h2 id="settings-records">{t('records.heading')}</h2>
      {info.data && (
        <p className="field-hint">
          {t('records.version', { version: info.data.appVersion, schema: info.data.schemaVersion })}
        </p>
      )}
      <DataCheckPanel />
      <form
        className="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label={t('records.exportForm')}
      >
        <p className="field-hint">{t('records.intro')}</p>
        {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
        <div className="form-grid">
          <Field label={t('records.from')} error={errors.from}>
            {(a11y) => <DateInput {...a11y} value={from} onChange={(event) => setFrom(event.target.value)} />}
          </Field>
          <Field label={t('records.to')} error={errors.to}>
            {(a11y) => <DateInput {...a11y} value={to} onChange={(event) => setTo(event.target.value)} />}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {t('records.export')}
          </button>
        </div>
      </form>
    </section>
  );
}
