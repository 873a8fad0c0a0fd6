import type { Application, ApplicationType, ChannelInput, Client, Dependant } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok } from './test-database';

export function createClient(ctx: ApiContext, input: ChannelInput<'clients.create'>): Promise<Client> {
  return ok<Client>(dispatch(ctx, 'clients.create', input));
}

export function createDependant(
  ctx: ApiContext,
  input: ChannelInput<'dependants.create'>,
): Promise<Dependant> {
  return ok<Dependant>(dispatch(ctx, 'dependants.create', input));
}

export async function applicationType(ctx: ApiContext, code: string): Promise<ApplicationType> {
  const types = await ok<ApplicationType[]>(dispatch(ctx, 'applicationTypes.list', {}));
  const type = types.find((t) => t.code === code);
  if (!type) throw new Error(`no application type ${code}`);
  return type;
}

/** The 2023 model family: an H-1B principal, a spouse and two children, each with their own application. */
export async function createH1bFamily(ctx: ApiContext) {
  const principal = await createClient(ctx, {
    givenNames: 'Amara',
    familyName: 'Okafor',
    dateOfBirth: '1988-02-29',
    citizenships: ['NG'],
    email: 'amara@example.com',
    employer: 'Northwind Analytics',
    passports: [
      { number: 'A0 123-4567', issuingCountry: 'NG', issuedOn: '2020-01-10', expiresOn: '2030-01-09' },
    ],
    statuses: [
      {
        country: 'US',
        statusType: 'H-1B',
        validFrom: '2022-10-01',
        validTo: '2025-09-30',
        documentNumber: 'I94-123',
      },
    ],
  });
  const spouse = await createDependant(ctx, {
    clientId: principal.id,
    relationship: 'spouse',
    givenNames: 'Chidi',
    familyName: 'Okafor',
    dateOfBirth: '1987-06-15',
    citizenships: ['NG'],
  });
  const child1 = await createDependant(ctx, {
    clientId: principal.id,
    relationship: 'child',
    givenNames: 'Ada',
    familyName: 'Okafor',
    dateOfBirth: '2015-03-02',
  });
  const child2 = await createDependant(ctx, {
    clientId: principal.id,
    relationship: 'child',
    givenNames: 'Obi',
    familyName: 'Okafor',
    dateOfBirth: '2019-11-20',
  });
  const owp = await applicationType(ctx, 'ca-owp-us-h1b-2023');
  const applications: Application[] = [];
  for (const dependantId of [null, spouse.id, child1.id, child2.id]) {
    applications.push(
      await ok<Application>(
        dispatch(ctx, 'applications.create', { clientId: principal.id, dependantId, typeId: owp.id }),
      ),
    );
  }
  return { principal, spouse, child1, child2, applications, owp };
}
