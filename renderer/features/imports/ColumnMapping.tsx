import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  IMPORT_FIELDS,
  type ImportField,
  REQUIRED_IMPORT_FIELDS,
} from '../../../main/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { StepHeading } from './StepHeading';
import type { Columns, LoadedFile } from './useCsvImport';

/** Problems the main process would refuse anyway, shown while the user edits the mapping. */
export function mappingProblems(columns: Columns) {
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !columns.includes(field));
  const repeated = new Set<number>();
  columns.forEach((field, index) => {
    if (field !== null && columns.indexOf(field) !== index) repeated.add(index);
  });
  return { missing, repeated };
}

export function useFieldName() {
  const { t } = useTranslation();
  return (field: ImportField | 'row') => t(`csvImport.fields.${field}`);
}

export function ColumnMapping({
  file,
  columns,
  error,
  onChange,
  onSubmit,
  onCancel,
}: {
  file: LoadedFile;
  columns: Columns;
  error: AppError | null;
  onChange: (columns: Columns) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const id = useId();
  const { header, rows } = file.sample;
  const { missing, repeated } = mappingProblems(columns);
  const serverFields = error?.fields ?? {};
  const formKey = serverFields._form;
  const columnName = (index: number) => header[index] || t('imports.mapping.unnamed', { number: index + 1 });
  const setColumn = (index: number, value: string) =>
    onChange(columns.map((field, i) => (i === index ? ((value || null) as ImportField | null) : field)));

  return (
    <section aria-labelledby={`${id}-heading`}>
      <StepHeading id={`${id}-heading`}>{t('imports.mapping.heading')}</StepHeading>
      <p className="muted">{t('imports.file.summary', { fileName: file.name, count: header.length })}</p>
      <p>{t('imports.mapping.intro')}</p>
      <p className="muted">
        {t('imports.mapping.required', { fields: REQUIRED_IMPORT_FIELDS.map(fieldName).join(', ') })}
      </p>
      {error && !formKey && error.code !== 'VALIDATION' && <ErrorNotice error={error} />}
      {formKey && (
        <p className="notice notice-error" role="alert">
          {t(formKey as 'csvImport.errors.empty', { defaultValue: t('errors.VALIDATION') })}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (missing.length === 0 && repeated.size === 0) onSubmit();
        }}
      >
        <table className="data-table import-mapping">
          <caption className="visually-hidden">{t('imports.mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.mapping.column')}</th>
              <th scope="col">{t('imports.mapping.field')}</th>
              <th scope="col">{t('imports.mapping.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {header.map((_, index) => {
              const selectId = `${id}-column-${index}`;
              const problem = repeated.has(index)
                ? t('imports.mapping.repeated', { field: fieldName(columns[index] ?? 'row') })
                : serverFields[`columns.${index}`]
                  ? t(serverFields[`columns.${index}`] as 'csvImport.errors.columnRepeated')
                  : null;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional; headers may repeat or be blank
                <tr key={index}>
                  <th scope="row">{columnName(index)}</th>
                  <td>
                    <label htmlFor={selectId} className="visually-hidden">
                      {t('imports.mapping.selectLabel', { column: columnName(index) })}
                    </label>
                    <select
                      id={selectId}
                      value={columns[index] ?? ''}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${selectId}-error` : undefined}
                      onChange={(event) => setColumn(index, event.target.value)}
                    >
                      <option value="">{t('imports.mapping.ignore')}</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {fieldName(field)}
                        </option>
                      ))}
                    </select>
                    {problem && (
                      <p id={`${selectId}-error`} className="field-error">
                        {problem}
                      </p>
                    )}
                  </td>
                  <td className="import-sample">
                    {rows
                      .map((row) => row.cells[index] ?? '')
                      .filter(Boolean)
                      .slice(0, 3)
                      .join(' · ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {missing.length > 0 && (
          <p className="notice notice-error" role="alert">
            {t('imports.mapping.missing', { fields: missing.map(fieldName).join(', ') })}
          </p>
        )}
        <SamplePreview file={file} columns={columns} columnName={columnName} />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={missing.length > 0 || repeated.size > 0}
          >
            {t('imports.mapping.start')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('imports.choice.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The first rows, with the field each cell will fill: what "Check the rows" is about to read. */
function SamplePreview({
  file,
  columns,
  columnName,
}: {
  file: LoadedFile;
  columns: Columns;
  columnName: (index: number) => string;
}) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const id = useId();
  const mapped = columns.flatMap((field, index) => (field ? [{ field, index }] : []));
  if (file.sample.rows.length === 0 || mapped.length === 0) return null;
  return (
    <>
      <h3 id={id}>{t('imports.mapping.previewHeading')}</h3>
      {/* Focusable so a keyboard can scroll a wide file sideways. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="import-scroll" tabIndex={0} aria-labelledby={id}>
        <table className="data-table">
          <caption className="visually-hidden">{t('imports.mapping.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.mapping.row')}</th>
              {mapped.map(({ field, index }) => (
                <th scope="col" key={field} title={columnName(index)}>
                  {fieldName(field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {file.sample.rows.map((row) => (
              <tr key={row.rowNumber}>
                <th scope="row">{row.rowNumber}</th>
                {mapped.map(({ field, index }) => (
                  <td key={field}>{row.cells[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
