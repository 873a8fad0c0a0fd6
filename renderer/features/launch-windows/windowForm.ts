import type { LaunchWindow, LaunchWindowAudience } from '../../../main/contract';
import type { FormTranslation } from '../../ui/contractResolver';

/**
 * A launch window as its settings form holds it: numbers and optional dates as text, the
 * eligibility checks flattened into plain fields. `toWindowUpdate` builds the contract input.
 */
export interface WindowForm {
  name: string;
  opensOn: string;
  opensAtTime: string;
  timeZone: string;
  closesOn: string;
  closesAtTime: string;
  cap: string;
  capCountsToward: LaunchWindow['capCountsToward'];
  statusCountry: string;
  statusTypes: string;
  residenceCountry: string;
  passportMonths: string;
  passportCheckAppliesTo: 'principal' | 'all';
  verifiedWithinDays: string;
  requireDateOfBirth: boolean;
  notes: string;
  checklist: { audience: LaunchWindowAudience; label: string; labelKey: string }[];
}

export function windowToForm(w: LaunchWindow): WindowForm {
  const e = w.eligibility;
  return {
    name: w.name,
    opensOn: w.opensOn,
    opensAtTime: w.opensAtTime,
    timeZone: w.timeZone,
    closesOn: w.closesOn ?? '',
    closesAtTime: w.closesAtTime ?? '',
    cap: w.cap === null ? '' : String(w.cap),
    capCountsToward: w.capCountsToward,
    statusCountry: e.requiredStatus?.country ?? '',
    statusTypes: e.requiredStatus?.statusTypes.join(', ') ?? '',
    residenceCountry: e.residenceCountry ?? '',
    passportMonths: e.passportMonthsAfterOpening === null ? '' : String(e.passportMonthsAfterOpening),
    passportCheckAppliesTo: e.passportCheckAppliesTo,
    verifiedWithinDays: e.dependantVerifiedWithinDays === null ? '' : String(e.dependantVerifiedWithinDays),
    requireDateOfBirth: e.requireDateOfBirth,
    notes: w.notes,
    checklist: w.checklist.map(({ audience, label, labelKey }) => ({ audience, label, labelKey })),
  };
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Contract paths that land on a differently named form field. */
const FORM_FIELD: Record<string, string> = {
  'eligibility.requiredStatus.country': 'statusCountry',
  'eligibility.requiredStatus.statusTypes': 'statusTypes',
  'eligibility.residenceCountry': 'residenceCountry',
  'eligibility.passportMonthsAfterOpening': 'passportMonths',
  'eligibility.dependantVerifiedWithinDays': 'verifiedWithinDays',
};

export function toWindowUpdate(form: WindowForm, id: number, version: number): FormTranslation {
  const statusTypes = form.statusTypes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const input = {
    id,
    version,
    name: form.name,
    opensOn: form.opensOn,
    opensAtTime: form.opensAtTime,
    timeZone: form.timeZone,
    closesOn: form.closesOn || null,
    closesAtTime: form.closesOn ? form.closesAtTime || null : null,
    cap: numberOrNull(form.cap),
    capCountsToward: form.capCountsToward,
    eligibility: {
      requiredStatus:
        form.statusCountry || statusTypes.length ? { country: form.statusCountry, statusTypes } : null,
      residenceCountry: form.residenceCountry || null,
      passportMonthsAfterOpening: numberOrNull(form.passportMonths),
      passportCheckAppliesTo: form.passportCheckAppliesTo,
      dependantVerifiedWithinDays: numberOrNull(form.verifiedWithinDays),
      requireDateOfBirth: form.requireDateOfBirth,
    },
    notes: form.notes,
    checklist: form.checklist,
  };
  const pathBack = (path: string) =>
    FORM_FIELD[path] ?? (path.startsWith('eligibility.requiredStatus.statusTypes') ? 'statusTypes' : path);
  return { input, pathBack };
}
