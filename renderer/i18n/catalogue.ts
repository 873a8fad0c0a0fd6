import engine from '../../main/domain/deadlines/messages.en.json';
import caseViews from './en/case-views.json';
import deadlines from './en/deadlines.json';
import imports from './en/imports.json';
import launchScreens from './en/launch-screens.json';
import launchWindows from './en/launch-windows.json';
import core from './en.json';

/**
 * The English catalogue, in parts so features can own their strings without editing one
 * giant file: the core (shell, clients, family), the deadline engine's own messages (rules,
 * explanations, holidays — shipped beside the pure engine), and one file per big feature.
 * Each part owns distinct top-level sections; a unit test refuses an overlap, because a
 * spread would silently drop one side.
 */
export const catalogueParts = { core, engine, deadlines, launchWindows, launchScreens, imports, caseViews } as const;

export const en = { ...core, ...engine, ...deadlines, ...launchWindows, ...launchScreens, ...imports, ...caseViews };
