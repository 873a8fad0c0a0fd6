import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allCountryCodes } from '../../../main/contract/validation';
import { countryName } from '../../i18n/format';

/** Every ISO country, named and sorted in the UI language (computed once per language). */
export function useCountryOptions(): { id: string; code: string; name: string }[] {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return allCountryCodes()
      .map((code) => ({ id: code, code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [locale]);
}
