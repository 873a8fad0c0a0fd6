import { z } from 'zod';
import type { UserPreferences } from './preferences';
import { optionalEmail, optionalText, recordId, requiredText, timeZoneName } from './validation';

export const USER_ROLES = ['lawyer', 'consultant', 'paralegal', 'assistant', 'other'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Provinces whose non-juridical days extend the federal holiday list (Interpretation Act s.35). */
export const PROVINCES = [
  '',
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;

const displayName = requiredText(120);
const initials = optionalText(5);
const role = z.enum(USER_ROLES, { error: 'validation.required' });

export const userFields = z.strictObject({
  displayName,
  initials: initials.default(''),
  email: optionalEmail.default(''),
  role,
});

export const createUserInput = userFields;
// Not `userFields.partial()`: zod still fills a `.default('')` inside an optional field, so
// changing only a role would have wiped the person's initials and email. Omitted = untouched.
export const updateUserInput = z.strictObject({
  id: recordId,
  displayName: displayName.optional(),
  initials: initials.optional(),
  email: optionalEmail.optional(),
  role: role.optional(),
});
export const archiveUserInput = z.strictObject({ id: recordId });
export const setSessionUserInput = z.strictObject({ userId: recordId });

export const firmSettingsShape = {
  firmName: requiredText(200),
  timeZone: timeZoneName,
  province: z.enum(PROVINCES),
  /** Years a closed file is kept before it may be deleted (CICC Code s.23: 6). */
  retentionYears: z.number().int().min(6, 'validation.retentionMinimum').max(50),
};

export const updateSettingsInput = z.strictObject(firmSettingsShape).partial();

/** First run: the firm and the first person working on this machine, in one step. */
export const completeSetupInput = z.strictObject({
  firmName: firmSettingsShape.firmName,
  timeZone: firmSettingsShape.timeZone,
  province: firmSettingsShape.province.default(''),
  user: userFields,
});

export interface FirmUser {
  id: number;
  displayName: string;
  initials: string;
  email: string;
  role: UserRole;
  createdAt: string;
  archivedAt: string | null;
}

export interface FirmSettings {
  firmName: string;
  timeZone: string;
  province: (typeof PROVINCES)[number];
  retentionYears: number;
}

export interface Session {
  /** False until the first-run setup has created the firm and a first user. */
  setupComplete: boolean;
  user: FirmUser | null;
  users: FirmUser[];
  settings: FirmSettings;
  /** The working person's language and theme (system defaults when nobody is chosen). */
  preferences: UserPreferences;
  /**
   * The data service's clock when it answered (UTC ISO): the renderer counts "today", overdue
   * days and countdowns from it, so every screen agrees with the dates the service stores.
   */
  serviceNow: string;
}
