import engine from '../../main/domain/deadlines/messages.en.json';
import appearance from './en/appearance.json';
import caseViews from './en/case-views.json';
import charts from './en/charts.json';
import deadlines from './en/deadlines.json';
import forms from './en/forms.json';
import imports from './en/imports.json';
import launchScreens from './en/launch-screens.json';
import launchWindows from './en/launch-windows.json';
import safety from './en/safety.json';
import support from './en/support.json';
import core from './en.json';

/**
 * The English catalogue, in parts so features can own their strings without editing one
 * giant file: the core (shell, clients, family), the deadline engine's own messages (rules,
 * explanations, holidays — shipped beside the pure engine), and one file per big feature.
 * Each part owns distinct top-level sections; a unit test refuses an overlap, because a
 * spread would silently drop one side.
 */
export const catalogueParts = {
  core,
  engine,
  deadlines,
  launchWindows,
  launchScreens,
  imports,
  forms,
  appearance,
  charts,
  caseViews,
  support,
  safety,
} as const;

export const en = {
  ...core,
  ...engine,
  ...deadlines,
  ...launchWindows,
  ...launchScreens,
  ...imports,
  ...forms,
  ...appearance,
  ...charts,
  ...caseViews,
  ...support,
  ...safety,
};

/**
 * fr-CA mirrors English part for part and key for key (renderer/i18n/fr/, messages.fr.json);
 * tests/unit/renderer/catalogue-parity.test.ts fails on a missing or extra key or a placeholder
 * that differs, so a French screen never shows an English fallback. Legal terms follow IRCC's
 * French pages and the Interpretation Act's French text.
 */
import frEngine from '../../main/domain/deadlines/messages.fr.json';
import frAppearance from './fr/appearance.json';
import frCaseViews from './fr/case-views.json';
import frCharts from './fr/charts.json';
import frDeadlines from './fr/deadlines.json';
import frForms from './fr/forms.json';
import frImports from './fr/imports.json';
import frLaunchScreens from './fr/launch-screens.json';
import frLaunchWindows from './fr/launch-windows.json';
import frSafety from './fr/safety.json';
import frSupport from './fr/support.json';
import frCore from './fr.json';

export const frCatalogueParts = {
  core: frCore,
  engine: frEngine,
  deadlines: frDeadlines,
  launchWindows: frLaunchWindows,
  launchScreens: frLaunchScreens,
  imports: frImports,
  forms: frForms,
  appearance: frAppearance,
  charts: frCharts,
  caseViews: frCaseViews,
  support: frSupport,
  safety: frSafety,
} as const;

export const fr = Object.assign({}, ...Object.values(frCatalogueParts)) as typeof en;
