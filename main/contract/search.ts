import { z } from 'zod';
import { isOneLine, V } from './validation';

export const searchInput = z.strictObject({
  text: z.string().max(200, V.tooLong).refine(isOneLine(200), V.controlCharacters),
  limit: z.number().int().min(1).max(100).default(20),
  /** "Show more": the next page starts here. */
  offset: z.number().int().min(0).max(10_000).default(0),
});

export type SearchField = 'name' | 'passport' | 'status-number' | 'file-number' | 'email' | 'employer';

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

/** One page of hits and how many people match in all. */
export interface SearchPage {
  items: SearchResult[];
  total: number;
}
