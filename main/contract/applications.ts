import { z } from 'zod';
import { multiLineText, optionalText, recordId, requiredText, V } from './validation';

export const JURISDICTIONS = ['CA', 'US'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** The firm's own progress through a file, in order. */
export const APPLICATION_STAGES = [
  'intake',
  'collecting-documents',
  'ready-to-submit',
  'submitted',
  'decided',
  'closed',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

export const DECISIONS = ['', 'approved', 'refused', 'withdrawn', 'returned'] as const;

/**
 * Government status vocabularies for pick-lists (free text stays possible): the IRCC
 * tracker's overall states and USCIS case status texts, as the portals word them.
 */
export const GOVERNMENT_STATUSES: Record<Jurisdiction, readonly string[]> = {
  CA: ['Received', 'In progress', 'Closed'],
  US: [
    'Case Was Received',
    'Request for Evidence Was Sent',
    "Response To USCIS' Request For Evidence Was Received",
    'Interview Was Scheduled',
    'Case Was Approved',
    'Case Was Denied',
    'Case Was Rejected',
  ],
};

/** USCIS service-centre prefixes; an unknown one is a warning, never a rejection. */
export const USCIS_RECEIPT_PREFIXES = [
  'EAC',
  'VSC',
  'WAC',
  'CSC',
  'LIN',
  'NSC',
  'SRC',
  'TSC',
  'MSC',
  'NBC',
  'IOE',
  'YSC',
] as const;

/** Upper case without spaces or dashes: how file numbers are compared and searched. */
export function fileNumberKey(value: string): string {
  return value.toUpperCase().replace(/[\s-]+/g, '');
}

/** USCIS receipt numbers are 3 letters + 10 digits; IRCC numbers vary by program (loose). */
export function fileNumberProblem(jurisdiction: Jurisdiction, value: string): string | null {
  const key = fileNumberKey(value);
  if (key === '') return null;
  if (jurisdiction === 'US') return /^[A-Z]{3}\d{10}$/.test(key) ? null : V.receiptNumber;
  return /^[A-Z0-9]{4,30}$/.test(key) ? null : V.fileNumber;
}

export function fileNumberWarning(
  jurisdiction: Jurisdiction,
  value: string,
): 'unknown-receipt-prefix' | null {
  const key = fileNumberKey(value);
  if (jurisdiction !== 'US' || !/^[A-Z]{3}\d{10}$/.test(key)) return null;
  return (USCIS_RECEIPT_PREFIXES as readonly string[]).includes(key.slice(0, 3))
    ? null
    : 'unknown-receipt-prefix';
}

const instant = z.iso.datetime({ offset: true, error: V.invalid });
const version = z.number().int().positive();

export const createApplicationInput = z.strictObject({
  clientId: recordId,
  /** Omit for the principal's own application. */
  dependantId: recordId.nullable().default(null),
  typeId: recordId,
  responsibleUserId: recordId.nullable().default(null),
  notes: multiLineText(10000).default(''),
});

/** Details that are not statuses. The file number is checked against the application's jurisdiction. */
export const updateApplicationInput = z.strictObject({
  id: recordId,
  version,
  governmentFileNumber: optionalText(40).optional(),
  submittedAt: instant.nullable().optional(),
  decision: z.enum(DECISIONS).optional(),
  decidedOn: z.union([z.null(), z.iso.date({ error: V.date })]).optional(),
  responsibleUserId: recordId.nullable().optional(),
  notes: multiLineText(10000).optional(),
});

export const changeStageInput = z.strictObject({
  id: recordId,
  version,
  stage: z.enum(APPLICATION_STAGES, { error: V.invalid }),
  note: multiLineText(2000).default(''),
});

export const changeGovernmentStatusInput = z.strictObject({
  id: recordId,
  version,
  status: requiredText(200),
  note: multiLineText(2000).default(''),
});

export const createApplicationTypeInput = z.strictObject({
  name: requiredText(200),
  jurisdiction: z.enum(JURISDICTIONS, { error: V.required }),
  checklist: z
    .array(
      z.strictObject({
        label: requiredText(300),
        appliesTo: z.enum(['any', 'principal', 'dependant']).default('any'),
      }),
    )
    .max(100, V.tooMany)
    .default([]),
});

export const addTemplateItemInput = z.strictObject({
  applicationTypeId: recordId,
  label: requiredText(300),
  appliesTo: z.enum(['any', 'principal', 'dependant']).default('any'),
});

export interface ChecklistTemplateItem {
  id: number;
  labelKey: string;
  label: string;
  appliesTo: 'any' | 'principal' | 'dependant';
  sortOrder: number;
}

export interface ApplicationType {
  id: number;
  code: string;
  jurisdiction: Jurisdiction;
  /** Empty for built-in types: show `applicationTypes.<code>` from the catalogue. */
  name: string;
  builtIn: boolean;
  checklist: ChecklistTemplateItem[];
}

export interface StatusChange {
  id: number;
  kind: 'stage' | 'government-status';
  fromValue: string;
  toValue: string;
  note: string;
  changedAt: string;
  changedBy: number;
}

export const CHECKLIST_STATES = ['missing', 'requested', 'received', 'verified', 'not-applicable'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];
/** Who a checklist template item is for. */
export const CHECKLIST_AUDIENCES = ['any', 'principal', 'dependant'] as const;

export interface ChecklistItem {
  id: number;
  applicationId: number;
  labelKey: string;
  label: string;
  state: ChecklistState;
  note: string;
  filePath: string;
  sortOrder: number;
  changedAt: string;
  changedBy: number;
}

export interface Application {
  id: number;
  clientId: number;
  dependantId: number | null;
  typeId: number;
  typeCode: string;
  typeName: string;
  jurisdiction: Jurisdiction;
  stage: ApplicationStage;
  governmentStatus: string;
  governmentFileNumber: string;
  fileNumberWarning: 'unknown-receipt-prefix' | null;
  submittedAt: string | null;
  decision: (typeof DECISIONS)[number];
  decidedOn: string | null;
  responsibleUserId: number | null;
  notes: string;
  archivedAt: string | null;
  archiveReason: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ApplicationDetail extends Application {
  checklist: ChecklistItem[];
  history: StatusChange[];
}

export const setChecklistStateInput = z.strictObject({
  id: recordId,
  state: z.enum(CHECKLIST_STATES, { error: V.invalid }),
  note: multiLineText(2000).optional(),
});

export const addChecklistItemInput = z.strictObject({ applicationId: recordId, label: requiredText(300) });

export const updateChecklistItemInput = z.strictObject({
  id: recordId,
  label: requiredText(300).optional(),
  note: multiLineText(2000).optional(),
  filePath: optionalText(1000).optional(),
});
