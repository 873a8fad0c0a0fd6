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
  hiddenCharacters: 'validation.hiddenCharacters',
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

/**
 * Characters no person types and that hide or rewrite what is shown: C0 and C1 controls (NUL,
 * ESC, backspace...), DEL, and the bidirectional overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which make "exe.pdf" display as "fdp.exe". Two rules, one for each kind of field:
 * - a single line (a name, a number, a label): none of them, and no tab, CR, LF or Unicode
 *   line/paragraph separator either;
 * - multi-line text (notes, reasons): tab and line breaks are kept (CR LF, CR and the Unicode
 *   separators are first written as LF, so every note ends its lines one way), the rest refused.
 * Each pattern is one character class (linear time) and runs only once the length is known to
 * fit, so a huge value costs one length check.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const NOT_IN_A_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const NOT_IN_NOTES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const OTHER_LINE_ENDINGS = /\r\n?|[\u2028\u2029]/g;

/** The single-line rule alone, for a value that keeps its own shape (a passphrase is not trimmed). */
export function isOneLine(max: number): (value: string) => boolean {
  return (value) => value.length > max || !NOT_IN_A_LINE.test(value);
}

/**
 * One line of text (a name, a number, an address line), trimmed, at most `max` characters.
 * `required`: true, or the message key to show when it is left empty.
 */
export function singleLineText(max: number, required: boolean | string = false) {
  return z
    .string()
    .trim()
    .min(required ? 1 : 0, typeof required === 'string' ? required : V.required)
    .max(max, V.tooLong)
    .refine(isOneLine(max), V.controlCharacters);
}

/** A required line of text. */
export function requiredText(max: number) {
  return singleLineText(max, true);
}

/** An optional line of text: empty string means "not given". */
export function optionalText(max: number) {
  return singleLineText(max);
}

/**
 * Notes and reasons: several lines and tabs allowed, hidden characters refused.
 * `required`: true, or the message key to show when it is left empty (a reason).
 */
export function multiLineText(max: number, required: boolean | string = false) {
  return z
    .string()
    .trim()
    .min(required ? 1 : 0, typeof required === 'string' ? required : V.required)
    .max(max, V.tooLong)
    .overwrite((value) => (value.length > max ? value : value.replace(OTHER_LINE_ENDINGS, '\n')))
    .refine((value) => value.length > max || !NOT_IN_NOTES.test(value), V.hiddenCharacters);
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
