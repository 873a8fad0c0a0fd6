import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../main/contract';
import { Field } from '../../ui/Field';
import { useTimeZoneOptions } from './useTimeZoneOptions';

type FirmField = 'firmName' | 'timeZone' | 'province';

/** The firm's name, time zone and province: asked at first run, changed later in Settings. */
export function FirmFields({
  register,
  errors,
  timeZoneHint,
}: {
  register: (name: FirmField) => UseFormRegisterReturn;
  errors: Partial<Record<FirmField, { message?: string | undefined } | undefined>>;
  timeZoneHint: string;
}) {
  const { t } = useTranslation();
  const { options: zoneOptions } = useTimeZoneOptions();
  return (
    <>
      <Field label={t('setup.fields.firmName')} error={errors.firmName?.message} required>
        {(a11y) => <input {...a11y} {...register('firmName')} autoComplete="organization" />}
      </Field>
      <Field label={t('setup.fields.timeZone')} hint={timeZoneHint} error={errors.timeZone?.message} required>
        {(a11y) => (
          <select {...a11y} {...register('timeZone')}>
            {zoneOptions.map((option) => (
              <option key={option.zone} value={option.zone}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('setup.fields.province')}
        hint={t('setup.fields.provinceHint')}
        error={errors.province?.message}
      >
        {(a11y) => (
          <select {...a11y} {...register('province')}>
            {PROVINCES.map((code) => (
              <option key={code} value={code}>
                {code ? t(`provinces.${code}`) : t('setup.fields.provinceNone')}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
