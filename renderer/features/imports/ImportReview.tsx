import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../main/contract';
import { useProgress } from '../../api/useProgress';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLaunchWindows } from '../launch-windows/queries';
import { ImportDuplicates, ImportErrors } from './ImportErrors';
import { StepHeading } from './StepHeading';
import type { CommitChoice, ImportStep } from './useCsvImport';

type ReviewStep = Extract<ImportStep, { kind: 'review' }>;

/**
 * The counts, every bad row and possible duplicate, then the choice. "Import all" is
 * all-or-nothing, so it is offered only when no row is bad; importing part of a file is
 * a separate, explicit button.
 */
export function ImportReview({
  step,
  windowId,
  onCommit,
  onCancel,
}: {
  step: ReviewStep;
  windowId: number | null;
  onCommit: (choice: CommitChoice) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { preview, error } = step;
  const [importDuplicates, setImportDuplicates] = useState(false);
  const [enrolIn, setEnrolIn] = useState<number | null>(windowId);
  const [busy, setBusy] = useState(false);
  const progress = useProgress('imports.commit', busy);
  const commit = async (mode: CommitChoice['mode']) => {
    setBusy(true);
    try {
      await onCommit({
        mode,
        onDuplicate: importDuplicates ? 'import-anyway' : 'skip-family',
        enrolInWindowId: enrolIn,
      });
    } finally {
      setBusy(false);
    }
  };
  const number = (value: number) => value.toLocaleString(i18n.language);
  const bad = preview.invalidRows > 0;
  // What the button will really import: valid families, minus those skipped as possible duplicates.
  const willImport = preview.validFamilies - (importDuplicates ? 0 : preview.validFamiliesWithDuplicates);
  const formKey = error?.fields?._form;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <StepHeading id={`${id}-heading`}>{t('imports.review.heading')}</StepHeading>
      <p className="muted">{t('imports.review.nothingYet')}</p>
      <Counts preview={preview} willImport={willImport} number={number} />
      <ImportErrors
        errors={preview.errors}
        values={step.errorValues}
        invalidRows={preview.invalidRows}
        truncated={preview.errorsTruncated}
      />
      <ImportDuplicates
        duplicates={preview.duplicates}
        total={preview.duplicateRows}
        truncated={preview.duplicatesTruncated}
      />

      <section aria-labelledby={`${id}-choice`} className="import-section import-choice">
        <h3 id={`${id}-choice`}>{t('imports.choice.heading')}</h3>
        {formKey && (
          <p className="notice notice-error" role="alert">
            {t(formKey as 'csvImport.errors.fileHasErrors', { defaultValue: t('errors.VALIDATION') })}
          </p>
        )}
        {error && !formKey && <ErrorNotice error={error} />}
        {preview.familiesWithDuplicates > 0 && (
          <div className="field">
            <p>{t('imports.choice.duplicatesSkipped', { count: preview.familiesWithDuplicates })}</p>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={importDuplicates}
                onChange={(event) => setImportDuplicates(event.target.checked)}
              />
              {t('imports.choice.importDuplicates')}
            </label>
          </div>
        )}
        <EnrolSelect value={enrolIn} onChange={setEnrolIn} />
        <div className="import-options">
          <div>
            <button
              type="button"
              className={bad ? 'button' : 'button button-primary'}
              disabled={bad || busy}
              aria-describedby={`${id}-all`}
              onClick={() => void commit('all-or-nothing')}
            >
              {t('imports.choice.all')}
            </button>
            <p id={`${id}-all`} className={bad ? 'notice notice-error' : 'field-hint'}>
              {bad
                ? t('imports.choice.allRefused', { count: preview.invalidRows })
                : t('imports.choice.allHint')}
            </p>
          </div>
          {bad && (
            <div>
              <button
                type="button"
                className="button button-primary"
                disabled={busy || willImport === 0}
                aria-describedby={`${id}-valid`}
                onClick={() => void commit('valid-only')}
              >
                {t('imports.choice.validOnly')}
              </button>
              <p id={`${id}-valid`} className="field-hint">
                {willImport === 0
                  ? t('imports.choice.noValidFamily')
                  : t('imports.choice.validOnlyHint', { count: willImport })}
              </p>
            </div>
          )}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('imports.choice.cancel')}
          </button>
          {busy && (
            <span role="status">
              {progress
                ? t('imports.choice.importingProgress', { done: progress.done, total: progress.total })
                : t('imports.choice.importing')}
            </span>
          )}
        </div>
      </section>
    </section>
  );
}

function Counts({
  preview,
  willImport,
  number,
}: {
  preview: ImportPreview;
  willImport: number;
  number: (value: number) => string;
}) {
  const { t } = useTranslation();
  const items = [
    ['rows', preview.rows],
    ['validRows', preview.validRows],
    ['invalidRows', preview.invalidRows],
    ['families', preview.families],
    ['validFamilies', preview.validFamilies],
    ['duplicateRows', preview.duplicateRows],
    ['willImport', willImport],
  ] as const;
  return (
    <dl className="import-counts">
      {items.map(([key, value]) => (
        <div key={key} className={key === 'invalidRows' && value > 0 ? 'import-count-bad' : undefined}>
          <dt>{t(`imports.review.${key}`)}</dt>
          <dd>{number(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Optional: the imported families join a launch window in the same transaction as the import. */
function EnrolSelect({ value, onChange }: { value: number | null; onChange: (id: number | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const windows = useLaunchWindows();
  if (windows.isError) return <ErrorNotice error={windows.error} onRetry={() => void windows.refetch()} />;
  if (!windows.data || (windows.data.length === 0 && value === null)) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('imports.choice.enrolIn')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{t('imports.choice.noWindow')}</option>
        {windows.data.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </div>
  );
}
