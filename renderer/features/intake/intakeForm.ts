import type { DependantRelationship } from '../../../main/contract';
import { type FormTranslation, RowPaths } from '../../ui/contractResolver';
import { copyAddress, emptyPerson, type PersonForm, toPersonInput } from '../people/personForm';

export interface ApplicationRow {
  /** An application type id as the select holds it; '' = none chosen. */
  typeId: string;
}

export interface IntakeDependant extends PersonForm {
  relationship: DependantRelationship | '';
  /** Lives with the principal: the principal's address is copied in when saving. */
  sameAddress: boolean;
  applications: ApplicationRow[];
}

export interface IntakeForm {
  principal: PersonForm & { responsibleUserId: string; applications: ApplicationRow[] };
  dependants: IntakeDependant[];
}

export function emptyIntake(responsibleUserId: number | null): IntakeForm {
  return {
    principal: {
      ...emptyPerson(),
      responsibleUserId: responsibleUserId ? String(responsibleUserId) : '',
      applications: [{ typeId: '' }],
    },
    dependants: [],
  };
}

/** A new dependant: one passport, status and application row, living with the principal. */
export function newDependant(relationship: DependantRelationship, applicationTypeId = ''): IntakeDependant {
  return { ...emptyPerson(), relationship, sameAddress: true, applications: [{ typeId: applicationTypeId }] };
}

/** What families.intake receives, from what the form shows. */
export function toIntakeInput(form: IntakeForm, acknowledgeDuplicates: boolean): FormTranslation {
  const paths = new RowPaths();
  const applications = (path: string, rows: ApplicationRow[]) =>
    paths.keep(path, rows, (row) => row.typeId === '').map((row) => ({ typeId: Number(row.typeId) }));
  const { principal } = form;
  const { responsibleUserId, applications: principalApplications, ...principalPerson } = principal;
  const input = {
    principal: {
      ...toPersonInput(principalPerson, 'principal', paths),
      responsibleUserId: responsibleUserId ? Number(responsibleUserId) : null,
      applications: applications('principal.applications', principalApplications),
    },
    dependants: form.dependants.map((dependant, index) => {
      const { sameAddress, relationship, applications: wanted, ...person } = dependant;
      const lived = sameAddress ? copyAddress(principalPerson, person) : person;
      return {
        ...toPersonInput(lived, `dependants.${index}`, paths),
        relationship,
        applications: applications(`dependants.${index}.applications`, wanted),
      };
    }),
    acknowledgeDuplicates,
  };
  return { input, pathBack: paths.back };
}
