import type { FirmUser } from '../../contract/users';

/**
 * Whether `person` may act as the firm's administrator: add, archive or re-role people, edit
 * someone else's details, change the firm's name, zone or province. A lawyer may; so may anyone
 * while the firm has no active lawyer (a firm set up by its paralegal must be able to name one).
 * The data service enforces it (main/session/people-rules.ts); Settings hides what it refuses.
 */
export function actsAsFirmAdmin(person: Pick<FirmUser, 'role'> | null, people: FirmUser[]): boolean {
  if (!person) return false;
  return person.role === 'lawyer' || activeLawyerCount(people) === 0;
}

export function activeLawyerCount(people: FirmUser[]): number {
  return people.filter((user) => user.role === 'lawyer' && !user.archivedAt).length;
}
