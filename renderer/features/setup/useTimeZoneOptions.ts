import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneIds, timeZoneNames } from './timeZones';

/** Every IANA zone as a select option: "America/Toronto (Eastern Time)". */
export function useTimeZoneOptions(): { zones: string[]; options: { zone: string; label: string }[] } {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const zones = useMemo(() => timeZoneIds(), []);
  const options = useMemo(
    () =>
      zones.map((zone) => {
        const names = timeZoneNames(zone, locale);
        return {
          zone,
          label: names.name ? t('setup.timeZoneOption', { id: names.id, name: names.name }) : names.id,
        };
      }),
    [zones, locale, t],
  );
  return { zones, options };
}
