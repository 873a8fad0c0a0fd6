import { z } from 'zod';
import { clientFields } from './clients';
import { dependantFields } from './dependants';
import {
  IMPORT_FIELDS,
  type ImportField,
  importRelationship,
  REQUIRED_IMPORT_FIELDS,
} from './import-columns';
import { recordId, V } from './validation';

/**
 * One CSV row -> one person, checked with the very schemas the intake forms use
 * (clientFields / dependantFields), so an import accepts exactly what a person could type.
 */

export const importColumns = z
  .array(z.enum(IMPORT_FIELDS).nullable())
  .max(100, V.tooMany)
  .superRefine((columns, ctx) => {
    const seen = new Set<string>();
    columns.forEach((field, index) => {
      if (field === null) return;
      if (seen.has(field))
        ctx.addIssue({ code: 'custom', message: 'csvImport.errors.columnRepeated', path: [index] });
      seen.add(field);
    });
    for (const field of REQUIRED_IMPORT_FIELDS)
      if (!seen.has(field))
        ctx.addIssue({
          code: 'custom',
          message: 'csvImport.errors.columnRequired',
          path: [],
          params: { field },
        });
  });

export interface RowProblem {
  /** The import field (column) at fault; 'row' when no single column is. */
  field: ImportField | 'row';
  /** i18n key of the message. */
  key: string;
}

export interface ConvertedRow {
  familyKey: string;
  relationship: ReturnType<typeof importRelationship>;
  /** Parsed values ready for clients.create / dependants.create; null when the row has problems. */
  person: Record<string, unknown> | null;
  problems: RowProblem[];
}

const splitList = (value: string) =>
  value
    .split(/[;,|]/)
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);

/** zod paths of the form schema -> the CSV column they came from. */
function fieldOfPath(path: readonly PropertyKey[]): ImportField | 'row' {
  const [head, , leaf] = path;
  if (head === 'passports')
    return leaf === 'issuingCountry'
      ? 'passportCountry'
      : leaf === 'issuedOn'
        ? 'passportIssuedOn'
        : leaf === 'expiresOn'
          ? 'passportExpiresOn'
          : 'passportNumber';
  if (head === 'statuses')
    return leaf === 'country'
      ? 'statusCountry'
      : leaf === 'validFrom'
        ? 'statusValidFrom'
        : leaf === 'validTo'
          ? 'statusValidTo'
          : leaf === 'documentNumber'
            ? 'statusDocumentNumber'
            : 'statusType';
  if (head === 'citizenships') return 'citizenships';
  return (IMPORT_FIELDS as readonly PropertyKey[]).includes(head ?? '') ? (head as ImportField) : 'row';
}

export function convertImportRow(
  cells: readonly string[],
  columns: readonly (ImportField | null)[],
): ConvertedRow {
  const value: Partial<Record<ImportField, string>> = {};
  columns.forEach((field, index) => {
    if (field) value[field] = (cells[index] ?? '').trim();
  });
  const get = (field: ImportField) => value[field] ?? '';
  const problems: RowProblem[] = [];
  const familyKey = get('familyKey');
  if (!familyKey) problems.push({ field: 'familyKey', key: V.required });
  const relationship = importRelationship(get('relationship'));
  if (!relationship)
    problems.push({
      field: 'relationship',
      key: get('relationship') ? 'csvImport.errors.relationship' : V.required,
    });

  const passportGiven = ['passportCountry', 'passportIssuedOn', 'passportExpiresOn'].some((f) =>
    get(f as ImportField),
  );
  if (passportGiven && !get('passportNumber')) problems.push({ field: 'passportNumber', key: V.required });
  const statusGiven = ['statusCountry', 'statusValidFrom', 'statusValidTo', 'statusDocumentNumber'].some(
    (f) => get(f as ImportField),
  );
  if (statusGiven && !get('statusType')) problems.push({ field: 'statusType', key: V.required });

  const form = {
    givenNames: get('givenNames'),
    familyName: get('familyName'),
    preferredName: get('preferredName'),
    sex: get('sex').toUpperCase(),
    dateOfBirth: get('dateOfBirth') || null,
    citizenships: splitList(get('citizenships')),
    email: get('email'),
    phone: get('phone'),
    phoneAlt: get('phoneAlt'),
    addressLine1: get('addressLine1'),
    addressLine2: get('addressLine2'),
    city: get('city'),
    region: get('region'),
    postalCode: get('postalCode'),
    addressCountry: get('addressCountry').toUpperCase(),
    employer: get('employer'),
    occupation: get('occupation'),
    notes: get('notes'),
    passports: get('passportNumber')
      ? [
          {
            number: get('passportNumber'),
            issuingCountry: get('passportCountry').toUpperCase(),
            issuedOn: get('passportIssuedOn') || null,
            expiresOn: get('passportExpiresOn') || null,
          },
        ]
      : [],
    statuses: get('statusType')
      ? [
          {
            country: get('statusCountry').toUpperCase(),
            statusType: get('statusType'),
            validFrom: get('statusValidFrom') || null,
            validTo: get('statusValidTo') || null,
            documentNumber: get('statusDocumentNumber'),
          },
        ]
      : [],
  };
  const parsed =
    relationship === 'principal' || relationship === ''
      ? clientFields.safeParse(form)
      : dependantFields.safeParse({ ...form, relationship, lastVerifiedOn: get('lastVerifiedOn') || null });
  if (!parsed.success) {
    const seen = new Set(problems.map((p) => p.field));
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (!seen.has(field)) problems.push({ field, key: issue.message });
      seen.add(field);
    }
  }
  return {
    familyKey,
    relationship,
    person: problems.length === 0 && parsed.success ? (parsed.data as Record<string, unknown>) : null,
    problems,
  };
}

export const importRowsShape = z
  .array(
    z.strictObject({
      /** As a spreadsheet numbers it: the header is row 1, the first person row 2. */
      rowNumber: z.number().int().min(2).max(10_000_000),
      cells: z.array(z.string().max(10_000, V.tooLong)).max(100, V.tooMany),
    }),
  )
  .min(1, V.required)
  .max(1000, V.tooMany);

export const importBatchId = z.strictObject({ batchId: recordId });
