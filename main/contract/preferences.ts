import { z } from 'zod';

/**
 * A person's own display choices, kept per user (two people at one firm may read in different
 * languages). 'system' follows the operating system: its language, and its light/dark setting.
 * en-US is offered beside en-CA because dates and numbers read differently across the border.
 */
export const LOCALES = ['system', 'en-CA', 'en-US', 'fr-CA'] as const;
export type LocaleChoice = (typeof LOCALES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const updatePreferencesInput = z.strictObject({
  locale: z.enum(LOCALES, { error: 'validation.invalid' }).optional(),
  theme: z.enum(THEMES, { error: 'validation.invalid' }).optional(),
});

export interface UserPreferences {
  locale: LocaleChoice;
  theme: ThemeChoice;
}

export const DEFAULT_PREFERENCES: UserPreferences = { locale: 'system', theme: 'system' };

/** The locales Caseport speaks; the language part picks the catalogue, the whole tag Intl's formats. */
export type AppLocale = Exclude<LocaleChoice, 'system'>;

/**
 * 'system' follows the operating system's preferred languages in order: any French reads in
 * fr-CA (the firm is Canadian), en-US stays American, any other English is en-CA, and a
 * language Caseport does not speak falls through to the next one, then to en-CA. Shared by the
 * renderer (navigator.languages) and the reminder notifications (the process's own locale).
 */
export function resolveLocale(choice: LocaleChoice, systemLanguages: readonly string[]): AppLocale {
  if (choice !== 'system') return choice;
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase().replace('_', '-');
    if (lower === 'fr' || lower.startsWith('fr-')) return 'fr-CA';
    if (lower === 'en-us') return 'en-US';
    if (lower === 'en' || lower.startsWith('en-')) return 'en-CA';
  }
  return 'en-CA';
}
