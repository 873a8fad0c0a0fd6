import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../i18n/format';
import { Combobox } from '../../ui/Combobox';
import { useCountryOptions } from './countryOptions';

interface Props {
  /** Chosen ISO codes only; an empty "add one" row lives in this component, never in the form value. */
  value: string[];
  onChange: (codes: string[]) => void;
  /** i18n keys: the list's own error, and per-row errors by index. */
  error?: string | undefined;
  rowErrors?: (string | undefined)[];
  /** Unique per person: keeps row ids apart when a form holds a whole family. */
  labelId: string;
}

const MAX = 5;

/**
 * One country combobox per citizenship (most clients have one, some two or three). Rows are
 * keyed by position, not by country, so choosing a country never remounts the row and focus
 * stays where the person is typing.
 */
export function CitizenshipField({ value, onChange, error, rowErrors = [], labelId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [addingRow, setAddingRow] = useState(false);
  const options = useCountryOptions();

  const showEmptyRow = value.length === 0 || addingRow;
  const rows = showEmptyRow ? [...value, ''] : value;

  const choose = (index: number, code: string) => {
    if (index === value.length) {
      if (code) {
        onChange([...value, code]);
        setAddingRow(false);
      }
    } else {
      onChange(code ? value.map((c, i) => (i === index ? code : c)) : value.filter((_, i) => i !== index));
    }
  };
  const translate = (key: string) =>
    t(key as 'validation.invalid', { defaultValue: t('validation.invalid') });

  return (
    <div className={error ? 'field-invalid citizenships' : 'citizenships'}>
      {rows.map((code, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: position is the row's identity (see above)
        <div className="citizenship-row" key={`${labelId}-${index}`}>
          <Combobox
            label={
              index === 0
                ? t('clients.fields.citizenships')
                : `${t('clients.fields.citizenships')} ${index + 1}`
            }
            labelHidden={index > 0}
            options={options}
            value={code}
            onChange={(next) => choose(index, next)}
            error={rowErrors[index]}
          />
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
        </div>
      ))}
      {!showEmptyRow && value.length < MAX && (
        <button type="button" className="button button-quiet" onClick={() => setAddingRow(true)}>
          {t('clients.citizenship.add')}
        </button>
      )}
      {error && <p className="field-error">{translate(error)}</p>}
    </div>
  );
}
