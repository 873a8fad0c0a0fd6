import { PERSON_FIELD_NAMES } from './people';

/**
 * The columns a client/family CSV can carry (docs/import-format.md), and how headers are
 * matched to them: case, accents, spaces and punctuation are ignored, so "Prénom",
 * "first_name" and "First Name" all land on given names. Pure: the renderer suggests the
 * mapping with this while the user watches, and the main side applies the same rules.
 */
export const IMPORT_FIELDS = [
  'familyKey',
  'relationship',
  // Every person field can be imported (the contract's list, so none is forgotten).
  ...PERSON_FIELD_NAMES,
  'passportNumber',
  'passportCountry',
  'passportIssuedOn',
  'passportExpiresOn',
  'statusCountry',
  'statusType',
  'statusValidFrom',
  'statusValidTo',
  'statusDocumentNumber',
  'lastVerifiedOn',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these the rows cannot be turned into families. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['familyKey', 'relationship', 'givenNames'];

const SYNONYMS: Record<ImportField, string[]> = {
  familyKey: [
    'family key',
    'family',
    'family id',
    'family no',
    'household',
    'household id',
    'group',
    'case',
    'file',
    'file number',
    'famille',
    'dossier',
  ],
  relationship: [
    'relationship',
    'relation',
    'role',
    'member',
    'member type',
    'relationship to principal',
    'lien',
    'lien de parente',
  ],
  givenNames: [
    'given names',
    'given name',
    'first name',
    'first names',
    'firstname',
    'forename',
    'forenames',
    'prenom',
    'prenoms',
  ],
  familyName: ['family name', 'last name', 'lastname', 'surname', 'nom', 'nom de famille'],
  preferredName: ['preferred name', 'nickname', 'known as'],
  sex: ['sex', 'gender', 'sexe'],
  dateOfBirth: ['date of birth', 'dob', 'd o b', 'birth date', 'birthdate', 'born', 'date de naissance'],
  citizenships: ['citizenship', 'citizenships', 'nationality', 'nationalities', 'nationalite'],
  email: ['email', 'e mail', 'email address', 'courriel'],
  phone: ['phone', 'telephone', 'phone number', 'mobile', 'cell', 'tel'],
  phoneAlt: ['phone 2', 'other phone', 'alternate phone', 'phone alt', 'work phone'],
  addressLine1: ['address', 'address line 1', 'address 1', 'street', 'adresse'],
  addressLine2: ['address line 2', 'address 2', 'apartment', 'unit'],
  city: ['city', 'town', 'ville'],
  region: ['region', 'state', 'province', 'state province'],
  postalCode: ['postal code', 'zip', 'zip code', 'postcode', 'code postal'],
  addressCountry: ['country', 'address country', 'country of residence', 'residence country', 'pays'],
  employer: ['employer', 'company', 'employeur'],
  occupation: ['occupation', 'job title', 'position', 'profession'],
  notes: ['notes', 'note', 'comments', 'remarks'],
  passportNumber: ['passport number', 'passport no', 'passport', 'passport #', 'numero de passeport'],
  passportCountry: ['passport country', 'passport issuing country', 'issuing country', 'passport issued by'],
  passportIssuedOn: ['passport issued', 'passport issue date', 'passport issued on', 'issue date'],
  passportExpiresOn: [
    'passport expiry',
    'passport expiry date',
    'passport expires',
    'passport expires on',
    'passport expiration',
    'passport expiration date',
    'expiry date',
  ],
  statusCountry: ['status country', 'status in country'],
  statusType: ['status', 'status type', 'current status', 'visa type', 'immigration status'],
  statusValidFrom: ['status valid from', 'status from', 'status start'],
  statusValidTo: [
    'status valid to',
    'status valid until',
    'status to',
    'status end',
    'status expiry',
    'status expires',
  ],
  statusDocumentNumber: [
    'status document number',
    'i 94 number',
    'i94',
    'i 94',
    'permit number',
    'document number',
  ],
  lastVerifiedOn: ['last verified', 'last verified on', 'verified on', 'verified'],
};

/** "Prénom_1" -> "prenom 1": what header matching compares. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const BY_SYNONYM = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) =>
    [field.toLowerCase(), ...SYNONYMS[field]].map((s) => [foldHeader(s), field] as const),
  ),
);

/**
 * A suggested field per column (null = ignore), each field used at most once: the first
 * column that matches wins, so "Passport" and "Passport number" side by side do not clash.
 */
export function suggestColumnMapping(header: readonly string[]): (ImportField | null)[] {
  const used = new Set<ImportField>();
  return header.map((name) => {
    const field = BY_SYNONYM.get(foldHeader(name)) ?? null;
    if (field === null || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

/** Relationship words as firms type them; '' when not recognised. */
export function importRelationship(
  value: string,
): 'principal' | 'spouse' | 'common-law-partner' | 'child' | 'other' | '' {
  const word = foldHeader(value);
  if (
    [
      'principal',
      'client',
      'applicant',
      'main',
      'main applicant',
      'principal applicant',
      'self',
      'p',
    ].includes(word)
  )
    return 'principal';
  if (
    ['spouse', 'wife', 'husband', 'married spouse', 'epoux', 'epouse', 'conjoint', 'conjointe'].includes(word)
  )
    return 'spouse';
  if (['common law partner', 'common law', 'partner', 'conjoint de fait'].includes(word))
    return 'common-law-partner';
  if (
    [
      'child',
      'son',
      'daughter',
      'kid',
      'dependent child',
      'dependant child',
      'enfant',
      'fils',
      'fille',
    ].includes(word)
  )
    return 'child';
  if (['other', 'parent', 'sibling', 'other dependant', 'other dependent', 'autre'].includes(word))
    return 'other';
  return '';
}
