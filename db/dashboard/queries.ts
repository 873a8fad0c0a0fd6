import { and, count, eq, isNull } from 'drizzle-orm';
import type { ApplicationStage, Jurisdiction } from '../../main/contract/applications';
import type { CaseportDb } from '../open';
import { applications, clients } from '../schema';

/** Applications of open files, counted per firm stage and jurisdiction. */
export function applicationStageCounts(
  db: CaseportDb,
): { stage: ApplicationStage; jurisdiction: Jurisdiction; applications: number }[] {
  return db
    .select({ stage: applications.stage, jurisdiction: applications.jurisdiction, applications: count() })
    .from(applications)
    .innerJoin(clients, eq(clients.id, applications.clientId))
    .where(and(isNull(applications.archivedAt), isNull(clients.archivedAt)))
    .groupBy(applications.stage, applications.jurisdiction)
    .all();
}
