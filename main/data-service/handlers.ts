import * as applications from '../applications/applications';
import * as backups from '../backups/backups';
import * as restore from '../backups/restore';
import * as recovery from '../backups/status';
import * as clients from '../clients/clients';
import * as dependants from '../clients/dependants';
import type { ChannelName, ChannelOutput, ParsedInput } from '../contract';
import * as dashboardCharts from '../dashboard/charts';
import * as agenda from '../deadlines/agenda';
import * as deadlines from '../deadlines/deadlines';
import * as rollForwardSettings from '../deadlines/roll-forward-settings';
import * as events from '../events/events';
import * as imports from '../imports/imports';
import * as intake from '../intake/intake';
import * as launchWindows from '../launch-windows/launch-windows';
import * as preferences from '../preferences/preferences';
import * as records from '../records/records';
import * as session from '../session/session';
import * as dataCheck from '../support/data-check';
import * as support from '../support/diagnostics';
import type { ApiContext } from './context';

export type Handler<K extends ChannelName> = (
  ctx: ApiContext,
  input: ParsedInput<K>,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type HandlerTable = { [K in ChannelName]: Handler<K> };

/**
 * The one handler table. Electron's ipc.ts and the browser preview both serve exactly this,
 * so what the e2e tests exercise is what the desktop app runs.
 */
export const handlers: HandlerTable = {
  'app.diagnostics': support.diagnosticsHandler,
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
  }),
  'session.get': session.getSession,
  'session.setUser': session.setSessionUser,
  'setup.complete': session.completeSetup,
  'users.create': session.createUserHandler,
  'users.update': session.updateUserHandler,
  'users.archive': session.archiveUserHandler,
  'settings.update': session.updateSettingsHandler,
  'preferences.update': preferences.updatePreferences,
  'clients.list': clients.listClientsHandler,
  'clients.get': clients.getClientHandler,
  'clients.family': clients.familyHandler,
  'clients.create': clients.createClientHandler,
  'families.intake': intake.familyIntakeHandler,
  'clients.update': clients.updateClientHandler,
  'clients.archive': clients.archiveClientHandler,
  'clients.unarchive': clients.unarchiveClientHandler,
  'clients.delete': clients.deleteClientHandler,
  'people.findDuplicates': clients.findDuplicatesHandler,
  'dependants.create': dependants.createDependantHandler,
  'dependants.update': dependants.updateDependantHandler,
  'dependants.archive': dependants.archiveDependantHandler,
  'dependants.markVerified': dependants.markVerifiedHandler,
  'applicationTypes.list': applications.listApplicationTypesHandler,
  'applicationTypes.create': applications.createApplicationTypeHandler,
  'applicationTypes.addTemplateItem': applications.addTemplateItemHandler,
  'applications.create': applications.createApplicationHandler,
  'applications.update': applications.updateApplicationHandler,
  'applications.changeStage': applications.changeStageHandler,
  'applications.changeGovernmentStatus': applications.changeGovernmentStatusHandler,
  'applications.archive': applications.archiveApplicationHandler,
  'checklist.setState': applications.setChecklistStateHandler,
  'checklist.addItem': applications.addChecklistItemHandler,
  'checklist.updateItem': applications.updateChecklistItemHandler,
  'deadlines.list': deadlines.listDeadlinesHandler,
  'deadlines.create': deadlines.createDeadlineHandler,
  'deadlines.update': deadlines.updateDeadlineHandler,
  'deadlines.complete': deadlines.completeDeadlineHandler,
  'deadlines.dismiss': deadlines.dismissDeadlineHandler,
  'deadlines.snooze': deadlines.snoozeDeadlineHandler,
  'deadlines.reopen': deadlines.reopenDeadlineHandler,
  'deadlines.explain': agenda.explainHandler,
  'deadlines.override': agenda.overrideHandler,
  'deadlines.dashboard': agenda.dashboardHandler,
  'dashboard.charts': dashboardCharts.dashboardChartsHandler,
  'deadlines.dayCounts': agenda.dayCountsHandler,
  'deadlines.exportIcs': agenda.exportIcsHandler,
  'deadlines.rollForwardDefaults': rollForwardSettings.rollForwardDefaultsHandler,
  'deadlines.updateRollForwardDefaults': rollForwardSettings.updateRollForwardDefaultsHandler,
  'events.record': events.recordEventHandler,
  'events.update': events.updateEventHandler,
  'events.list': events.listEventsHandler,
  'reminders.preferences': agenda.getReminderPreferencesHandler,
  'reminders.updatePreferences': agenda.updateReminderPreferencesHandler,
  'launchWindows.list': launchWindows.listLaunchWindowsHandler,
  'launchWindows.get': launchWindows.getLaunchWindowHandler,
  'launchWindows.create': launchWindows.createLaunchWindowHandler,
  'launchWindows.update': launchWindows.updateLaunchWindowHandler,
  'launchWindows.clone': launchWindows.cloneLaunchWindowHandler,
  'launchWindows.createFromTemplate': launchWindows.createFromTemplateHandler,
  'launchWindows.archive': launchWindows.archiveLaunchWindowHandler,
  'launchWindows.updateReportedCount': launchWindows.updateReportedCountHandler,
  'launchWindows.enrol': launchWindows.enrolFamiliesHandler,
  'launchWindows.withdraw': launchWindows.withdrawFamilyHandler,
  'launchWindows.queue': launchWindows.launchQueueHandler,
  'launchWindows.recordSubmission': launchWindows.recordSubmissionHandler,
  'launchWindows.setNotSubmittedReason': launchWindows.setNotSubmittedReasonHandler,
  'launchWindows.report': launchWindows.launchReportHandler,
  'launchWindows.correctSubmission': launchWindows.correctSubmissionHandler,
  'launchWindows.withdrawSubmission': launchWindows.withdrawSubmissionHandler,
  'launchWindows.confirmationNumberUse': launchWindows.confirmationNumberUseHandler,
  'launchWindows.startRehearsal': launchWindows.startRehearsalHandler,
  'launchWindows.finishRehearsal': launchWindows.finishRehearsalHandler,
  'imports.begin': imports.beginImportHandler,
  'imports.addRows': imports.addImportRowsHandler,
  'imports.preview': imports.previewImportHandler,
  'imports.commit': imports.commitImportHandler,
  'imports.cancel': imports.cancelImportHandler,
  'search.query': records.searchHandler,
  'audit.list': records.listAuditHandler,
  'audit.exportCsv': records.exportAuditHandler,
  'app.status': recovery.readyStatusHandler,
  'app.checkData': dataCheck.checkDataHandler,
  'backups.list': backups.listBackupsHandler,
  'backups.create': backups.createBackupHandler,
  'backups.verify': backups.verifyBackupHandler,
  'backups.restore': restore.restoreBackupHandler,
  'backups.updateSettings': backups.updateBackupSettingsHandler,
  'recovery.retry': recovery.notInRecoveryHandler,
  'recovery.restore': recovery.notInRecoveryHandler,
  'recovery.useDataFolder': recovery.notInRecoveryHandler,
};
