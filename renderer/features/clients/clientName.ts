import type { Client } from '../../../main/contract';

/** "Family, Given" as firms file them; single-name passports show the one name. */
export function clientDisplayName(client: Pick<Client, 'givenNames' | 'familyName'>): string {
  return client.familyName ? `${client.familyName}, ${client.givenNames}` : client.givenNames;
}
