import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from './countryOptions';

/** One country, chosen from the ISO list in the UI language; '' means not recorded. */
export const CountrySelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function CountrySelect(props, ref) {
    const { t } = useTranslation();
    const options = useCountryOptions();
    return (
      <select ref={ref} {...props}>
        <option value="">{t('clients.citizenship.choose')}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    );
  },
);
