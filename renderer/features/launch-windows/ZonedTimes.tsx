import { useTranslation } from 'react-i18next';
import { formatInstantIn } from '../../i18n/format';
import { useSession } from '../session/queries';

/**
 * An instant read in the window's zone and in the firm's zone, side by side: a Vancouver firm
 * working an Ottawa window must see at a glance that midnight there is 21:00 here.
 */
export function ZonedTimes({
  instant,
  windowZone,
  id,
}: {
  instant: string;
  windowZone: string;
  id?: string;
}) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const firmZone = session.data?.settings.timeZone;
  return (
    <dl className="zoned-times" id={id}>
      <div>
        <dt>{t('launchScreens.zones.window', { zone: windowZone })}</dt>
        <dd>{formatInstantIn(instant, windowZone, i18n.language)}</dd>
      </div>
      {firmZone && (
        <div>
          <dt>{t('launchScreens.zones.firm', { zone: firmZone })}</dt>
          <dd>{formatInstantIn(instant, firmZone, i18n.language)}</dd>
        </div>
      )}
    </dl>
  );
}
