import { eq } from 'drizzle-orm';
import type { Jurisdiction } from '../../main/contract/applications';
import type { CaseportDb } from '../open';
import { applicationTypes, checklistTemplateItems } from '../schema';

type Audience = 'any' | 'principal' | 'dependant';

/**
 * Application types and document checklists that ship with Caseport. Names and labels are
 * shown from the i18n catalogue (`applicationTypes.<code>`, `checklistItems.<key>`). Codes are
 * permanent: a firm's applications point at them. New entries are added at start-up; a
 * firm's own edits to its copies are never overwritten.
 */
export const BUILT_IN_APPLICATION_TYPES: {
  code: string;
  jurisdiction: Jurisdiction;
  checklist: [key: string, appliesTo: Audience][];
}[] = [
  {
    // The July 2023 program (domain.md): each family member files their own application.
    code: 'ca-owp-us-h1b-2023',
    jurisdiction: 'CA',
    checklist: [
      ['passport', 'any'],
      ['h1bVisa', 'principal'],
      ['i797Approval', 'principal'],
      ['usResidenceProof', 'principal'],
      ['photos', 'any'],
      ['relationshipProof', 'dependant'],
      ['applicationForms', 'any'],
      ['feePayment', 'any'],
    ],
  },
  {
    code: 'ca-work-permit',
    jurisdiction: 'CA',
    checklist: [
      ['passport', 'any'],
      ['photos', 'any'],
      ['jobOffer', 'principal'],
      ['applicationForms', 'any'],
      ['feePayment', 'any'],
    ],
  },
  {
    code: 'ca-study-permit',
    jurisdiction: 'CA',
    checklist: [
      ['passport', 'any'],
      ['photos', 'any'],
      ['letterOfAcceptance', 'any'],
      ['proofOfFunds', 'any'],
      ['applicationForms', 'any'],
    ],
  },
  {
    code: 'ca-visitor-record',
    jurisdiction: 'CA',
    checklist: [
      ['passport', 'any'],
      ['photos', 'any'],
      ['applicationForms', 'any'],
    ],
  },
  {
    code: 'ca-trv',
    jurisdiction: 'CA',
    checklist: [
      ['passport', 'any'],
      ['photos', 'any'],
      ['proofOfFunds', 'any'],
      ['applicationForms', 'any'],
    ],
  },
  {
    code: 'ca-express-entry-pr',
    jurisdiction: 'CA',
    checklist: [
      ['passport', 'any'],
      ['languageTest', 'principal'],
      ['educationAssessment', 'principal'],
      ['policeCertificates', 'any'],
      ['medicalExam', 'any'],
      ['proofOfFunds', 'principal'],
      ['relationshipProof', 'dependant'],
    ],
  },
  {
    code: 'us-h1b-extension',
    jurisdiction: 'US',
    checklist: [
      ['passport', 'principal'],
      ['i94', 'principal'],
      ['i797Approval', 'principal'],
      ['payStubs', 'principal'],
    ],
  },
  {
    code: 'us-h1b-transfer',
    jurisdiction: 'US',
    checklist: [
      ['passport', 'principal'],
      ['i94', 'principal'],
      ['i797Approval', 'principal'],
      ['payStubs', 'principal'],
    ],
  },
  {
    code: 'us-h4',
    jurisdiction: 'US',
    checklist: [
      ['passport', 'any'],
      ['i94', 'any'],
      ['relationshipProof', 'dependant'],
      ['principalI797', 'dependant'],
    ],
  },
  {
    code: 'us-i539',
    jurisdiction: 'US',
    checklist: [
      ['passport', 'any'],
      ['i94', 'any'],
      ['applicationForms', 'any'],
    ],
  },
  {
    code: 'us-i140',
    jurisdiction: 'US',
    checklist: [
      ['passport', 'principal'],
      ['educationAssessment', 'principal'],
    ],
  },
  {
    code: 'us-i485',
    jurisdiction: 'US',
    checklist: [
      ['passport', 'any'],
      ['birthCertificate', 'any'],
      ['medicalExam', 'any'],
      ['photos', 'any'],
    ],
  },
];

/** Adds built-in types (and their checklists) this database does not have yet. Idempotent. */
export function syncBuiltInCatalogue(db: CaseportDb, at: string): number {
  let added = 0;
  for (const type of BUILT_IN_APPLICATION_TYPES) {
    if (
      db
        .select({ id: applicationTypes.id })
        .from(applicationTypes)
        .where(eq(applicationTypes.code, type.code))
        .get()
    )
      continue;
    const row = db
      .insert(applicationTypes)
      .values({ code: type.code, jurisdiction: type.jurisdiction, builtIn: true, createdAt: at })
      .returning({ id: applicationTypes.id })
      .get();
    type.checklist.forEach(([key, appliesTo], index) => {
      db.insert(checklistTemplateItems)
        .values({
          applicationTypeId: row.id,
          labelKey: `checklistItems.${key}`,
          appliesTo,
          sortOrder: index + 1,
        })
        .run();
    });
    added += 1;
  }
  return added;
}
