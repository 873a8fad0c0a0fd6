import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  type Application,
  type ApplicationDetail,
  type ApplicationStage,
  fileNumberKey,
  fileNumberWarning,
  type StatusChange,
} from '../../main/contract/applications';
import { markArchived } from '../archive';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { toChecklistItem } from '../checklists/queries';
import { expectVersion, notFound } from '../errors';
import type { CaseportDb } from '../open';
import {
  applicationStatusHistory,
  applications,
  applicationTypes,
  checklistItems,
  dependants,
} from '../schema';
import { reindexPerson } from '../search/index-person';
import type { Writer } from '../writer';
import { findApplicationType, templateItemsOf } from './types';

type ApplicationRow = typeof applications.$inferSelect;

const DETAIL_FIELDS = [
  'governmentFileNumber',
  'submittedAt',
  'decision',
  'decidedOn',
  'responsibleUserId',
  'notes',
] as const;

function toApplication(row: ApplicationRow, type: { code: string; name: string }): Application {
  const { fileNumberKey: _key, ...fields } = row;
  return {
    ...fields,
    typeCode: type.code,
    typeName: type.name,
    fileNumberWarning: fileNumberWarning(row.jurisdiction, row.governmentFileNumber),
  };
}

function findRow(db: CaseportDb, id: number): ApplicationRow | undefined {
  return db.select().from(applications).where(eq(applications.id, id)).get();
}

export function loadApplication(db: CaseportDb, id: number): Application {
  const row = findRow(db, id);
  if (!row) throw notFound('Application', id);
  return toApplication(row, findApplicationType(db, row.typeId));
}

/**
 * Opens an application for one person, with the type's checklist copied in: items meant for
 * principals go to the principal's, relationship proof and the like to a dependant's.
 */
export function createApplication(
  db: CaseportDb,
  writer: Writer,
  input: {
    clientId: number;
    dependantId: number | null;
    typeId: number;
    responsibleUserId: number | null;
    notes: string;
  },
): Application {
  const type = findApplicationType(db, input.typeId);
  if (input.dependantId !== null) {
    const dependant = db
      .select({ clientId: dependants.clientId })
      .from(dependants)
      .where(eq(dependants.id, input.dependantId))
      .get();
    // A dependant of another family must never receive this family's application.
    if (!dependant || dependant.clientId !== input.clientId) throw notFound('Dependant', input.dependantId);
  }
  const row = db
    .insert(applications)
    .values({ ...input, jurisdiction: type.jurisdiction, createdAt: writer.at, updatedAt: writer.at })
    .returning()
    .get();
  const audience = input.dependantId === null ? 'principal' : 'dependant';
  const template = templateItemsOf(db, type.id).filter(
    (t) => t.appliesTo === 'any' || t.appliesTo === audience,
  );
  template.forEach((item, index) => {
    db.insert(checklistItems)
      .values({
        applicationId: row.id,
        templateItemId: item.id,
        labelKey: item.labelKey,
        label: item.label,
        sortOrder: index + 1,
        createdAt: writer.at,
        changedAt: writer.at,
        changedBy: writer.actorId,
      })
      .run();
  });
  recordAudit(db, writer, {
    entity: 'application',
    entityId: row.id,
    clientId: input.clientId,
    action: 'create',
    changes: {
      ...createdFields(row, ['dependantId', 'typeId', 'jurisdiction', 'stage', 'responsibleUserId', 'notes']),
      checklistItems: [null, template.length],
    },
  });
  return toApplication(row, type);
}

export function updateApplication(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: Partial<Pick<Application, (typeof DETAIL_FIELDS)[number]>>,
): Application {
  const before = expectVersion(findRow(db, id), 'Application', id, version);
  const merged = { ...before, ...patch };
  const changes = changedFields(before, merged, DETAIL_FIELDS);
  db.update(applications)
    .set({
      ...patch,
      fileNumberKey: fileNumberKey(merged.governmentFileNumber),
      updatedAt: writer.at,
      version: version + 1,
    })
    .where(eq(applications.id, id))
    .run();
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, {
      entity: 'application',
      entityId: id,
      clientId: before.clientId,
      action: 'update',
      changes,
    });
  }
  if ('governmentFileNumber' in changes)
    reindexPerson(db, { clientId: before.clientId, dependantId: before.dependantId });
  return loadApplication(db, id);
}

/** Moves the firm's stage or records the government's status, with history and audit. */
export function changeApplicationStatus(
  db: CaseportDb,
  writer: Writer,
  input: { id: number; version: number; kind: 'stage' | 'government-status'; value: string; note: string },
): Application {
  const before = expectVersion(findRow(db, input.id), 'Application', input.id, input.version);
  const field = input.kind === 'stage' ? 'stage' : 'governmentStatus';
  const fromValue = before[field];
  db.update(applications)
    .set({
      ...(input.kind === 'stage'
        ? { stage: input.value as ApplicationStage }
        : { governmentStatus: input.value }),
      updatedAt: writer.at,
      version: input.version + 1,
    })
    .where(eq(applications.id, input.id))
    .run();
  db.insert(applicationStatusHistory)
    .values({
      applicationId: input.id,
      kind: input.kind,
      fromValue,
      toValue: input.value,
      note: input.note,
      changedAt: writer.at,
      changedBy: writer.actorId,
    })
    .run();
  recordAudit(db, writer, {
    entity: 'application',
    entityId: input.id,
    clientId: before.clientId,
    action: 'status-change',
    changes: { [field]: [fromValue, input.value] },
    note: input.note,
  });
  return loadApplication(db, input.id);
}

export function archiveApplication(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  reason: string,
): Application {
  const before = expectVersion(findRow(db, id), 'Application', id, version);
  markArchived(
    db,
    writer,
    applications,
    before,
    { entity: 'application', clientId: before.clientId },
    reason,
  );
  return loadApplication(db, id);
}

/** Every application of a family with its checklist and status history: four indexed queries. */
export function familyApplications(db: CaseportDb, clientId: number): ApplicationDetail[] {
  const rows = db
    .select({ application: applications, code: applicationTypes.code, name: applicationTypes.name })
    .from(applications)
    .innerJoin(applicationTypes, eq(applicationTypes.id, applications.typeId))
    .where(eq(applications.clientId, clientId))
    .orderBy(asc(applications.id))
    .all();
  const ids = rows.map((r) => r.application.id);
  if (ids.length === 0) return [];
  const items = db
    .select()
    .from(checklistItems)
    .where(inArray(checklistItems.applicationId, ids))
    .orderBy(asc(checklistItems.applicationId), asc(checklistItems.sortOrder))
    .all();
  const history = db
    .select()
    .from(applicationStatusHistory)
    .where(and(inArray(applicationStatusHistory.applicationId, ids)))
    .orderBy(asc(applicationStatusHistory.changedAt), asc(applicationStatusHistory.id))
    .all();
  return rows.map(({ application, code, name }) => ({
    ...toApplication(application, { code, name }),
    checklist: items.filter((i) => i.applicationId === application.id).map(toChecklistItem),
    history: history
      .filter((h) => h.applicationId === application.id)
      .map(({ applicationId: _a, ...change }): StatusChange => change),
  }));
}
