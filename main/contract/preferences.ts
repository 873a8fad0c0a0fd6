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
