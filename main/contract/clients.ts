import { z } from 'zod';
import { type DuplicateMatch, type Person, personCreateShape, personShape } from './people';
import { isOneLine, multiLineText, optionalText, recordId, V } from './validation';

/**
 * A client: the principal applicant. The intake form validates with `clientFields` (the
 * schema the main process re-checks); an edit sends only what changed (`updateClientInput`).
 */
export const clientFields = z.strictObject({
  ...personCreateShape,
  responsibleUserId: recordId.nullable().default(null),
});

/** The form's values before parsing (dates may be ''); what the IPC boundary accepts. */
export type ClientFieldsInput = z.input<typeof clientFields>;
export type ClientFields = z.output<typeof clientFields>;

export const createClientInput = clientFields.extend({
  /** The user saw the possible duplicates and chose to create anyway. */
  acknowledgeDuplicates: z.boolean().default(false),
});

export const updateClientInput = z
  .strictObject({ ...personShape, responsibleUserId: recordId.nullable() })
  .partial()
  .extend({
    id: recordId,
    /** The version the user was editing; a newer saved version turns the save into a CONFLICT. */
    version: z.number().int().positive(),
  });

export const getClientInput = z.strictObject({ id: recordId });

export const archiveInput = z.strictObject({
  id: recordId,
  version: z.number().int().positive(),
  reason: multiLineText(500, V.reasonRequired),
});

export const unarchiveInput = z.strictObject({ id: recordId, version: z.number().int().positive() });

export const deleteClientInput = z.strictObject({
  id: recordId,
  reason: multiLineText(500, V.reasonRequired),
  /** Must repeat the client's name exactly as shown: deletion cannot be undone. */
  confirmName: z.string().max(1000, V.tooLong).refine(isOneLine(1000), V.controlCharacters),
});

export const CLIENT_SORTS = ['name', 'next-deadline', 'updated'] as const;

export const listClientsInput = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
  sort: z.enum(CLIENT_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  filters: z
    .strictObject({
      stage: z
        .enum(['intake', 'collecting-documents', 'ready-to-submit', 'submitted', 'decided', 'closed'])
        .optional(),
      jurisdiction: z.enum(['CA', 'US']).optional(),
      governmentStatus: optionalText(200).optional(),
      responsibleUserId: recordId.optional(),
      hasOverdue: z.boolean().optional(),
      /** Any name in the family, as typed or in Latin letters. */
      name: optionalText(200).optional(),
      archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
    })
    .default({ archived: 'exclude' }),
});

export interface Client extends Person {
  responsibleUserId: number | null;
  nextDeadlineOn: string | null;
  /** A closed file: the date (YYYY-MM-DD) before which it may not be deleted, fixed at closing. */
  retainUntil: string | null;
}

export interface ClientListItem {
  id: number;
  givenNames: string;
  familyName: string;
  preferredName: string;
  dateOfBirth: string | null;
  citizenships: string[];
  email: string;
  phone: string;
  responsibleUserId: number | null;
  nextDeadlineOn: string | null;
  archivedAt: string | null;
  dependantCount: number;
}

export interface ClientPage {
  items: ClientListItem[];
  total: number;
}

export type { DuplicateMatch };
