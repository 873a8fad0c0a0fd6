import type { CaseEvent, CaseEventKind, ROLL_FORWARD_POLICIES } from '../../../main/contract';

/** The "Record an event" form's state: strings as the inputs hold them, converted on submit. */
export interface Draft {
  kind: CaseEventKind;
  occurredOn: string;
  people: Array<number | null>;
  applicationId: string;
  responseDays: string;
  mailed: boolean;
  filing: '' | 'paper' | 'electronic';
  notes: string;
  /** '' = the firm's default for each rule. */
  rollForward: '' | (typeof ROLL_FORWARD_POLICIES)[number];
}

export const EMPTY: Draft = {
  kind: 'employment-ended',
  occurredOn: '',
  people: [],
  applicationId: '',
  responseDays: '',
  mailed: false,
  filing: '',
  notes: '',
  rollForward: '',
};

/** A recorded event back into the form, to change its facts. */
export function draftOf(event: CaseEvent): Draft {
  const inputs = event.inputs as Partial<{
    people: Array<number | null>;
    responseDays: number;
    mailed: boolean;
    filing: 'paper' | 'electronic';
    rollForward: Draft['rollForward'] | null;
  }>;
  return {
    kind: event.kind,
    occurredOn: event.occurredOn,
    people: inputs.people ?? [],
    applicationId: event.applicationId === null ? '' : String(event.applicationId),
    responseDays: inputs.responseDays === undefined ? '' : String(inputs.responseDays),
    mailed: inputs.mailed ?? false,
    filing: inputs.filing ?? '',
    notes: event.notes,
    rollForward: inputs.rollForward ?? '',
  };
}

/** The draft as the contract's event details: only the fields of the chosen kind, numbers as numbers. */
export function toDetails(d: Draft): unknown {
  const base = { kind: d.kind, occurredOn: d.occurredOn, notes: d.notes, rollForward: d.rollForward || null };
  if (d.kind === 'employment-ended') return base;
  if (d.kind === 'biometrics-letter') return { ...base, people: d.people };
  return {
    ...base,
    applicationId: d.applicationId ? Number(d.applicationId) : undefined,
    responseDays: d.responseDays === '' ? undefined : Number(d.responseDays),
    mailed: d.mailed,
    filing: d.filing || undefined,
  };
}
