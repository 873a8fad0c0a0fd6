import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { ApplicationStage, Jurisdiction } from '../../main/contract/applications';
import type { CaseportDb } from '../open';
import { applications, clients, launchWindowSubmissions } from '../schema';

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

/** When each member of a launch window was submitted (UTC ISO instants), earliest first. */
export function submissionInstants(db: CaseportDb, windowId: number): string[] {
  return db
    .select({ at: launchWindowSubmissions.submittedAt })
    .from(launchWindowSubmissions)
    .where(
      and(eq(launchWindowSubmissions.windowId, windowId), isNotNull(launchWindowSubmissions.submittedAt)),
    )
    .orderBy(asc(launchWindowSubmissions.submittedAt))
    .all()
    .map((row) => row.at as string);
}
