import { type ReactNode, useId } from 'react';
import { Controller, get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../main/contract/people';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { CitizenshipField } from './CitizenshipField';
import { CountryField } from './CountryField';
import { PassportRows, StatusRows } from './DocumentRows';
import { usePersonField } from './usePersonField';

interface Props {
  /** Where this person sits in the form ('' for a form about one person). */
  prefix: string;
  /** Replaces the address fields, e.g. a dependant's "same address as the principal". */
  address?: ReactNode;
}

/**
 * Everything recorded about one person, in the order a paralegal reads it off the documents:
 * identity, passport, current status, contact, address, employment, notes. Shared by intake
 * and by the editors, so what intake can enter can be edited later.
 */
export function PersonFields({ prefix, address }: Props) {
  const { t } = useTranslation();
  const { form, name, register, error } = usePersonField(prefix);
  const citizenshipLabelId = useId();
  const citizenshipErrors = get(form.formState.errors, name('citizenships')) as
    | { message?: string }
    | ({ message?: string } | undefined)[]
    | undefined;
  const rowErrors = Array.isArray(citizenshipErrors)
    ? citizenshipErrors.map((e: { message?: string } | undefined) => e?.message)
    : [];

  return (
    <>
      <div className="form-grid">
        <Field label={t('clients.fields.givenNames')} error={error('givenNames')} required>
          {(a11y) => <input {...a11y} {...register('givenNames')} autoComplete="off" />}
        </Field>
        <Field
          label={t('clients.fields.familyName')}
          hint={t('clients.fields.familyNameHint')}
          error={error('familyName')}
        >
          {(a11y) => <input {...a11y} {...register('familyName')} autoComplete="off" />}
        </Field>
        <Field label={t('people.fields.preferredName')} error={error('preferredName')}>
          {(a11y) => <input {...a11y} {...register('preferredName')} autoComplete="off" />}
        </Field>
        <Field label={t('clients.fields.dateOfBirth')} error={error('dateOfBirth')}>
          {(a11y) => <DateInput {...a11y} {...register('dateOfBirth')} />}
        </Field>
        <Field label={t('people.fields.sex')} error={error('sex')}>
          {(a11y) => (
            <select {...a11y} {...register('sex')}>
              {SEXES.map((sex) => (
                <option key={sex} value={sex}>
                  {t(`people.sexes.${sex || 'none'}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <Controller
            control={form.control}
            name={name('citizenships')}
            render={({ field }) => (
              <CitizenshipField
                labelId={citizenshipLabelId}
                value={field.value ?? []}
                onChange={field.onChange}
                error={Array.isArray(citizenshipErrors) ? undefined : citizenshipErrors?.message}
                rowErrors={rowErrors}
              />
            )}
          />
        </div>
      </div>
      <PassportRows prefix={prefix} />
      <StatusRows prefix={prefix} />
      <fieldset className="subsection">
        <legend>{t('people.sections.contact')}</legend>
        <div className="form-grid">
          <Field label={t('clients.fields.email')} error={error('email')}>
            {(a11y) => <input {...a11y} type="email" {...register('email')} autoComplete="off" />}
          </Field>
          <Field label={t('clients.fields.phone')} error={error('phone')}>
            {(a11y) => <input {...a11y} type="tel" {...register('phone')} autoComplete="off" />}
          </Field>
          <Field label={t('people.fields.phoneAlt')} error={error('phoneAlt')}>
            {(a11y) => <input {...a11y} type="tel" {...register('phoneAlt')} autoComplete="off" />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="subsection">
        <legend>{t('people.sections.address')}</legend>
        {address ?? <AddressFields prefix={prefix} />}
      </fieldset>
      <fieldset className="subsection">
        <legend>{t('people.sections.employment')}</legend>
        <div className="form-grid">
          <Field label={t('people.fields.employer')} error={error('employer')}>
            {(a11y) => <input {...a11y} {...register('employer')} autoComplete="off" />}
          </Field>
          <Field label={t('people.fields.occupation')} error={error('occupation')}>
            {(a11y) => <input {...a11y} {...register('occupation')} autoComplete="off" />}
          </Field>
        </div>
      </fieldset>
      <Field label={t('people.fields.notes')} error={error('notes')}>
        {(a11y) => <textarea {...a11y} rows={3} {...register('notes')} />}
      </Field>
    </>
  );
}

export function AddressFields({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { name, register, error } = usePersonField(prefix);
  return (
    <div className="form-grid">
      <Field label={t('people.fields.addressLine1')} error={error('addressLine1')}>
        {(a11y) => <input {...a11y} {...register('addressLine1')} autoComplete="off" />}
      </Field>
      <Field label={t('people.fields.addressLine2')} error={error('addressLine2')}>
        {(a11y) => <input {...a11y} {...register('addressLine2')} autoComplete="off" />}
      </Field>
      <Field label={t('people.fields.city')} error={error('city')}>
        {(a11y) => <input {...a11y} {...register('city')} autoComplete="off" />}
      </Field>
      <Field label={t('people.fields.region')} error={error('region')}>
        {(a11y) => <input {...a11y} {...register('region')} autoComplete="off" />}
      </Field>
      <Field label={t('people.fields.postalCode')} error={error('postalCode')}>
        {(a11y) => <input {...a11y} {...register('postalCode')} autoComplete="off" />}
      </Field>
      <CountryField
        name={name('addressCountry')}
        label={t('people.fields.addressCountry')}
        error={error('addressCountry')}
      />
    </div>
  );
}
