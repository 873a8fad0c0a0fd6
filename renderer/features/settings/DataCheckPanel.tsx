import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, DataCheck } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstant, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { appStatusKey, useDataCheck } from '../recovery/dataCheck';

/**
 * Settings > Records: whether the data file is sound and its change history still links from
 * first entry to last (checked at every start), and a button to check again now, e.g. before
 * exporting the trail for a regulator.
 */
export function DataCheckPanel() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const check = useDataCheck();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const checkNow = async () => {
    setPending(true);
    setError(null);
    const result = await call('app.checkData', {});
    setPending(false);
    if (!result.ok) return setError(result.error);
    queryClient.setQueryData(appStatusKey, { state: 'ready', dataCheck: result.value });
  };

  const found = check?.state === 'altered' || check?.state === 'damaged';
  return (
    <div className="form data-check">
      <p className={found ? 'field-error' : undefined} aria-live="polite">
        {checkSentence(check, t, i18n.language, pending)}
      </p>
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" disabled={pending} onClick={() => void checkNow()}>
          {t('dataCheck.checkNow')}
        </button>
      </div>
    </div>
  );
}

function checkSentence(check: DataCheck | null, t: TFunction, language: string, pending: boolean): string {
  if (pending || check?.state === 'checking') return t('dataCheck.checking');
  if (check?.state === 'sound')
    return t('dataCheck.sound', {
      when: formatInstant(check.checkedAt, language),
      count: check.entries,
      entries: formatNumber(check.entries, language),
    });
  if (check?.state === 'altered')
    return t('dataCheck.alteredAt', { when: formatInstant(check.checkedAt, language), entry: check.entryId });
  if (check?.state === 'damaged')
    return t('dataCheck.damagedAt', { when: formatInstant(check.checkedAt, language) });
  return t('dataCheck.unknown');
}
