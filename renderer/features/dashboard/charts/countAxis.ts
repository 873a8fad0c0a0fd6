import { axisTick } from './ChartFigure';
import { countFormat } from './countFormat';

/**
 * The axis that counts files, deadlines or submissions: whole numbers only, written the
 * reader's way like the tables beside the charts, in the theme's muted text colour.
 */
export function countAxisProps(locale: string) {
  return { allowDecimals: false, tick: axisTick, tickLine: false, tickFormatter: countFormat(locale) };
}
