export { personDisplayName as clientDisplayName } from '../../../main/contract/people';
