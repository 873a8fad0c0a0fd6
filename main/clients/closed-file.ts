import { clientIdOf, type FamilyRecord, fileClosure } from '../../db/clients/family-of';
import type { CaseportDb } from '../../db/open';
import { ApiFailure } from '../data-service/context';

/**
 * A closed (archived) client file is read-only until it is reopened: the record the firm keeps
 * for the regulator (CICC Code s.23) must stay as it was when closed, and an edit could destroy
 * what it holds (saving an empty passport list replaces the passports). Every use case that
 * changes a family's data calls one of these guards first, inside its own transaction, so the
 * refusal (CLOSED) and the write can never see different states of the file.
 *
 * Refused with CLOSED on a closed family (the channel, and the id it names the family by):
 *  - clients.update, clients.archive (closing again would rewrite the reason)
 *  - dependants.create (clientId), dependants.update, dependants.archive, dependants.markVerified
 *  - applications.create (clientId), applications.update, applications.changeStage,
 *    applications.changeGovernmentStatus, applications.archive
 *  - checklist.setState, checklist.updateItem (item id), checklist.addItem (applicationId)
 *  - deadlines.create (clientId), deadlines.update, deadlines.complete, deadlines.dismiss,
 *    deadlines.snooze, deadlines.reopen, deadlines.override
 *  - events.record (clientId), events.update (there is no delete channel for events)
 *  - launchWindows.withdraw, launchWindows.recordSubmission, launchWindows.setNotSubmittedReason,
 *    launchWindows.correctSubmission, launchWindows.withdrawSubmission (clientId)
 *  Passports, statuses, notes and documents are saved through clients.update / dependants.update
 *  and application notes through applications.update, so they are covered by those.
 *
 * Deliberately not refused:
 *  - clients.unarchive: reopening is how a closed file becomes editable again (it also brings
 *    the family's open deadlines up to date: main/clients/reopen.ts);
 *  - clients.delete: deletion after retention needs the file closed (its own RETENTION rules);
 *  - launchWindows.enrol: a batch of families; a closed one is skipped with the outcome
 *    'archived' and nothing written for it, so one closed file does not block the others;
 *  - families.intake, clients.create, imports.*: they only create new families;
 *  - every read (clients.get/family/list, deadlines.list/explain/exportIcs, events.list,
 *    audit.list/exportCsv, search, launch queue and report) and every firm-wide write
 *    (settings, users, application types, roll-forward defaults, reminders, windows, backups);
 *    firm-wide recomputations and background upkeep skip closed files instead
 *    (main/deadlines/recompute.ts), and reminders never watch them (db/deadlines/agenda.ts).
 */
export function assertFileOpen(tx: CaseportDb, clientId: number): void {
  // An unknown family is not refused here: the write itself answers NOT_FOUND.
  const closure = fileClosure(tx, clientId);
  if (closure?.archivedAt) {
    throw new ApiFailure(
      'CLOSED',
      `This client's file was closed on ${closure.archivedAt.slice(0, 10)}. Reopen the file to change it.`,
    );
  }
}

/** The same guard for a write that names a record of the family (a deadline, a dependant...). */
export function assertRecordFileOpen(tx: CaseportDb, record: FamilyRecord, id: number): void {
  const clientId = clientIdOf(tx, record, id);
  if (clientId !== undefined) assertFileOpen(tx, clientId);
}
