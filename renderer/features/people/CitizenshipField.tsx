import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../i18n/format';
import { useCountryOptions } from './countryOptions';

interface Props {
  /** Chosen ISO codes only; an empty "choose…" row lives in this component, never in the form value. */
  value: string[];
  onChange: (codes: string[]) => void;
  /** i18n keys: the list's own error, and per-row errors by index. */
  error?: string | undefined;
  rowErrors?: (string | undefined)[];
  labelId: string;
}

const MAX = 5;

/** One select per citizenship (most clients have one, some two or three). */
export function CitizenshipField({ value, onChange, error, rowErrors = [], labelId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [addingRow, setAddingRow] = useState(false);
  const options = useCountryOptions();

  const showEmptyRow = value.length === 0 || addingRow;
  const rows = showEmptyRow ? [...value, ''] : value;

  const choose = (index: number, code: string) => {
    if (index === value.length) {
      if (code) onChange([...value, code]);
      setAddingRow(false);
    } else {
      onChange(code ? value.map((c, i) => (i === index ? code : c)) : value.filter((_, i) => i !== index));
    }
  };
  const translate = (key: string) =>
    t(key as 'validation.invalid', { defaultValue: t('validation.invalid') });

  return (
    <div className={error ? 'field field-invalid citizenships' : 'field citizenships'}>
      {rows.map((code, index) => {
        const rowError = rowErrors[index];
        const errorId = rowError ? `${labelId}-row-${index}-error` : undefined;
        return (
          <div className="citizenship-row" key={code || 'new'}>
            <select
              aria-labelledby={index === 0 ? labelId : undefined}
              aria-label={index === 0 ? undefined : `${t('clients.fields.citizenships')} ${index + 1}`}
              aria-invalid={Boolean(rowError)}
              aria-describedby={errorId}
              value={code}
              onChange={(event) => choose(index, event.target.value)}
            >
              <option value="">{t('clients.citizenship.choose')}</option>
              {options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
            {code !== '' && (
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('clients.citizenship.remove', { country: countryName(code, locale) })}
                onClick={() => choose(index, '')}
              >
                ×
              </button>
            )}
            {rowError && (
              <p id={errorId} className="field-error">
                {translate(rowError)}
              </p>
            )}
          </div>
        );
      })}
      {!showEmptyRow && value.length < MAX && (
        <button type="button" className="button button-quiet" onClick={() => setAddingRow(true)}>
          {t('clients.citizenship.add')}
        </button>
      )}
      {error && <p className="field-error">{translate(error)}</p>}
    </div>
  );
}
