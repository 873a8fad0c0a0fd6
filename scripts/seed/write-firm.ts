import type Database from 'better-sqlite3';
import { bulkPeopleWriter } from '../../db/imports/bulk-people';
import type { CaseportDb } from '../../db/open';
import { compactNumber } from '../../db/search/fold';
import { statusDeadlineMaker } from '../../main/imports/bulk-families';
import { dayFromToday, SEED_TODAY, type SeedFamily, type SeedPerson, STAGES } from '../data/firm-generator';

/**
 * Writes generated families in bulk: people, passports, statuses and their rule deadlines through
 * the import's set-based writer (db/imports/bulk-people.ts, so audit and search rows are the
 * product's own), and the rest of a lived-in file — applications with checklists and stage
 * history, manual deadlines (some done), archived files — through statements prepared once here.
 * Every row gets its audit entry, as the app would have written over the years.
 */

interface TypeInfo {
  id: number;
  jurisdiction: 'CA' | 'US';
  template: { id: number; labelKey: string; label: string; appliesTo: string }[];
}

export function loadTypes(sqlite: Database.Database): TypeInfo[] {
  const types = sqlite
    .prepare('SELECT id, jurisdiction FROM application_types WHERE archived_at IS NULL ORDER BY id')
    .all() as { id: number; jurisdiction: 'CA' | 'US' }[];
  const items = sqlite
    .prepare(
      'SELECT id, application_type_id AS typeId, label_key AS labelKey, label, applies_to AS appliesTo FROM checklist_template_items ORDER BY sort_order',
    )
    .all() as { id: number; typeId: number; labelKey: string; label: string; appliesTo: string }[];
  return types.map((t) => ({ ...t, template: items.filter((i) => i.typeId === t.id) }));
}

const CHECKLIST_STATE_BY_STAGE = ['missing', 'requested', 'received', 'verified', 'verified', 'verified'];

