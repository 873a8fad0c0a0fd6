import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { CountryField } from './CountryField';
import { emptyPassport, emptyStatus } from './personForm';
import { usePersonField } from './usePersonField';

/** Status names as firms write them; suggestions only, any text is accepted. */
const STATUS_SUGGESTIONS = [
  'H-1B',
  'H-4',
  'L-1',
  'L-2',
  'O-1',
  'TN',
  'TD',
  'E-3',
  'F-1',
  'B-2',
  'Work permit',
  'Study permit',
  'Visitor record',
  'Permanent resident',
];

/** A person's passports, one row each; a second passport is one click away. */
export function PassportRows({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { form, name, register, error } = usePersonField(prefix);
  const rows = useFieldArray({ control: form.control, name: name('passports') });
  return (
    <fieldset className="subsection">
      <legend>{t('people.sections.passport')}</legend>
      {rows.fields.map((row, index) => {
        const at = (field: string) => `passports.${index}.${field}`;
        return (
          <div className="form-grid document-row" key={row.id}>
            <Field label={t('people.fields.passportNumber')} error={error(at('number'))}>
              {(a11y) => <input {...a11y} {...register(at('number'))} autoComplete="off" />}
            </Field>
            <CountryField
              name={name(at('issuingCountry'))}
              label={t('people.fields.issuingCountry')}
              error={error(at('issuingCountry'))}
            />
            <Field label={t('people.fields.issuedOn')} error={error(at('issuedOn'))}>
              {(a11y) => <DateInput {...a11y} {...register(at('issuedOn'))} />}
            </Field>
            <Field label={t('people.fields.expiresOn')} error={error(at('expiresOn'))}>
              {(a11y) => <DateInput {...a11y} {...register(at('expiresOn'))} />}
            </Field>
            <button
              type="button"
              className="button button-quiet row-remove"
              onClick={() => rows.remove(index)}
            >
              {t('people.removePassport', { number: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" className="button button-quiet" onClick={() => rows.append(emptyPassport())}>
        {t('people.addPassport')}
      </button>
    </fieldset>
  );
}

/** Current immigration statuses (visa, permit, I-94), whose end dates drive deadlines. */
export function StatusRows({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { form, name, register, error } = usePersonField(prefix);
  const rows = useFieldArray({ control: form.control, name: name('statuses') });
  const listId = `${prefix || 'person'}-status-suggestions`.replaceAll('.', '-');
  return (
    <fieldset className="subsection">
      <legend>{t('people.sections.status')}</legend>
      <datalist id={listId}>
        {STATUS_SUGGESTIONS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {rows.fields.map((row, index) => {
        const at = (field: string) => `statuses.${index}.${field}`;
        return (
          <div className="form-grid document-row" key={row.id}>
            <Field label={t('people.fields.statusType')} error={error(at('statusType'))}>
              {(a11y) => <input {...a11y} list={listId} {...register(at('statusType'))} autoComplete="off" />}
            </Field>
            <CountryField
              name={name(at('country'))}
              label={t('people.fields.statusCountry')}
              error={error(at('country'))}
            />
            <Field label={t('people.fields.validFrom')} error={error(at('validFrom'))}>
              {(a11y) => <DateInput {...a11y} {...register(at('validFrom'))} />}
            </Field>
            <Field label={t('people.fields.validTo')} error={error(at('validTo'))}>
              {(a11y) => <DateInput {...a11y} {...register(at('validTo'))} />}
            </Field>
            <Field label={t('people.fields.documentNumber')} error={error(at('documentNumber'))}>
              {(a11y) => <input {...a11y} {...register(at('documentNumber'))} autoComplete="off" />}
            </Field>
            <button
              type="button"
              className="button button-quiet row-remove"
              onClick={() => rows.remove(index)}
            >
              {t('people.removeStatus', { number: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" className="button button-quiet" onClick={() => rows.append(emptyStatus())}>
        {t('people.addStatus')}
      </button>
    </fieldset>
  );
}
