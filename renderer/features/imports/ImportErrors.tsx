import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type ImportRowDuplicate, type ImportRowError, personDisplayName } from '../../../main/contract';
import { useFieldName } from './ColumnMapping';
import { errorCellKey } from './useCsvImport';

/** Every bad row by its spreadsheet row number, the field and column at fault, and what to fix. */
export function ImportErrors({
  errors,
  values,
  invalidRows,
  truncated,
}: {
  errors: ImportRowError[];
  values: ReadonlyMap<string, string>;
  invalidRows: number;
  truncated: boolean;
}) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const id = useId();
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby={id} className="import-section">
      <h3 id={id}>{t('imports.errors.heading', { count: invalidRows })}</h3>
      <table className="data-table import-errors">
        <caption className="visually-hidden">{t('imports.errors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.errors.row')}</th>
            <th scope="col">{t('imports.errors.family')}</th>
            <th scope="col">{t('imports.errors.column')}</th>
            <th scope="col">{t('imports.errors.value')}</th>
            <th scope="col">{t('imports.errors.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error) => (
            <tr key={`${error.rowNumber}-${error.field}`}>
              <th scope="row">{error.rowNumber}</th>
              <td>{error.familyKey}</td>
              <td>
                {error.column
                  ? t('imports.errors.fieldInColumn', { field: fieldName(error.field), column: error.column })
                  : fieldName(error.field)}
              </td>
              <td className="import-value">{values.get(errorCellKey(error.rowNumber, error.field)) ?? ''}</td>
              <td>
                {/* Keys come from the contract (the intake forms' messages or the import's own). */}
                {t(error.key as 'validation.invalid', { defaultValue: t('validation.invalid') })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {truncated && <p className="muted">{t('imports.errors.truncated', { count: errors.length })}</p>}
    </section>
  );
}

/** People who may already be on file (linked to their family) or who appear twice in the file. */
export function ImportDuplicates({
  duplicates,
  total,
  truncated,
}: {
  duplicates: ImportRowDuplicate[];
  total: number;
  truncated: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby={id} className="import-section">
      <h3 id={id}>{t('imports.duplicates.heading', { count: total })}</h3>
      <table className="data-table">
        <caption className="visually-hidden">{t('imports.duplicates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.duplicates.row')}</th>
            <th scope="col">{t('imports.duplicates.person')}</th>
            <th scope="col">{t('imports.duplicates.matches')}</th>
          </tr>
        </thead>
        <tbody>
          {duplicates.map((duplicate) => (
            <tr key={duplicate.rowNumber}>
              <th scope="row">{duplicate.rowNumber}</th>
              <td>
                {personDisplayName(duplicate)} ({duplicate.familyKey})
              </td>
              <td>
                <ul className="import-matches">
                  {duplicate.matches.map((match) => {
                    const name = personDisplayName(match);
                    const reason = t(`imports.duplicates.${match.reason}`);
                    return (
                      <li key={`${match.clientId}-${match.dependantId}-${match.rowNumber}-${match.reason}`}>
                        {match.clientId !== null ? (
                          <Link href={`/clients/${match.clientId}`}>
                            {t('imports.duplicates.onFile', { name })}
                          </Link>
                        ) : (
                          t('imports.duplicates.inFile', { row: match.rowNumber, name })
                        )}{' '}
                        <span className="muted">({reason})</span>
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {truncated && (
        <p className="muted">{t('imports.duplicates.truncated', { count: duplicates.length })}</p>
      )}
    </section>
  );
}
