import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  LOCALES,
  type LocaleChoice,
  type Session,
  THEMES,
  type ThemeChoice,
} from '../../../main/contract';
import { call } from '../../api/client';
import { resolveLocale, systemLanguages } from '../../i18n/locale';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { useApplySession } from '../session/queries';

/**
 * Language and theme take effect the moment they are chosen (no Save button to forget): the
 * saved preferences come back in the session, which App applies to the whole window.
 */
export function DisplaySettings({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const applySession = useApplySession();
  const announce = useAnnounce();
  const [error, setError] = useState<AppError | null>(null);
  const { locale, theme } = session.preferences;
  const systemLocale = resolveLocale('system', systemLanguages());

  async function save(patch: { locale?: LocaleChoice; theme?: ThemeChoice }) {
    setError(null);
    const result = await call('preferences.update', patch);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await applySession({ ...session, preferences: result.value });
    // i18n.t, not t: t is bound to the language this render had, and the language just changed.
    announce(i18n.t('display.saved'));
  }

  return (
    <section className="form" aria-labelledby="settings-display">
      <h2 id="settings-display">{t('display.heading')}</h2>
      <p className="field-hint">{t('display.intro')}</p>
      {error && <ErrorNotice error={error} />}
      <div className="form-grid">
        <Field label={t('display.language')} hint={t('display.languageHint')}>
          {(a11y) => (
            <select
              {...a11y}
              value={locale}
              onChange={(e) => void save({ locale: e.target.value as LocaleChoice })}
            >
              {LOCALES.map((choice) => (
                <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
                  {t(`display.languages.${choice}`, {
                    language: t(`display.languages.${systemLocale}`),
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('display.theme')}>
          {(a11y) => (
            <select
              {...a11y}
              value={theme}
              onChange={(e) => void save({ theme: e.target.value as ThemeChoice })}
            >
              {THEMES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`display.themes.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
