import { z } from 'zod';
import { JURISDICTIONS, type Jurisdiction } from './applications';
import {
  countryCode,
  isoDate,
  multiLineText,
  optionalText,
  recordId,
  requiredText,
  timeOfDay,
  timeZoneName,
  V,
} from './validation';

/**
 * Launch windows: a program that opens at a fixed moment and closes at a cap or a date
 * (domain.md "Launch windows"). The queue, submissions and report live in launch-queue.ts.
 */

/** Whose checklist a template item belongs to; spouse covers common-law partners too. */
export const LAUNCH_WINDOW_AUDIENCES = ['principal', 'spouse', 'child', 'other-dependant'] as const;
export type LaunchWindowAudience = (typeof LAUNCH_WINDOW_AUDIENCES)[number];

/** Who counts toward the cap: in 2023 only principal applications did. */
export const CAP_COUNTS = ['principals', 'all'] as const;
export type CapCounts = (typeof CAP_COUNTS)[number];

/** Ready-made windows a firm can start from (names and documents in the i18n catalogue). */
export const LAUNCH_WINDOW_TEMPLATES = ['ca-owp-us-h1b-2023'] as const;
export type LaunchWindowTemplate = (typeof LAUNCH_WINDOW_TEMPLATES)[number];

/**
 * The zone each template's program opens in: the new opening the firm types is read there.
 * IRCC is in Ottawa, whose IANA zone is America/Toronto.
 */
export const LAUNCH_WINDOW_TEMPLATE_ZONES: Record<LaunchWindowTemplate, string> = {
  'ca-owp-us-h1b-2023': 'America/Toronto',
};

/**
 * The checks a window applies before a family counts as ready. Every one is optional (null =
 * not checked) because programs differ; the 2023 template fills them in.
 */
export const eligibilityConfig = z.strictObject({
  /** The principal must hold one of these statuses in `country`, valid on the opening day. */
  requiredStatus: z
    .strictObject({
      country: countryCode,
      statusTypes: z.array(requiredText(60)).min(1, V.required).max(10, V.tooMany),
    })
    .nullable()
    .default(null),
  /** The principal's address must be in this country (2023: US residence). */
  residenceCountry: countryCode.nullable().default(null),
  /** Passports must stay valid at least this many months after the opening day. */
  passportMonthsAfterOpening: z.number().int().min(0).max(120).nullable().default(null),
  passportCheckAppliesTo: z.enum(['principal', 'all']).default('all'),
  /** Dependant data older than this (by last-verified date) must be re-checked. */
  dependantVerifiedWithinDays: z.number().int().min(1).max(3650).nullable().default(null),
  /** Every member needs a date of birth (the forms ask for it). */
  requireDateOfBirth: z.boolean().default(true),
});
export type EligibilityConfig = z.output<typeof eligibilityConfig>;

export const launchWindowChecklistItemInput = z
  .strictObject({
    audience: z.enum(LAUNCH_WINDOW_AUDIENCES, { error: V.required }),
    /** A literal label typed by the firm... */
    label: optionalText(300).default(''),
    /** ...or a built-in document (`checklistItems.<key>` in the catalogue). */
    labelKey: z
      .string()
      .regex(/^[a-zA-Z0-9]{0,60}$/, V.invalid)
      .default(''),
  })
  .refine((item) => item.label !== '' || item.labelKey !== '', { message: V.required, path: ['label'] });
export type LaunchWindowChecklistItemInput = z.input<typeof launchWindowChecklistItemInput>;

const version = z.number().int().positive();
const checklist = z.array(launchWindowChecklistItemInput).max(200, V.tooMany);

/** What a person sets: the local date and time in the window's own zone, never the machine's. */
const windowShape = {
  name: requiredText(200),
  jurisdiction: z.enum(JURISDICTIONS, { error: V.required }),
  /** The type of the application opened for each member at enrolment. */
  applicationTypeId: recordId,
  opensOn: isoDate,
  opensAtTime: timeOfDay,
  timeZone: timeZoneName,
  closesOn: z.union([z.null(), isoDate]),
  closesAtTime: z.union([z.null(), timeOfDay]),
  cap: z
    .number({ error: V.invalid })
    .int(V.invalid)
    .positive(V.invalid)
    .max(10_000_000, V.invalid)
    .nullable(),
  capCountsToward: z.enum(CAP_COUNTS),
  eligibility: eligibilityConfig,
  notes: multiLineText(5000),
};

