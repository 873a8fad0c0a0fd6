import { useEffect } from 'react';
import type { ThemeChoice, UserPreferences } from '../../main/contract/preferences';
import { applyLocale } from '../i18n';
import { resolveLocale, systemLanguages } from '../i18n/locale';

/**
 * 'system' removes the attribute so tokens.css follows prefers-color-scheme; light and dark
 * pin the theme whatever the operating system says.
 */
export function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the working person's language and theme as soon as the session names them. */
export function useApplyPreferences(preferences: UserPreferences | undefined): void {
  const locale = preferences?.locale;
  const theme = preferences?.theme;
  useEffect(() => {
    if (locale) void applyLocale(resolveLocale(locale, systemLanguages()));
    if (theme) applyTheme(theme);
  }, [locale, theme]);
}
