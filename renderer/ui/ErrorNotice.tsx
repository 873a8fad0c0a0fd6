import { useTranslation } from 'react-i18next';
import type { AppError } from '../../main/contract';
import { CallError } from '../api/client';

/** A failure told in the user's words, with one thing to do about it. */
export function ErrorNotice({ error, onRetry }: { error: AppError | unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof CallError ? error.error.code : isAppError(error) ? error.code : 'INTERNAL';
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(`errors.${code}`)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