const closesAfterOpens = (w: {
  opensOn?: string | undefined;
  opensAtTime?: string | undefined;
  closesOn?: string | null | undefined;
  closesAtTime?: string | null | undefined;
}) =>
  !w.closesOn ||
  !w.opensOn ||
  `${w.closesOn}T${w.closesAtTime ?? '23:59'}` > `${w.opensOn}T${w.opensAtTime ?? '00:00'}`;

export const createLaunchWindowInput = z
  .strictObject({
    ...windowShape,
    closesOn: windowShape.closesOn.default(null),
    closesAtTime: windowShape.closesAtTime.default(null),
    cap: windowShape.cap.default(null),
    capCountsToward: windowShape.capCountsToward.default('principals'),
    eligibility: windowShape.eligibility.default(eligibilityConfig.parse({})),
    notes: windowShape.notes.default(''),
    checklist: checklist.default([]),
  })
  .refine(closesAfterOpens, { message: V.endBeforeStart, path: ['closesOn'] });

/** Only the fields given change; `checklist`, when given, replaces the window's template. */
export const updateLaunchWindowInput = z
  .strictObject({ ...windowShape, checklist })
  .partial()
  .extend({ id: recordId, version })
  .refine(closesAfterOpens, { message: V.endBeforeStart, path: ['closesOn'] });

export const createFromTemplateInput = z.strictObject({
  template: z.enum(LAUNCH_WINDOW_TEMPLATES, { error: V.required }),
  /** Defaults to the template's own name. */
  name: optionalText(200).default(''),
  /**
   * The new opening, in the template's zone. Required when the template's own opening has
   * passed: a window from the 2023 template must not be born in 2023.
   */
  opensOn: isoDate.optional(),
  opensAtTime: timeOfDay.optional(),
});

export const cloneLaunchWindowInput = z.strictObject({ id: recordId, name: requiredText(200) });

export const archiveLaunchWindowInput = z.strictObject({
  id: recordId,
  version,
  reason: multiLineText(500, V.reasonRequired),
});

export const listLaunchWindowsInput = z.strictObject({
  archived: z.enum(['exclude', 'only', 'include']).default('exclude'),
});

export const getLaunchWindowInput = z.strictObject({ id: recordId });

/** The government's published count, typed in as it changes; no version check so it is never refused mid-launch. */
export const updateReportedCountInput = z.strictObject({
  id: recordId,
  reportedCount: z.number({ error: V.invalid }).int(V.invalid).min(0, V.invalid),
  /** When the government published it; defaults to now. */
  reportedAt: z.iso.datetime({ offset: true, error: V.invalid }).optional(),
});

export interface LaunchWindowChecklistItem {
  id: number;
  audience: LaunchWindowAudience;
  labelKey: string;
  label: string;
  sortOrder: number;
}

export interface LaunchWindow {
  id: number;
  name: string;
  /** Set when made from a template: the UI may show the template's translated description. */
  templateCode: string;
  jurisdiction: Jurisdiction;
  applicationTypeId: number;
  /** UTC instant, and the zone and wall-clock reading the firm entered. */
  opensAt: string;
  timeZone: string;
  opensOn: string;
  opensAtTime: string;
  closesAt: string | null;
  closesOn: string | null;
  closesAtTime: string | null;
  cap: number | null;
  capCountsToward: CapCounts;
  reportedCount: number | null;
  reportedAt: string | null;
  eligibility: EligibilityConfig;
  notes: string;
  checklist: LaunchWindowChecklistItem[];
  archivedAt: string | null;
  archiveReason: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface LaunchWindowListItem {
  id: number;
  name: string;
  jurisdiction: Jurisdiction;
  opensAt: string;
  timeZone: string;
  closesAt: string | null;
  cap: number | null;
  capCountsToward: CapCounts;
  reportedCount: number | null;
  archivedAt: string | null;
  /** Families enrolled and not withdrawn. */
  enrolledFamilies: number;
  submittedFamilies: number;
}
