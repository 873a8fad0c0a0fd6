import { z } from 'zod';
import { type Person, personCreateShape, personShape } from './people';
import { optionalDate, recordId } from './validation';

export const DEPENDANT_RELATIONSHIPS = ['spouse', 'common-law-partner', 'child', 'other'] as const;
export type DependantRelationship = (typeof DEPENDANT_RELATIONSHIPS)[number];

const relationship = z.enum(DEPENDANT_RELATIONSHIPS, { error: 'validation.required' });

export const dependantFields = z.strictObject({
  ...personCreateShape,
  relationship,
  lastVerifiedOn: optionalDate.default(null),
});
export type DependantFieldsInput = z.input<typeof dependantFields>;

export const createDependantInput = dependantFields.extend({
  clientId: recordId,
  acknowledgeDuplicates: z.boolean().default(false),
});

export const updateDependantInput = z
  .strictObject({ ...personShape, relationship, lastVerifiedOn: optionalDate })
  .partial()
  .extend({ id: recordId, version: z.number().int().positive() });

export const markVerifiedInput = z.strictObject({
  id: recordId,
  version: z.number().int().positive(),
  verifiedOn: optionalDate.refine((d) => d !== null, 'validation.required'),
});

export interface Dependant extends Person {
  clientId: number;
  relationship: DependantRelationship;
  lastVerifiedOn: string | null;
}
