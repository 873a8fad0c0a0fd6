import type { Jurisdiction } from '../../main/contract/applications';
import {
  type EligibilityConfig,
  LAUNCH_WINDOW_TEMPLATE_ZONES,
  type LaunchWindowAudience,
  type LaunchWindowTemplate,
} from '../../main/contract/launch-windows';

export interface LaunchWindowTemplateDefinition {
  name: string;
  jurisdiction: Jurisdiction;
  /** The built-in application type each member's application is opened with. */
  applicationTypeCode: string;
  opensOn: string;
  opensAtTime: string;
  timeZone: string;
  closesOn: string | null;
  closesAtTime: string | null;
  cap: number | null;
  capCountsToward: 'principals' | 'all';
  eligibility: EligibilityConfig;
  notes: string;
  /** Built-in documents (`checklistItems.<key>` in the catalogue) per audience. */
  checklist: Record<LaunchWindowAudience, string[]>;
}

/**
 * Ready-made windows. Every value is a starting point the firm edits (the next program will
 * differ), so nothing here is enforced beyond what the window itself stores.
 */
export const LAUNCH_WINDOW_TEMPLATE_DEFINITIONS: Record<
  LaunchWindowTemplate,
  LaunchWindowTemplateDefinition
> = {
  'ca-owp-us-h1b-2023': {
    name: 'Open work permit for U.S. H-1B holders (2023)',
    jurisdiction: 'CA',
    applicationTypeCode: 'ca-owp-us-h1b-2023',
    // Sunday 16 July 2023 (domain.md). IRCC is in Ottawa, whose IANA zone is America/Toronto;
    // the hour was not published ahead, so midnight is a placeholder the firm corrects.
    opensOn: '2023-07-16',
    opensAtTime: '00:00',
    timeZone: LAUNCH_WINDOW_TEMPLATE_ZONES['ca-owp-us-h1b-2023'],
    // It closed on reaching the cap (17 July), not on a date.
    closesOn: null,
    closesAtTime: null,
    cap: 10_000,
    capCountsToward: 'principals',
    eligibility: {
      // Sourced (domain.md): the principal needed an H-1B and US residence.
      requiredStatus: { country: 'US', statusTypes: ['H-1B'] },
      residenceCountry: 'US',
      // Practice: the permit is capped at passport validity; 6 months is the usual warning line.
      passportMonthsAfterOpening: 6,
      passportCheckAppliesTo: 'all',
      // Practice: re-check family data gathered more than three months before filing.
      dependantVerifiedWithinDays: 90,
      requireDateOfBirth: true,
    },
    notes:
      'Open work permit of up to 3 years, capped at passport validity. Fee CAD 155 per permit. Family members filed their own applications and did not count toward the 10,000 cap.',
    checklist: {
      principal: [
        'passport',
        'h1bVisa',
        'i797Approval',
        'usResidenceProof',
        'photos',
        'applicationForms',
        'feePayment',
      ],
      spouse: ['passport', 'relationshipProof', 'photos', 'applicationForms', 'feePayment'],
      child: ['passport', 'birthCertificate', 'photos', 'applicationForms'],
      'other-dependant': ['passport', 'relationshipProof', 'photos', 'applicationForms'],
    },
  },
};
