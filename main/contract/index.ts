import { z } from 'zod';
import {
  type Dashboard,
  type DayCounts,
  dashboardInput,
  dayCountsInput,
  exportIcsInput,
  type IcsExport,
} from './agenda';
import { type AppDiagnostics, type AppInfo, appDiagnosticsInput, appInfoInput } from './app';
import {
  type Application,
  type ApplicationType,
  addChecklistItemInput,
  addTemplateItemInput,
  type ChecklistItem,
  type ChecklistTemplateItem,
  changeGovernmentStatusInput,
  changeStageInput,
  createApplicationInput,
  createApplicationTypeInput,
  setChecklistStateInput,
  updateApplicationInput,
  updateChecklistItemInput,
} from './applications';
import { type AuditEntry, type AuditExport, exportAuditInput, listAuditInput } from './audit';
import {
  type AppStatus,
  type BackupEntry,
  type BackupOverview,
  backupNameInput,
  type DataCheck,
  type DeletionResult,
  type RestoreResult,
  restoreBackupInput,
  updateBackupSettingsInput,
  useDataFolderInput,
} from './backups';
import type { ChannelName } from './channels';
import {
  archiveInput,
  type Client,
  type ClientPage,
  createClientInput,
  deleteClientInput,
  getClientInput,
  listClientsInput,
  unarchiveInput,
  updateClientInput,
} from './clients';
import { type DashboardCharts, dashboardChartsInput } from './dashboard-charts';
import {
  completeDeadlineInput,
  createDeadlineInput,
  type Deadline,
  type DeadlinePage,
  dismissDeadlineInput,
  listDeadlinesInput,
  reopenDeadlineInput,
  snoozeDeadlineInput,
  updateDeadlineInput,
} from './deadlines';
import { createDependantInput, type Dependant, markVerifiedInput, updateDependantInput } from './dependants';
import {
  type CaseEvent,
  type EventResult,
  listEventsInput,
  recordEventInput,
  updateEventInput,
} from './events';
import { type DeadlineExplanationView, explainDeadlineInput, overrideDeadlineInput } from './explanations';
import type { Family } from './family';
import { importBatchId } from './import-rows';
import {
  addImportRowsInput,
  beginImportInput,
  commitImportInput,
  type ImportBatch,
  type ImportPreview,
  type ImportResult,
  type ImportRowsResult,
  previewImportInput,
} from './imports';
import { type FamilyIntakeResult, familyIntakeInput } from './intake';
import {
  type ConfirmationNumberUse,
  confirmationNumberUseInput,
  correctSubmissionInput,
  type Enrolment,
  type EnrolmentResult,
  enrolFamiliesInput,
  finishRehearsalInput,
  type LaunchQueue,
  type LaunchReport,
  launchQueueInput,
  launchReportInput,
  type Rehearsal,
  type RehearsalReport,
  recordSubmissionInput,
  type SubmissionResult,
  setNotSubmittedReasonInput,
  startRehearsalInput,
  withdrawFamilyInput,
  withdrawSubmissionInput,
} from './launch-queue';
import {
  archiveLaunchWindowInput,
  cloneLaunchWindowInput,
  createFromTemplateInput,
  createLaunchWindowInput,
  getLaunchWindowInput,
  type LaunchWindow,
  type LaunchWindowListItem,
  listLaunchWindowsInput,
  updateLaunchWindowInput,
  updateReportedCountInput,
} from './launch-windows';
import { type DuplicateMatch, duplicateCheckInput } from './people';
import { type UserPreferences, updatePreferencesInput } from './preferences';
import { type ReminderPreferences, updateReminderPreferencesInput } from './reminders';
import { type RollForwardDefaults, updateRollForwardDefaultsInput } from './roll-forward';
import { type SearchPage, searchInput } from './search';
import {
  archiveUserInput,
  completeSetupInput,
  createUserInput,
  type FirmSettings,
  type FirmUser,
  type Session,
  setSessionUserInput,
  updateSettingsInput,
  updateUserInput,
} from './users';

