import { z } from 'zod';
import { clientFields } from './clients';
import { dependantFields } from './dependants';
import { multiLineText, recordId, V } from './validation';

/**
 * A whole new family in one save: the principal, the dependants and each member's first
 * applications. It is one command (one transaction) so a half-entered family never lands:
 * if the third child's passport is wrong, nothing is written and the form keeps everything.
 */
export const intakeApplication = z.strictObject({
  typeId: recordId,
  notes: multiLineText(2000).default(''),
});

const applicationsOfOnePerson = z.array(intakeApplication).max(5, V.tooMany).default([]);

export const familyIntakeInput = z.strictObject({
  principal: clientFields.extend({ applications: applicationsOfOnePerson }),
  dependants: z
    .array(dependantFields.extend({ applications: applicationsOfOnePerson }))
    .max(15, V.tooMany)
    .default([]),
  /** The user saw the possible duplicates and chose to create the family anyway. */
  acknowledgeDuplicates: z.boolean().default(false),
});

export type FamilyIntakeInput = z.input<typeof familyIntakeInput>;
export type FamilyIntake = z.output<typeof familyIntakeInput>;

export interface FamilyIntakeResult {
  clientId: number;
  dependantIds: number[];
  applicationIds: number[];
}
