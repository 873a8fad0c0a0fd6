import type { Person } from '../../../main/contract';
import type { RowPaths } from '../../ui/contractResolver';

/**
 * A person as the form holds them: text everywhere (an empty date is ''), passports and
 * statuses as editable rows. `toPersonInput` turns it into the contract's person fields.
 */
export interface PassportRow {
  id?: number;
  number: string;
  issuingCountry: string;
  issuedOn: string;
  expiresOn: string;
}

export interface StatusRow {
  id?: number;
  country: string;
  statusType: string;
  validFrom: string;
  validTo: string;
  documentNumber: string;
  notes: string;
}

export const ADDRESS_FIELDS = [
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'addressCountry',
] as const;

export interface PersonForm {
  givenNames: string;
  familyName: string;
  preferredName: string;
  sex: '' | 'F' | 'M' | 'X';
  dateOfBirth: string;
  citizenships: string[];
  email: string;
  phone: string;
  phoneAlt: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
  addressCountry: string;
  employer: string;
  occupation: string;
  notes: string;
  passports: PassportRow[];
  statuses: StatusRow[];
}

export const emptyPassport = (): PassportRow => ({
  number: '',
  issuingCountry: '',
  issuedOn: '',
  expiresOn: '',
});

export const emptyStatus = (): StatusRow => ({
  country: '',
  statusType: '',
  validFrom: '',
  validTo: '',
  documentNumber: '',
  notes: '',
});

/** A new person starts with one passport row and one status row, ready to type into. */
export function emptyPerson(): PersonForm {
  return {
    givenNames: '',
    familyName: '',
    preferredName: '',
    sex: '',
    dateOfBirth: '',
    citizenships: [],
    email: '',
    phone: '',
    phoneAlt: '',
    addressLine1: '',
    addressLine2: '',
    city: '',
    region: '',
    postalCode: '',
    addressCountry: '',
    employer: '',
    occupation: '',
    notes: '',
    passports: [emptyPassport()],
    statuses: [emptyStatus()],
  };
}

/**
 * The form values of a person on file (every field, so saving sends back what was there). A
 * person with no passport or status yet gets one empty row to type into; blank rows are not sent.
 */
export function personToForm(person: Person): PersonForm {
  const { passports, statuses, dateOfBirth } = person;
  return {
    givenNames: person.givenNames,
    familyName: person.familyName,
    preferredName: person.preferredName,
    sex: person.sex,
    dateOfBirth: dateOfBirth ?? '',
    citizenships: person.citizenships,
    email: person.email,
    phone: person.phone,
    phoneAlt: person.phoneAlt,
    addressLine1: person.addressLine1,
    addressLine2: person.addressLine2,
    city: person.city,
    region: person.region,
    postalCode: person.postalCode,
    addressCountry: person.addressCountry,
    employer: person.employer,
    occupation: person.occupation,
    notes: person.notes,
    passports: withRowToTypeInto(passports, emptyPassport, (p) => ({
      id: p.id,
      number: p.number,
      issuingCountry: p.issuingCountry,
      issuedOn: p.issuedOn ?? '',
      expiresOn: p.expiresOn ?? '',
    })),
    statuses: withRowToTypeInto(statuses, emptyStatus, (s) => ({
      id: s.id,
      country: s.country,
      statusType: s.statusType,
      validFrom: s.validFrom ?? '',
      validTo: s.validTo ?? '',
      documentNumber: s.documentNumber,
      notes: s.notes,
    })),
  };
}

function withRowToTypeInto<T, R>(rows: readonly T[], empty: () => R, toRow: (row: T) => R): R[] {
  return rows.length ? rows.map(toRow) : [empty()];
}

const blank = (row: object) =>
  Object.entries(row).every(([key, value]) => key === 'id' || value === '' || value === undefined);

/**
 * The contract's person fields from the form. Rows left entirely blank are not sent (a
 * person with no passport yet is normal); `paths` remembers which rows were.
 */
export function toPersonInput(form: PersonForm, path: string, paths: RowPaths) {
  const { passports, statuses, ...fields } = form;
  const at = (list: string) => (path ? `${path}.${list}` : list);
  return {
    ...fields,
    passports: paths.keep(at('passports'), passports, blank).map(({ id, ...p }) => ({
      ...(id ? { id } : {}),
      ...p,
    })),
    statuses: paths.keep(at('statuses'), statuses, blank).map(({ id, ...s }) => ({
      ...(id ? { id } : {}),
      ...s,
    })),
  };
}

/** Copies the principal's address onto a dependant (most families live together). */
export function copyAddress<T extends Pick<PersonForm, (typeof ADDRESS_FIELDS)[number]>>(
  from: Pick<PersonForm, (typeof ADDRESS_FIELDS)[number]>,
  to: T,
): T {
  const copy = { ...to };
  for (const field of ADDRESS_FIELDS) copy[field] = from[field];
  return copy;
}
