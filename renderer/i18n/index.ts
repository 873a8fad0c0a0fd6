import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './catalogue';

/**
 * Every user-visible string comes from a catalogue. English ships now; fr-CA is added as
 * another resource with the same keys (the compiler checks keys against the catalogue).
 */
export const resources = { en: { translation: en } } as const;

export function setUpI18n(language = 'en') {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}
