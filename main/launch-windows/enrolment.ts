import { eq } from 'drizzle-orm';
import { notFound, RecordError } from '../../db/errors';
import {
  enrolmentSnapshot,
  enrolmentWriters,
  findEnrolment,
  setEnrolmentState,
} from '../../db/launch-windows/enrolments';
import { findWindowRow, windowChecklist } from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import { applicationTypes } from '../../db/schema';
import type { Writer } from '../../db/writer';
import type { LaunchWindowAudience } from '../contract/launch-windows';
import { audienceOf } from '../domain/launch-windows/family';

export interface EnrolmentOutcome {
  clientId: number;
  outcome: 'enrolled' | 're-enrolled' | 'members-added' | 'already-enrolled' | 'archived';
  /** Applications opened for members (with their checklists). */
  applicationsCreated: number;
  /** Open applications of the window's type already on file, linked instead of duplicated. */
  applicationsReused: number;
}

function activeWindow(db: CaseportDb, windowId: number) {
  const window = findWindowRow(db, windowId);
  if (!window) throw notFound('Launch window', windowId);
  if (window.archivedAt)
    throw new RecordError('invalid', 'This launch window is archived.', {
      windowId: 'launchWindows.errors.archived',
    });
  return window;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A window names built-in documents by their bare key; application checklists use the full catalogue key. */
const fullKey = (labelKey: string) => (labelKey ? `checklistItems.${labelKey}` : '');

/**
 * Enrols families in a window: each active member gets a filing linked to an application of
 * the window's type. A member who already has an OPEN application of that type (created at
 * intake, say) keeps it: the window links it and adds only the documents it lacks, so the
 * family page and readiness read one and the same application. Enrolling again opens filings
 * for members added since and brings a withdrawn family back. Archived files are skipped.
 *
 * Set-based: the whole selection is read in one query per table and written with prepared
 * statements, every application and enrolment still getting its own audit row.
 */
export function enrolFamilies(
  db: CaseportDb,
  writer: Writer,
  windowId: number,
  clientIds: readonly number[],
): EnrolmentOutcome[] {
  const window = activeWindow(db, windowId);
  const type = db
    .select()
    .from(applicationTypes)
    .where(eq(applicationTypes.id, window.applicationTypeId))
    .get();
  if (!type) throw notFound('Application type', window.applicationTypeId);
  const template = windowChecklist(db, windowId);
  const wanted = [...new Set(clientIds)];
  const snapshot = enrolmentSnapshot(db, windowId, type.id, wanted);
  const clientsById = new Map(snapshot.clients.map((c) => [c.id, c]));
  const missing = wanted.find((id) => !clientsById.has(id));
  if (missing !== undefined) throw notFound('Client', missing);

  const enrolmentsByClient = new Map(snapshot.enrolments.map((e) => [e.clientId, e]));
  const dependantsByClient = groupBy(snapshot.dependants, (d) => d.clientId);
  const filed = new Set(snapshot.filings.map((f) => `${f.enrolmentId}:${f.memberNo}`));
  // Oldest open application first: the one the family page lists first.
  const openByMember = new Map<string, number>();
  for (const a of snapshot.openApplications) {
    const key = `${a.clientId}:${a.dependantId ?? 0}`;
    if (!openByMember.has(key)) openByMember.set(key, a.id);
  }
  const checklistByApplication = groupBy(snapshot.checklists, (i) => i.applicationId);
  const templateByAudience = groupBy(template, (t) => t.audience);
  const write = enrolmentWriters(db, writer);

  const outcomes: EnrolmentOutcome[] = [];
  for (const clientId of wanted) {
    if (clientsById.get(clientId)?.archivedAt) {
      outcomes.push({ clientId, outcome: 'archived', applicationsCreated: 0, applicationsReused: 0 });
      continue;
    }
    let enrolment = enrolmentsByClient.get(clientId);
    let outcome: EnrolmentOutcome['outcome'] = 'members-added';
    let enrolmentId: number;
    if (!enrolment) {
      enrolmentId = write.enrolment(windowId, clientId);
      outcome = 'enrolled';
      write.audit({
        entity: 'launch-window-enrolment',
        entityId: enrolmentId,
        clientId,
        action: 'create',
        changes: { launchWindowId: [null, windowId] },
      });
    } else {
      enrolmentId = enrolment.id;
      if (enrolment.state === 'withdrawn') {
        enrolment = setEnrolmentState(db, writer, enrolment, 'enrolled', '');
        outcome = 're-enrolled';
      }
    }
    const members: { dependantId: number | null; audience: LaunchWindowAudience }[] = [
      { dependantId: null, audience: 'principal' as const },
      ...(dependantsByClient.get(clientId) ?? []).map((d) => ({
        dependantId: d.id,
        audience: audienceOf(d.relationship),
      })),
    ].filter((m) => !filed.has(`${enrolmentId}:${m.dependantId ?? 0}`));

    let created = 0;
    let reused = 0;
    for (const member of members) {
      const items = templateByAudience.get(member.audience) ?? [];
      const existing = openByMember.get(`${clientId}:${member.dependantId ?? 0}`);
      let applicationId: number;
      if (existing !== undefined) {
        applicationId = existing;
        openByMember.delete(`${clientId}:${member.dependantId ?? 0}`);
        reused += 1;
        // Only the documents the window asks for that the application does not list yet.
        const current = checklistByApplication.get(existing) ?? [];
        const have = new Set(current.map((i) => (i.labelKey ? i.labelKey : `label:${i.label}`)));
        let sortOrder = current.reduce((max, i) => Math.max(max, i.sortOrder), 0);
        const added = items.filter(
          (item) => !have.has(item.labelKey ? fullKey(item.labelKey) : `label:${item.label}`),
        );
        for (const item of added)
          write.checklistItem({
            applicationId,
            labelKey: fullKey(item.labelKey),
            label: item.label,
            sortOrder: ++sortOrder,
          });
        write.audit({
          entity: 'application',
          entityId: applicationId,
          clientId,
          action: 'update',
          changes: { launchWindowId: [null, windowId], checklistItemsAdded: [0, added.length] },
          note: 'Linked to a launch window at enrolment (existing application reused)',
        });
      } else {
        applicationId = write.application({
          clientId,
          dependantId: member.dependantId,
          typeId: type.id,
          jurisdiction: type.jurisdiction,
        });
        created += 1;
        for (const [index, item] of items.entries())
          write.checklistItem({
            applicationId,
            labelKey: fullKey(item.labelKey),
            label: item.label,
            sortOrder: index + 1,
          });
        write.audit({
          entity: 'application',
          entityId: applicationId,
          clientId,
          action: 'create',
          changes: {
            ...(member.dependantId !== null && { dependantId: [null, member.dependantId] }),
            typeId: [null, type.id],
            jurisdiction: [null, type.jurisdiction],
            stage: [null, 'collecting-documents'],
            checklistItems: [null, items.length],
            launchWindowId: [null, windowId],
          },
        });
      }
      write.filing({
        enrolmentId,
        windowId,
        clientId,
        dependantId: member.dependantId,
        applicationId,
        audience: member.audience,
      });
    }
    if (outcome === 'members-added' && members.length === 0) outcome = 'already-enrolled';
    // A family that was complete and gained a member is no longer fully submitted.
    if (members.length > 0 && enrolment?.state === 'submitted')
      setEnrolmentState(db, writer, enrolment, 'enrolled', '');
    outcomes.push({ clientId, outcome, applicationsCreated: created, applicationsReused: reused });
  }
  return outcomes;
}

/** A family leaves the window; its applications stay on file (it may still file outside the window). */
export function withdrawFamily(
  db: CaseportDb,
  writer: Writer,
  windowId: number,
  clientId: number,
  reason: string,
) {
  activeWindow(db, windowId);
  const enrolment = findEnrolment(db, windowId, clientId);
  if (enrolment.state === 'withdrawn') return enrolment;
  return setEnrolmentState(db, writer, enrolment, 'withdrawn', reason);
}
