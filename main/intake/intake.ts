import { createApplication } from '../../db/applications/queries';
import { findDuplicates } from '../../db/people/duplicates';
import { guardDuplicates } from '../clients/clients';
import { createClientWithDeadlines, createDependantWithDeadlines } from '../clients/person-writes';
import type { DuplicateMatch, ParsedInput } from '../contract';
import type { FamilyIntakeResult } from '../contract/intake';
import type { ApiContext } from '../data-service/context';
import { write } from '../data-service/transaction';

/**
 * Creates the family, its dependants and their first applications (each with its checklist
 * from the type's template) in one transaction. Any member who looks already on file stops
 * the whole intake with DUPLICATE, listing every match, until the user acknowledges them.
 */
export function familyIntakeHandler(
  ctx: ApiContext,
  { principal, dependants, acknowledgeDuplicates }: ParsedInput<'families.intake'>,
): FamilyIntakeResult {
  return write(ctx, (tx, writer) => {
    const matches = new Map<string, DuplicateMatch>();
    for (const person of [principal, ...dependants]) {
      for (const match of findDuplicates(tx, person)) {
        matches.set(`${match.clientId}:${match.dependantId ?? ''}:${match.reason}`, match);
      }
    }
    guardDuplicates([...matches.values()], acknowledgeDuplicates);

    const { applications: principalApplications, ...principalValues } = principal;
    const client = createClientWithDeadlines(tx, writer, principalValues);
    const applicationIds: number[] = [];
    const open = (dependantId: number | null, wanted: typeof principalApplications) => {
      for (const { typeId, notes } of wanted) {
        const application = createApplication(tx, writer, {
          clientId: client.id,
          dependantId,
          typeId,
          responsibleUserId: principalValues.responsibleUserId,
          notes,
        });
        applicationIds.push(application.id);
      }
    };
    open(null, principalApplications);
    const dependantIds = dependants.map(({ applications, ...values }) => {
      const dependant = createDependantWithDeadlines(tx, writer, client.id, values);
      open(dependant.id, applications);
      return dependant.id;
    });
    return { clientId: client.id, dependantIds, applicationIds };
  });
}
