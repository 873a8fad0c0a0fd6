import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, HistoryCheck } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstant, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { appStatusKey, useHistoryCheck } from '../recovery/historyCheck';

/**
 * Settings > Records: whether the change history still links from its first entry to its last
 * (checked at every start), and a button to check it again now, e.g. before exporting it for a
 * regulator.
 */
export function HistoryCheckPanel() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const history = useHistoryCheck();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const checkNow = async () => {
    setPending(true);
    setError(null);
    const result = await call('audit.checkHistory', {});
    setPending(false);
    if (!result.ok) return setError(result.error);
    queryClient.setQueryData(appStatusKey, { state: 'ready', history: result.value });
  };

  return (
    <div className="history-check" aria-live="polite">
      <p className={history?.state === 'altered' ? 'field-error' : 'field-hint'}>
        {historySentence(history, t, i18n.language, pending)}
      </p>
      {error && <ErrorNotice error={error} />}
      <button type="button" className="button" disabled={pending} onClick={() => void checkNow()}>
        {t('history.checkNow')}
      </button>
    </div>
  );
}

function historySentence(
  history: HistoryCheck | null,
  t: TFunction,
  language: string,
  pending: boolean,
): string {
  if (pending || history?.state === 'checking') return t('history.checking');
  if (history?.state === 'intact')
    return t('history.intact', {
      when: formatInstant(history.checkedAt, language),
      count: history.entries,
      entries: formatNumber(history.entries, language),
    });
  if (history?.state === 'altered')
    return t('history.alteredAt', {
      when: formatInstant(history.checkedAt, language),
      entry: history.entryId,
    });
  return t('history.unknown');
}