export * from './agenda';
export * from './app';
export * from './applications';
export * from './audit';
export * from './backups';
export * from './channels';
export * from './clients';
export * from './dashboard-charts';
export * from './deadlines';
export * from './dependants';
export * from './envelope';
export * from './events';
export * from './explanations';
export * from './family';
export * from './imports';
export * from './intake';
export * from './launch-queue';
export * from './launch-windows';
export * from './people';
export * from './preferences';
export * from './reminders';
export * from './roll-forward';
export * from './search';
export * from './users';
export { V } from './validation';

/** Pairs an input schema with the output type, which exists only for the compiler. */
function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

const noInput = z.strictObject({});

/**
 * THE contract between renderer and main: channel -> input schema -> output type.
 * Renaming a channel here is a compile error in the handler table and in every caller.
 */
export const contract = {
  'app.info': channel<AppInfo>()(appInfoInput),
  'app.diagnostics': channel<AppDiagnostics>()(appDiagnosticsInput),
  'session.get': channel<Session>()(noInput),
  'session.setUser': channel<Session>()(setSessionUserInput),
  'setup.complete': channel<Session>()(completeSetupInput),
  'users.create': channel<FirmUser>()(createUserInput),
  'users.update': channel<FirmUser>()(updateUserInput),
  'users.archive': channel<FirmUser>()(archiveUserInput),
  'settings.update': channel<FirmSettings>()(updateSettingsInput),
  'preferences.update': channel<UserPreferences>()(updatePreferencesInput),
  'clients.list': channel<ClientPage>()(listClientsInput),
  'clients.get': channel<Client>()(getClientInput),
  'clients.family': channel<Family>()(getClientInput),
  'clients.create': channel<Client>()(createClientInput),
  'families.intake': channel<FamilyIntakeResult>()(familyIntakeInput),
  'clients.update': channel<Client>()(updateClientInput),
  'clients.archive': channel<Client>()(archiveInput),
  'clients.unarchive': channel<Client>()(unarchiveInput),
  'clients.delete': channel<DeletionResult>()(deleteClientInput),
  'people.findDuplicates': channel<DuplicateMatch[]>()(duplicateCheckInput),
  'dependants.create': channel<Dependant>()(createDependantInput),
  'dependants.update': channel<Dependant>()(updateDependantInput),
  'dependants.archive': channel<Dependant>()(archiveInput),
  'dependants.markVerified': channel<Dependant>()(markVerifiedInput),
  'applicationTypes.list': channel<ApplicationType[]>()(noInput),
  'applicationTypes.create': channel<ApplicationType>()(createApplicationTypeInput),
  'applicationTypes.addTemplateItem': channel<ChecklistTemplateItem>()(addTemplateItemInput),
  'applications.create': channel<Application>()(createApplicationInput),
  'applications.update': channel<Application>()(updateApplicationInput),
  'applications.changeStage': channel<Application>()(changeStageInput),
  'applications.changeGovernmentStatus': channel<Application>()(changeGovernmentStatusInput),
  'applications.archive': channel<Application>()(archiveInput),
  'checklist.setState': channel<ChecklistItem>()(setChecklistStateInput),
  'checklist.addItem': channel<ChecklistItem>()(addChecklistItemInput),
  'checklist.updateItem': channel<ChecklistItem>()(updateChecklistItemInput),
  'deadlines.list': channel<DeadlinePage>()(listDeadlinesInput),
  'deadlines.create': channel<Deadline>()(createDeadlineInput),
  'deadlines.update': channel<Deadline>()(updateDeadlineInput),
  'deadlines.complete': channel<Deadline>()(completeDeadlineInput),
  'deadlines.dismiss': channel<Deadline>()(dismissDeadlineInput),
  'deadlines.snooze': channel<Deadline>()(snoozeDeadlineInput),
  'deadlines.reopen': channel<Deadline>()(reopenDeadlineInput),
  'deadlines.explain': channel<DeadlineExplanationView>()(explainDeadlineInput),
  'deadlines.override': channel<Deadline>()(overrideDeadlineInput),
  'deadlines.dashboard': channel<Dashboard>()(dashboardInput),
  'dashboard.charts': channel<DashboardCharts>()(dashboardChartsInput),
  'deadlines.dayCounts': channel<DayCounts>()(dayCountsInput),
  'deadlines.exportIcs': channel<IcsExport>()(exportIcsInput),
  'deadlines.rollForwardDefaults': channel<RollForwardDefaults>()(noInput),
  'deadlines.updateRollForwardDefaults': channel<RollForwardDefaults>()(updateRollForwardDefaultsInput),
  'events.record': channel<EventResult>()(recordEventInput),
  'events.update': channel<EventResult>()(updateEventInput),
  'events.list': channel<CaseEvent[]>()(listEventsInput),
  'reminders.preferences': channel<ReminderPreferences>()(noInput),
  'reminders.updatePreferences': channel<ReminderPreferences>()(updateReminderPreferencesInput),
  'launchWindows.list': channel<LaunchWindowListItem[]>()(listLaunchWindowsInput),
  'launchWindows.get': channel<LaunchWindow>()(getLaunchWindowInput),
  'launchWindows.create': channel<LaunchWindow>()(createLaunchWindowInput),
  'launchWindows.update': channel<LaunchWindow>()(updateLaunchWindowInput),
  'launchWindows.clone': channel<LaunchWindow>()(cloneLaunchWindowInput),
  'launchWindows.createFromTemplate': channel<LaunchWindow>()(createFromTemplateInput),
  'launchWindows.archive': channel<LaunchWindow>()(archiveLaunchWindowInput),
  'launchWindows.updateReportedCount': channel<LaunchWindow>()(updateReportedCountInput),
  'launchWindows.enrol': channel<EnrolmentResult>()(enrolFamiliesInput),
  'launchWindows.withdraw': channel<Enrolment>()(withdrawFamilyInput),
  'launchWindows.queue': channel<LaunchQueue>()(launchQueueInput),
  'launchWindows.recordSubmission': channel<SubmissionResult>()(recordSubmissionInput),
  'launchWindows.setNotSubmittedReason': channel<Enrolment>()(setNotSubmittedReasonInput),
  'launchWindows.report': channel<LaunchReport>()(launchReportInput),
  'launchWindows.correctSubmission': channel<SubmissionResult>()(correctSubmissionInput),
  'launchWindows.withdrawSubmission': channel<SubmissionResult>()(withdrawSubmissionInput),
  'launchWindows.confirmationNumberUse': channel<ConfirmationNumberUse | null>()(confirmationNumberUseInput),
  'launchWindows.startRehearsal': channel<Rehearsal>()(startRehearsalInput),
  'launchWindows.finishRehearsal': channel<RehearsalReport>()(finishRehearsalInput),
  'imports.begin': channel<ImportBatch>()(beginImportInput),
  'imports.addRows': channel<ImportRowsResult>()(addImportRowsInput),
  'imports.preview': channel<ImportPreview>()(previewImportInput),
  'imports.commit': channel<ImportResult>()(commitImportInput),
  'imports.cancel': channel<{ cancelled: true }>()(importBatchId),
  'search.query': channel<SearchPage>()(searchInput),
  'audit.list': channel<AuditEntry[]>()(listAuditInput),
  'audit.exportCsv': channel<AuditExport>()(exportAuditInput),
  'app.status': channel<AppStatus>()(noInput),
  'app.checkData': channel<DataCheck>()(noInput),
  'backups.list': channel<BackupOverview>()(noInput),
  'backups.create': channel<BackupEntry>()(noInput),
  'backups.verify': channel<BackupEntry>()(backupNameInput),
  'backups.restore': channel<RestoreResult>()(restoreBackupInput),
  'backups.updateSettings': channel<BackupOverview>()(updateBackupSettingsInput),
  'recovery.retry': channel<AppStatus>()(noInput),
  'recovery.restore': channel<AppStatus>()(restoreBackupInput),
  'recovery.useDataFolder': channel<AppStatus>()(useDataFolderInput),
} satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

// The reverse check: the contract may not grow a channel the name list (and so the preload) lacks.
type ExtraChannels = Exclude<keyof typeof contract, ChannelName>;
const noExtraChannels: ExtraChannels extends never ? true : never = true;
void noExtraChannels;

export type Contract = typeof contract;
/** What a caller passes (form values, before defaults and trimming). */
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'];
