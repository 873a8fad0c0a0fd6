import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, fr } from './catalogue';
import { type AppLocale, resolveLocale, systemLanguages } from './locale';

/**
 * Every user-visible string comes from a catalogue: English and fr-CA, key for key. i18next's
 * language is the full locale (en-CA, en-US, fr-CA) so `i18n.language` can go straight to Intl
 * for dates and numbers; the catalogue is found by its language part ('fr-CA' -> 'fr').
 */
export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export function setUpI18n(locale: AppLocale = resolveLocale('system', systemLanguages())) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

/** Switches the whole screen at once: react-i18next re-renders every translated component. */
export async function applyLocale(locale: AppLocale): Promise<void> {
  document.documentElement.lang = locale;
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}
