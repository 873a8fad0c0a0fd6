import { RecordError } from '../../db/errors';
import type { WindowInstants } from '../../db/launch-windows/windows';
import { V } from '../contract/validation';
import { zonedDateTimeToInstant } from '../domain/deadlines/time-zone';

/**
 * Opening and closing instants from what the firm typed, in the window's own zone; a window with
 * a closing day but no time closes at the end of that day. A window that closes before it opens
 * is refused with the field to fix.
 */
export const windowInstants: WindowInstants = (values) => {
  const opensAt = zonedDateTimeToInstant(values.opensOn, values.opensAtTime, values.timeZone).iso;
  const closesAt = values.closesOn
    ? zonedDateTimeToInstant(values.closesOn, values.closesAtTime ?? '23:59', values.timeZone).iso
    : null;
  if (closesAt !== null && closesAt <= opensAt)
    throw new RecordError('invalid', 'The window closes before it opens.', { closesOn: V.endBeforeStart });
  return { opensAt, closesAt };
};
