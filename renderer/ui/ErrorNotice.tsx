import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../main/contract';
import { CallError } from '../api/client';
import { sessionKey } from '../features/session/queries';

/**
 * A failure told in the user's words, with one thing to do about it. DUPLICATE gets its own
 * warning on the screens that create people (it lists the matches); here it is the plain sentence.
 */
export function ErrorNotice({ error, onRetry }: { error: AppError | unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof CallError ? error.error.code : isAppError(error) ? error.code : 'INTERNAL';
  return (
    <div className="notice notice-error" role="alert">
      {/* A code this build does not know (a newer main process) still reads as a sentence. */}
      <p>{t(`errors.${code}`, { defaultValue: t('errors.INTERNAL') })}</p>
      {code === 'USER_REQUIRED' && <ChooseWhoIsWorking />}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The main process has nobody working (the person was archived in another window, say):
 * reloading the session brings up the "who is working?" screen.
 */
function ChooseWhoIsWorking() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <button
      type="button"
      className="button"
      onClick={() => void queryClient.invalidateQueries({ queryKey: sessionKey })}
    >
      {t('errors.chooseWhoIsWorking')}
    </button>
  );
}

function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
