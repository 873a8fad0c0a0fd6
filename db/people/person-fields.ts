import { PERSON_FIELD_NAMES, type Person, type PersonFieldName } from '../../main/contract/people';
import { personNameKey } from '../text';
import type { PassportValues, StatusValues } from './documents';

/** The personal fields stored on both clients and dependants (db/schema/columns.ts): the contract's list. */
export const PERSON_FIELDS: readonly PersonFieldName[] = PERSON_FIELD_NAMES;

export type PersonFieldValues = Pick<Person, PersonFieldName>;

/** A person as a form sends it: fields plus the passport and status lists. */
export interface PersonValues extends PersonFieldValues {
  passports: PassportValues[];
  statuses: StatusValues[];
}

/** Splits a (possibly partial) input into column values, documents, and the derived sort key. */
export function splitPerson<T extends Partial<PersonValues>>(input: T) {
  const { passports, statuses, ...rest } = input;
  return { columns: rest as Omit<T, 'passports' | 'statuses'>, passports, statuses };
}

export function withNameKey<T extends { givenNames: string; familyName: string }>(
  values: T,
): T & { nameKey: string } {
  return { ...values, nameKey: personNameKey(values.givenNames, values.familyName) };
}
