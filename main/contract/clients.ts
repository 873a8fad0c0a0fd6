import { z } from 'zod';
import {
  countryCodes,
  dateOfBirth,
  optionalEmail,
  optionalPhone,
  optionalText,
  recordId,
  requiredText,
} from './validation';

/**
 * What a user can type about a client. The intake form validates with this exact schema,
 * and the main process parses every incoming payload with it again.
 */
export const clientFields = z.strictObject({
  givenNames: requiredText(200),
  // May be empty: some passports carry a single name.
  familyName: optionalText(200).default(''),
  dateOfBirth: dateOfBirth.default(null),
  citizenships: countryCodes.default([]),
  email: optionalEmail.default(''),
  phone: optionalPhone.default(''),
});

/** The form's values before parsing (dates may be ''); what the IPC boundary accepts. */
export type ClientFieldsInput = z.input<typeof clientFields>;
export type ClientFields = z.output<typeof clientFields>;

export const createClientInput = clientFields;

export const updateClientInput = clientFields.extend({
  id: recordId,
  /** The version the user was editing; a newer saved version turns the save into a CONFLICT. */
  version: z.number().int().positive(),
});

export const getClientInput = z.strictObject({ id: recordId });

export const listClientsInput = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export interface Client {
  id: number;
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  citizenships: string[];
  email: string;
  phone: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ClientPage {
  items: Client[];
  total: number;
}
