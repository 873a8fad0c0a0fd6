import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvProgress } from './parseCsvInChunks';
import { StepHeading } from './StepHeading';

/** Updated after every batch the main process has checked; the text says the same for everyone. */
export function ImportProgress({ progress, onCancel }: { progress: CsvProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fraction = progress.totalChars > 0 ? progress.charsRead / progress.totalChars : 0;
  const percent = Math.floor(fraction * 100);
  const text = t('imports.progress.text', {
    rows: progress.rowsRead,
    percent,
  });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <StepHeading id={`${id}-heading`}>{t('imports.progress.heading')}</StepHeading>
      <p>{t('imports.progress.note')}</p>
      <div className="import-progress">
        <label htmlFor={`${id}-bar`}>{t('imports.progress.label')}</label>
        <progress
          id={`${id}-bar`}
          max={100}
          value={percent}
          aria-valuetext={text}
          aria-describedby={`${id}-text`}
        />
        <span id={`${id}-text`}>{text}</span>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('imports.choice.cancel')}
        </button>
      </div>
    </section>
  );
}
