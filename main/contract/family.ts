import type { ApplicationDetail } from './applications';
import type { Client } from './clients';
import type { Deadline } from './deadlines';
import type { Dependant } from './dependants';

/** Everything about one family in one call: what the family page shows. */
export interface Family {
  client: Client;
  dependants: Dependant[];
  applications: ApplicationDetail[];
  deadlines: Deadline[];
}
