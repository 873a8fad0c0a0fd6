import { and, asc, eq, isNull } from 'drizzle-orm';
import { createdFields, recordAudit } from '../../db/audit/record';
import { notFound, RecordError } from '../../db/errors';
import { findEnrolment, setEnrolmentState } from '../../db/launch-windows/enrolments';
import { findWindowRow, windowChecklist } from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import {
  applications,
  applicationTypes,
  checklistItems,
  clients,
  dependants,
  launchWindowEnrolments,
  launchWindowSubmissions,
} from '../../db/schema';
import type { Writer } from '../../db/writer';
import type { LaunchWindowAudience } from '../contract/launch-windows';
import { audienceOf } from '../domain/launch-windows/family';

export interface EnrolmentOutcome {
  clientId: number;
  outcome: 'enrolled' | 're-enrolled' | 'members-added' | 'already-enrolled' | 'archived';
  /** Applications opened for members (with their checklists). */
  applicationsCreated: number;
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

/**
 * Opens one member's application in the window, with the window's documents for that member's
 * audience copied in as its checklist, and the filing row that submission later completes.
 */
function openMemberFiling(
  db: CaseportDb,
  writer: Writer,
  context: {
    windowId: number;
    enrolmentId: number;
    clientId: number;
    typeId: number;
    jurisdiction: 'CA' | 'US';
  },
  member: { dependantId: number | null; audience: LaunchWindowAudience },
  template: ReturnType<typeof windowChecklist>,
): void {
  const application = db
    .insert(applications)
    .values({
      clientId: context.clientId,
      dependantId: member.dependantId,
      typeId: context.typeId,
      jurisdiction: context.jurisdiction,
      stage: 'collecting-documents',
      notes: '',
      createdAt: writer.at,
      updatedAt: writer.at,
    })
    .returning()
    .get();
  const items = template.filter((t) => t.audience === member.audience);
  // One statement per member, not per document: enrolling thousands of families stays quick.
  if (items.length > 0)
    db.insert(checklistItems)
      .values(
        items.map((item, index) => ({
          applicationId: application.id,
          // A window names built-in documents by their bare key; application checklists (and the
          // family page that shows them) use the full catalogue key, as the type templates do.
          labelKey: item.labelKey ? `checklistItems.${item.labelKey}` : '',
          label: item.label,
          sortOrder: index + 1,
          createdAt: writer.at,
          changedAt: writer.at,
          changedBy: writer.actorId,
        })),
      )
      .run();
  db.insert(launchWindowSubmissions)
    .values({
      enrolmentId: context.enrolmentId,
      windowId: context.windowId,
      clientId: context.clientId,
      dependantId: member.dependantId,
      memberNo: member.dependantId ?? 0,
      applicationId: application.id,
      audience: member.audience,
    })
    .run();
  recordAudit(db, writer, {
    entity: 'application',
    entityId: application.id,
    clientId: context.clientId,
    action: 'create',
    changes: {
      ...createdFields(application, ['dependantId', 'typeId', 'jurisdiction', 'stage']),
      checklistItems: [null, items.length],
      launchWindowId: [null, context.windowId],
    },
  });
}

/**
 * Enrols families in a window: one application per active member, each with its checklist.
 * Enrolling a family again opens filings for members added since (a new baby, a new spouse)
 * and brings a withdrawn family back. Archived files are skipped and said so.
 */
export function enrolFamilies(
  db: CaseportDb,
  writer: Writer,
  windowId: number,
  clientIds: readonly number[],
) {
  const window = activeWindow(db, windowId);
  const type = db
    .select()
    .from(applicationTypes)
    .where(eq(applicationTypes.id, window.applicationTypeId))
    .get();
  if (!type) throw notFound('Application type', window.applicationTypeId);
  const template = windowChecklist(db, windowId);
  const outcomes: EnrolmentOutcome[] = [];
  for (const clientId of new Set(clientIds)) {
    const client = db
      .select({ archivedAt: clients.archivedAt })
      .from(clients)
      .where(eq(clients.id, clientId))
      .get();
    if (!client) throw notFound('Client', clientId);
    if (client.archivedAt) {
      outcomes.push({ clientId, outcome: 'archived', applicationsCreated: 0 });
      continue;
    }
    let enrolment = db
      .select()
      .from(launchWindowEnrolments)
      .where(
        and(eq(launchWindowEnrolments.windowId, windowId), eq(launchWindowEnrolments.clientId, clientId)),
      )
      .get();
    let outcome: EnrolmentOutcome['outcome'] = 'members-added';
    if (!enrolment) {
      enrolment = db
        .insert(launchWindowEnrolments)
        .values({
          windowId,
          clientId,
          enrolledAt: writer.at,
          enrolledBy: writer.actorId,
          updatedAt: writer.at,
        })
        .returning()
        .get();
      outcome = 'enrolled';
      recordAudit(db, writer, {
        entity: 'launch-window-enrolment',
        entityId: enrolment.id,
        clientId,
        action: 'create',
        changes: { launchWindowId: [null, windowId] },
      });
    } else if (enrolment.state === 'withdrawn') {
      enrolment = setEnrolmentState(db, writer, enrolment, 'enrolled', '');
      outcome = 're-enrolled';
    }
    const existing = new Set(
      db
        .select({ memberNo: launchWindowSubmissions.memberNo })
        .from(launchWindowSubmissions)
        .where(eq(launchWindowSubmissions.enrolmentId, enrolment.id))
        .all()
        .map((r) => r.memberNo),
    );
    const members = [
      { dependantId: null, audience: 'principal' as const },
      ...db
        .select({ id: dependants.id, relationship: dependants.relationship })
        .from(dependants)
        .where(and(eq(dependants.clientId, clientId), isNull(dependants.archivedAt)))
        .orderBy(asc(dependants.id))
        .all()
        .map((d) => ({ dependantId: d.id, audience: audienceOf(d.relationship) })),
    ].filter((m) => !existing.has(m.dependantId ?? 0));
    const context = {
      windowId,
      enrolmentId: enrolment.id,
      clientId,
      typeId: type.id,
      jurisdiction: type.jurisdiction,
    };
    for (const member of members) openMemberFiling(db, writer, context, member, template);
    if (outcome === 'members-added' && members.length === 0) outcome = 'already-enrolled';
    // A family that was complete and gained a member is no longer fully submitted.
    if (members.length > 0 && enrolment.state === 'submitted')
      setEnrolmentState(db, writer, enrolment, 'enrolled', '');
    outcomes.push({ clientId, outcome, applicationsCreated: members.length });
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
