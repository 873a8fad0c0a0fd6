import { formatNumber } from '../../../i18n/format';

/**
 * Counts on a chart's axis and in its tooltip written the reader's way: Recharts prints raw
 * numbers ("89276"), the tables beside the charts print "89,276" / "89 276".
 */
export function countFormat(locale: string): (value: unknown) => string {
  return (value) => (typeof value === 'number' ? formatNumber(value, locale) : String(value));
}
