import { isMatch } from 'date-fns';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { firmToday } from './dates';

/**
 * Validation messages are i18n keys, not sentences: the same schema runs in the main
 * process and in forms, and the renderer translates the key beside the field.
 * Every key here must exist in renderer/i18n/en.json (a unit test checks).
 */
export const V = {
  required: 'validation.required',
  invalid: 'validation.invalid',
  tooLong: 'validation.tooLong',
  date: 'validation.date',
  dateInFuture: 'validation.dateInFuture',
  dateTooEarly: 'validation.dateTooEarly',
  email: 'validation.email',
  phone: 'validation.phone',
  controlCharacters: 'validation.controlCharacters',
  country: 'validation.country',
  countryRepeated: 'validation.countryRepeated',
  tooManyCountries: 'validation.tooManyCountries',
  tooMany: 'validation.tooMany',
  passportNumber: 'validation.passportNumber',
  expiryBeforeIssue: 'validation.expiryBeforeIssue',
  endBeforeStart: 'validation.endBeforeStart',
  receiptNumber: 'validation.receiptNumber',
  fileNumber: 'validation.fileNumber',
  time: 'validation.time',
  timeZone: 'validation.timeZone',
  reasonRequired: 'validation.reasonRequired',
  leadTimes: 'validation.leadTimes',
  confirmDeletion: 'validation.confirmDeletion',
} as const;

// Issues a schema did not name explicitly (wrong type, unknown key) still get a key, never zod's English.
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? V.required : V.invalid,
});

export const recordId = z.number({ error: V.invalid }).int(V.invalid).positive(V.invalid);

/** A required line of text, trimmed, at most `max` characters. */
/**
 * Characters no person types and that hide or rewrite what is shown: C0/C1 controls (NUL, ESC,
 * backspace...) and bidirectional overrides (which make "exe.pdf" display as "fdp.exe").
 * Tab, CR and LF stay allowed in multi-line notes; single-line fields refuse them too.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAKS = /[\t\r\n\u2028\u2029]/;

export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, V.required)
    .max(max, V.tooLong)
    .refine((value) => value.length > max || !HIDDEN_CHARACTERS.test(value), V.controlCharacters);
}

/** A one-line value (a name, a number, an address line): no line breaks or hidden characters. */
export function singleLineText(max: number, required = false) {
  return z
    .string()
    .trim()
    .min(required ? 1 : 0, V.required)
    .max(max, V.tooLong)
    .refine(
      (value) => value.length > max || !(HIDDEN_CHARACTERS.test(value) || LINE_BREAKS.test(value)),
      V.controlCharacters,
    );
}

/** Optional text: empty string means "not given". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, V.tooLong)
    .refine((value) => value.length > max || !HIDDEN_CHARACTERS.test(value), V.controlCharacters);
}

function isRealDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd');
}

/** A real calendar date written YYYY-MM-DD (no 30 February). */
export const isoDate = z.string().trim().refine(isRealDate, V.date);

/** An optional calendar date: '' or null mean "not recorded". */
export const optionalDate = z
  .union([z.null(), z.literal(''), isoDate])
  .transform((value) => (value ? value : null));

/** Local time of day, HH:MM (24 h). */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, V.time);

/** An IANA time zone the runtime knows (America/Toronto...). */
export const timeZoneName = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}, V.timeZone);

/** Date of birth: optional (empty or null -> null), real, not in the future, not before 1900. One message at a time. */
export const dateOfBirth = z
  .string()
  .trim()
  .nullable()
  .superRefine((value, ctx) => {
    if (!value) return;
    if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: V.date });
    // The firm's today, not this machine's: near midnight the two are different days.
    else if (value > firmToday()) ctx.addIssue({ code: 'custom', message: V.dateInFuture });
    else if (value < '1900-01-01') ctx.addIssue({ code: 'custom', message: V.dateTooEarly });
  })
  .transform((value) => (value ? value : null));

const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));

export const countryCode = z.string().refine((code) => alpha2.has(code), V.country);

export const countryCodes = z
  .array(countryCode)
  .max(5, V.tooManyCountries)
  .refine((codes) => new Set(codes).size === codes.length, V.countryRepeated);

export const optionalEmail = z
  .string()
  .trim()
  .pipe(z.union([z.literal(''), z.email(V.email).max(254, V.tooLong)]));

// Loose on purpose: firms record numbers from many countries, with extensions. The length is
// checked before the pattern, and the pattern has no two parts that can match the same
// characters (a space belongs to the number part only), so it runs in linear time: the former
// `[0-9 ...]*\s*` backtracked quadratically (a 40,000-character value blocked the service 3 s).
const PHONE = /^\+?[0-9][0-9 ()./-]*(?:(?:x|ext\.?) ?[0-9]+)?$/i;
export const optionalPhone = optionalText(40).refine(
  (p) => p === '' || (p.length <= 40 && PHONE.test(p)),
  V.phone,
);

export function allCountryCodes(): string[] {
  return [...alpha2];
}
