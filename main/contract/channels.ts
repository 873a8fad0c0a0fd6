/**
 * The names of every channel, with no schema attached: the preload imports only this list
 * (it must stay tiny), and the contract is checked to cover exactly these names.
 */
export const channelNames = [
  'app.info',
  'app.diagnostics',
  'session.get',
  'session.setUser',
  'setup.complete',
  'users.create',
  'users.update',
  'users.archive',
  'settings.update',
  'preferences.update',
  'clients.list',
  'clients.get',
  'clients.family',
  'clients.create',
  'families.intake',
  'clients.update',
  'clients.archive',
  'clients.unarchive',
  'clients.delete',
  'people.findDuplicates',
  'dependants.create',
  'dependants.update',
  'dependants.archive',
  'dependants.markVerified',
  'applicationTypes.list',
  'applicationTypes.create',
  'applicationTypes.addTemplateItem',
  'applications.create',
  'applications.update',
  'applications.changeStage',
  'applications.changeGovernmentStatus',
  'applications.archive',
  'checklist.setState',
  'checklist.addItem',
  'checklist.updateItem',
  'deadlines.list',
  'deadlines.create',
  'deadlines.update',
  'deadlines.complete',
  'deadlines.dismiss',
  'deadlines.snooze',
  'deadlines.reopen',
  'deadlines.explain',
  'deadlines.override',
  'deadlines.dashboard',
  'dashboard.charts',
  'deadlines.dayCounts',
  'deadlines.exportIcs',
  'deadlines.rollForwardDefaults',
  'deadlines.updateRollForwardDefaults',
  'events.record',
  'events.update',
  'events.list',
  'reminders.preferences',
  'reminders.updatePreferences',
  'launchWindows.list',
  'launchWindows.get',
  'launchWindows.create',
  'launchWindows.update',
  'launchWindows.clone',
  'launchWindows.createFromTemplate',
  'launchWindows.archive',
  'launchWindows.updateReportedCount',
  'launchWindows.enrol',
  'launchWindows.withdraw',
  'launchWindows.queue',
  'launchWindows.recordSubmission',
  'launchWindows.setNotSubmittedReason',
  'launchWindows.report',
  'launchWindows.correctSubmission',
  'launchWindows.withdrawSubmission',
  'launchWindows.confirmationNumberUse',
  'launchWindows.startRehearsal',
  'launchWindows.finishRehearsal',
  'imports.begin',
  'imports.addRows',
  'imports.preview',
  'imports.commit',
  'imports.cancel',
  'search.query',
  'audit.list',
  'audit.exportCsv',
  'app.status',
  'app.checkData',
  'backups.list',
  'backups.create',
  'backups.verify',
  'backups.restore',
  'backups.updateSettings',
  'recovery.retry',
  'recovery.restore',
  'recovery.useDataFolder',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}

/** Electron IPC channel for a contract channel; the prefix keeps ours apart from Electron's own. */
export const IPC_PREFIX = 'caseport:';

/** Events pushed to the window: progress of long commands (data service); `navigate` (a hash
 *  route, from the menu, the tray or a notification click: main/shell/deep-link.ts). */
export const bridgeEventNames = ['progress', 'navigate'] as const;
export type BridgeEventName = (typeof bridgeEventNames)[number];

/** A long command's progress (the `progress` event). `done`/`total` in the command's own unit. */
export interface ProgressEvent {
  channel: string;
  phase: string;
  done: number;
  total: number;
}

/** What the preload exposes as `window.caseport`, and nothing more. */
export interface CaseportBridge {
  invoke(channel: string, payload?: unknown): Promise<unknown>;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on?(event: BridgeEventName, listener: (payload: unknown) => void): () => void;
}
