import { z } from 'zod';
import {
  countryCode,
  countryCodes,
  dateOfBirth,
  multiLineText,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  recordId,
  requiredText,
  singleLineText,
  V,
} from './validation';

/**
 * What can be recorded about any person in a family (principal or dependant). Base schemas
 * carry no defaults: creating fills them in, updating treats a missing field as "unchanged".
 */

export const SEXES = ['', 'F', 'M', 'X'] as const;

/** Passport numbers: letters, digits, spaces and dashes as printed; compared without spaces/dashes. */
export const passportNumber = requiredText(30).refine(
  (n) => /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u.test(n),
  V.passportNumber,
);

export const passportInput = z
  .strictObject({
    id: recordId.optional(),
    number: passportNumber,
    issuingCountry: countryCode,
    issuedOn: optionalDate.default(null),
    expiresOn: optionalDate.default(null),
  })
  .refine((p) => !p.issuedOn || !p.expiresOn || p.expiresOn > p.issuedOn, {
    message: V.expiryBeforeIssue,
    path: ['expiresOn'],
  });

export const statusInput = z
  .strictObject({
    id: recordId.optional(),
    country: countryCode,
    // e.g. H-1B, H-4, work permit, visitor; free text with suggestions in the UI.
    statusType: requiredText(60),
    validFrom: optionalDate.default(null),
    validTo: optionalDate.default(null),
    documentNumber: optionalText(40).default(''),
    notes: multiLineText(2000).default(''),
  })
  .refine((s) => !s.validFrom || !s.validTo || s.validTo >= s.validFrom, {
    message: V.endBeforeStart,
    path: ['validTo'],
  });

export const personShape = {
  givenNames: singleLineText(200, true),
  // May be empty: some passports carry a single name.
  familyName: singleLineText(200),
  preferredName: singleLineText(200),
  sex: z.enum(SEXES, { error: V.invalid }),
  dateOfBirth,
  citizenships: countryCodes,
  email: optionalEmail,
  phone: optionalPhone,
  phoneAlt: optionalPhone,
  addressLine1: singleLineText(200),
  addressLine2: singleLineText(200),
  city: singleLineText(100),
  region: singleLineText(100),
  postalCode: singleLineText(20),
  addressCountry: z.union([z.literal(''), countryCode]),
  employer: singleLineText(200),
  occupation: singleLineText(200),
  notes: multiLineText(10000),
  passports: z.array(passportInput).max(10, V.tooMany),
  statuses: z.array(statusInput).max(30, V.tooMany),
};

/**
 * The person's own fields (not the passport and status lists), in form order: THE list the db
 * columns, the audit, the import columns and the bulk writer derive from, so a field added to
 * personShape cannot be silently dropped by one of them.
 */
export type PersonFieldName = Exclude<keyof typeof personShape, 'passports' | 'statuses'>;
export const PERSON_FIELD_NAMES = Object.keys(personShape).filter(
  (key): key is PersonFieldName => key !== 'passports' && key !== 'statuses',
);

/** The same fields with creation defaults: only given names is required. */
export const personCreateShape = {
  ...personShape,
  familyName: personShape.familyName.default(''),
  preferredName: personShape.preferredName.default(''),
  sex: personShape.sex.default(''),
  dateOfBirth: personShape.dateOfBirth.default(null),
  citizenships: personShape.citizenships.default([]),
  email: personShape.email.default(''),
  phone: personShape.phone.default(''),
  phoneAlt: personShape.phoneAlt.default(''),
  addressLine1: personShape.addressLine1.default(''),
  addressLine2: personShape.addressLine2.default(''),
  city: personShape.city.default(''),
  region: personShape.region.default(''),
  postalCode: personShape.postalCode.default(''),
  addressCountry: personShape.addressCountry.default(''),
  employer: personShape.employer.default(''),
  occupation: personShape.occupation.default(''),
  notes: personShape.notes.default(''),
  passports: personShape.passports.default([]),
  statuses: personShape.statuses.default([]),
};

export interface Passport {
  id: number;
  number: string;
  issuingCountry: string;
  issuedOn: string | null;
  expiresOn: string | null;
}

export interface ImmigrationStatus {
  id: number;
  country: string;
  statusType: string;
  validFrom: string | null;
  validTo: string | null;
  documentNumber: string;
  notes: string;
}

export interface Person {
  id: number;
  givenNames: string;
  familyName: string;
  preferredName: string;
  sex: (typeof SEXES)[number];
  dateOfBirth: string | null;
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
  passports: Passport[];
  statuses: ImmigrationStatus[];
  archivedAt: string | null;
  archiveReason: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A possible duplicate found at create time, with enough to recognise and open it. */
export interface DuplicateMatch {
  clientId: number;
  dependantId: number | null;
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  reason: 'passport' | 'name-and-birth-date';
}

export const duplicateCheckInput = z.strictObject({
  givenNames: optionalText(200),
  familyName: optionalText(200).default(''),
  dateOfBirth: dateOfBirth.default(null),
  passports: z
    .array(z.strictObject({ number: optionalText(30), issuingCountry: optionalText(2) }))
    .max(10)
    .default([]),
  // When editing, the record itself is not its own duplicate.
  excludeClientId: recordId.optional(),
  excludeDependantId: recordId.optional(),
});

/** "Family, Given" as firms file them; single-name passports show the one name. */
export function personDisplayName(person: { givenNames: string; familyName: string }): string {
  return person.familyName ? `${person.familyName}, ${person.givenNames}` : person.givenNames;
}
