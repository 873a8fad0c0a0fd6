/**
 * The deadline engine: pure rules, no database, no Electron, no clock of its own.
 *
 * Start with computeDeadline (engine.ts) for stored deadlines (rule id + inputs JSON +
 * roll-forward + override), or call a rule function directly. Every result carries an
 * explanation made of i18n keys (catalogue: messages.en.json) for the "why this date?" panel.
 */
export * from './calendar-date';
export * from './engine';
export * from './errors';
export * from './explanation';
export * from './holiday-dates';
export * from './holidays-ca';
export * from './holidays-us';
export * from './manual';
export * from './passport-warning';
export * from './roll-forward';
export * from './roll-forward-defaults';
export * from './rules-ca';
export * from './rules-us-notices';
export * from './rules-us-stay';
export * from './time-zone';
