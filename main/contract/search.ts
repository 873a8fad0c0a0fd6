import { z } from 'zod';

export const searchInput = z.strictObject({
  text: z.string().max(200),
  limit: z.number().int().min(1).max(100).default(20),
});

export type SearchField = 'name' | 'passport' | 'file-number' | 'email' | 'employer';

/** A person found by search, with what matched and the family it belongs to. */
export interface SearchResult {
  clientId: number;
  dependantId: number | null;
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  relationship: string | null;
  /** The family's principal, for "Spouse of Okafor, Amara". */
  principalGivenNames: string;
  principalFamilyName: string;
  matched: SearchField[];
  archived: boolean;
}