export function familyWriter(
  db: CaseportDb,
  sqlite: Database.Database,
  types: TypeInfo[],
  userIds: number[],
) {
  const insertApplication = sqlite.prepare(
    `INSERT INTO applications (client_id, dependant_id, type_id, jurisdiction, stage, government_status,
       government_file_number, file_number_key, submitted_at, decision, decided_on, responsible_user_id,
       created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertChecklist = sqlite.prepare(
    `INSERT INTO checklist_items (application_id, template_item_id, label_key, label, state, sort_order, created_at, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertHistory = sqlite.prepare(
    `INSERT INTO application_status_history (application_id, kind, from_value, to_value, note, changed_at, changed_by)
     VALUES (?, ?, ?, ?, '', ?, ?)`,
  );
  const insertDeadline = sqlite.prepare(
    `INSERT INTO deadlines (client_id, dependant_id, application_id, kind, title, due_on, origin, roll_forward,
       completed_at, completed_by, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, 'manual', 'none', ?, ?, ?, ?, ?)`,
  );
  const archiveClient = sqlite.prepare(
    "UPDATE clients SET archived_at = ?, archive_reason = 'File closed after decision', version = 2 WHERE id = ?",
  );

  /** Writes `families` created at `at` (one writer per chunk: the firm's files span the years). */
  return (families: SeedFamily[], at: string) => {
    const actorId = userIds[0] as number;
    const people = bulkPeopleWriter(db, { actorId, at });
    const statusDeadlines = statusDeadlineMaker(db, people, SEED_TODAY);
    for (const family of families) {
      const [principal, ...others] = family.people as [SeedPerson, ...SeedPerson[]];
      const [line1, city, region, postal] = family.address;
      const responsibleUserId = userIds[family.responsibleIndex % userIds.length] ?? null;
      const client = people.client(
        {
          ...personFields(principal),
          addressLine1: line1,
          city,
          region,
          postalCode: postal,
          addressCountry: region === 'ON' ? 'CA' : 'US',
          responsibleUserId,
        },
        principal.passports,
        statusesOf(principal),
      );
      const clientId = client.clientId;
      statusDeadlines(
        { clientId, dependantId: null },
        statusesOf(principal),
        client.statusIds,
        principal.passports,
      );
      const owners: [SeedPerson, number | null][] = [[principal, null]];
      for (const person of others) {
        const made = people.dependant(
          clientId,
          { ...personFields(person), relationship: person.relationship, lastVerifiedOn: dayFromToday(-90) },
          person.passports,
          statusesOf(person),
        );
        statusDeadlines(
          { clientId, dependantId: made.dependantId },
          statusesOf(person),
          made.statusIds,
          person.passports,
        );
        owners.push([person, made.dependantId]);
      }
      for (const [person, dependantId] of owners) {
        const fileNumbers: string[] = [];
        for (const application of person.applications) {
          const type = types[application.typeIndex % types.length] as TypeInfo;
          const step = STAGES.indexOf(application.stage);
          const submitted = step >= 3;
          const decided = step >= 4;
          const applicationId = Number(
            insertApplication.run(
              clientId,
              dependantId,
              type.id,
              type.jurisdiction,
              application.stage,
              submitted ? (type.jurisdiction === 'CA' ? 'In progress' : 'Case Was Received') : '',
              application.fileNumber,
              compactNumber(application.fileNumber),
              submitted ? `${dayFromToday(-200)}T15:00:00.000Z` : null,
              decided ? 'approved' : '',
              decided ? dayFromToday(-60) : null,
              responsibleUserId,
              at,
              at,
              1 + step,
            ).lastInsertRowid,
          );
          if (application.fileNumber) fileNumbers.push(application.fileNumber);
          const audience = dependantId === null ? 'principal' : 'dependant';
          const template = type.template.filter((t) => t.appliesTo === 'any' || t.appliesTo === audience);
          template.forEach((item, index) => {
            insertChecklist.run(
              applicationId,
              item.id,
              item.labelKey,
              item.label,
              CHECKLIST_STATE_BY_STAGE[step] ?? 'missing',
              index + 1,
              at,
              at,
              actorId,
            );
          });
          people.audit('application', applicationId, clientId, 'create', {
            ...(dependantId === null ? {} : { dependantId: [null, dependantId] }),
            typeId: [null, type.id],
            jurisdiction: [null, type.jurisdiction],
            stage: [null, 'intake'],
            checklistItems: [null, template.length],
          });
          for (let s = 1; s <= step; s += 1) {
            const from = STAGES[s - 1] as string;
            const to = STAGES[s] as string;
            insertHistory.run(applicationId, 'stage', from, to, at, actorId);
            people.audit('application', applicationId, clientId, 'status-change', { stage: [from, to] });
          }
          for (const deadline of application.deadlines) {
            const completedAt = deadline.done ? `${deadline.dueOn}T14:00:00.000Z` : null;
            const deadlineId = Number(
              insertDeadline.run(
                clientId,
                dependantId,
                applicationId,
                deadline.kind,
                deadline.title,
                deadline.dueOn,
                completedAt,
                completedAt ? actorId : null,
                at,
                at,
                completedAt ? 2 : 1,
              ).lastInsertRowid,
            );
            people.audit('deadline', deadlineId, clientId, 'create', {
              ...(dependantId === null ? {} : { dependantId: [null, dependantId] }),
              applicationId: [null, applicationId],
              kind: [null, deadline.kind],
              dueOn: [null, deadline.dueOn],
            });
            if (completedAt)
              people.audit('deadline', deadlineId, clientId, 'update', { completedAt: [null, completedAt] });
          }
        }
        if (fileNumbers.length > 0) people.addFileNumbers({ clientId, dependantId }, fileNumbers);
      }
      people.refreshNextDeadline(clientId);
      if (family.archived) {
        archiveClient.run(at, clientId);
        people.audit(
          'client',
          clientId,
          clientId,
          'archive',
          { archivedAt: [null, at] },
          'File closed after decision',
        );
      }
    }
    people.flush();
  };
}

function personFields(person: SeedPerson) {
  return {
    givenNames: person.givenNames,
    familyName: person.familyName,
    sex: person.sex,
    dateOfBirth: person.dateOfBirth,
    citizenships: person.citizenships,
    email: person.email,
    phone: person.phone,
    employer: person.employer,
    occupation: person.occupation,
  };
}

function statusesOf(person: SeedPerson) {
  return person.statuses.map((s) => ({ ...s, notes: '' }));
}
