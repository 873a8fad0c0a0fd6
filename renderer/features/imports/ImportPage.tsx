import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { launchKeys, useLaunchWindows } from '../launch-windows/queries';
import { ColumnMapping } from './ColumnMapping';
import { ImportProgress } from './ImportProgress';
import { ImportResultSummary } from './ImportResultSummary';
import { ImportReview } from './ImportReview';
import { StepHeading } from './StepHeading';
import { type ImportStep, useCsvImport } from './useCsvImport';
import './imports.css';

/** #/import: clients with their families from a CSV file. */
export function ImportPage() {
  const { t } = useTranslation();
  return <ImportFlow title={t('imports.title')} windowId={null} />;
}

/** #/launch-windows/:id/import: the same, with the families enrolled in that window by default. */
export function LaunchWindowImportPage({ windowId }: { windowId: number }) {
  const { t } = useTranslation();
  const launchWindow = useQuery({
    queryKey: [...launchKeys.all, 'get', windowId],
    queryFn: () => fetchValue('launchWindows.get', { id: windowId }),
  });
  if (launchWindow.isError)
    return <ErrorNotice error={launchWindow.error} onRetry={() => void launchWindow.refetch()} />;
  if (launchWindow.isPending) return <p role="status">{t('app.loading')}</p>;
  return (
    <ImportFlow title={t('imports.titleForWindow', { name: launchWindow.data.name })} windowId={windowId} />
  );
}

const STEPS = ['choose', 'map', 'check', 'review', 'done'] as const;
const stepIndex: Record<ImportStep['kind'], number> = {
  choose: 0,
  reading: 0,
  map: 1,
  sending: 2,
  failed: 2,
  review: 3,
  done: 4,
};

function ImportFlow({ title, windowId }: { title: string; windowId: number | null }) {
  const { t } = useTranslation();
  const flow = useCsvImport();
  const windows = useLaunchWindows();
  const { step } = flow;
  const current = stepIndex[step.kind];

  // One polite live region for the whole flow, so each change of step is announced once.
  const status =
    step.kind === 'reading'
      ? t('imports.file.reading')
      : step.kind === 'review'
        ? t('imports.review.checked', {
            count: step.preview.rows,
            invalid: step.preview.invalidRows,
          })
        : step.kind === 'done'
          ? t('imports.result.families', {
              count: step.result.familiesCreated,
              people: step.result.peopleCreated,
            })
          : step.kind === 'choose' && step.problem === 'imports.cancelled'
            ? t('imports.cancelled')
            : '';

  return (
    <>
      <PageHeader title={title}>
        <p className="page-subtitle">{t('imports.intro')}</p>
      </PageHeader>
      <ol className="import-steps" aria-label={t('imports.steps.label')}>
        {STEPS.map((name, index) => (
          <li
            key={name}
            aria-current={index === current ? 'step' : undefined}
            className={index < current ? 'import-step-done' : undefined}
          >
            {t(`imports.steps.${name}`)}
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {(step.kind === 'choose' || step.kind === 'reading') && (
        <ChooseFile
          problem={step.kind === 'choose' ? step.problem : null}
          reading={step.kind === 'reading'}
          onFile={(file) => void flow.chooseFile(file)}
        />
      )}
      {step.kind === 'map' && (
        <ColumnMapping
          file={step.file}
          columns={step.columns}
          error={step.error}
          onChange={flow.setColumns}
          onSubmit={() => void flow.check(step.file, step.columns)}
          onCancel={() => void flow.cancel()}
        />
      )}
      {step.kind === 'sending' && (
        <ImportProgress progress={step.progress} onCancel={() => void flow.cancel()} />
      )}
      {step.kind === 'review' && (
        <ImportReview
          step={step}
          windowId={windowId}
          onCommit={(choice) => flow.commit(step, choice)}
          onCancel={() => void flow.cancel()}
        />
      )}
      {step.kind === 'done' && (
        <ImportResultSummary
          result={step.result}
          launchWindow={windows.data?.find((w) => w.id === step.enrolledInWindowId) ?? null}
          onAnother={flow.restart}
        />
      )}
      {step.kind === 'failed' && <Failed error={step.error} onRestart={flow.restart} />}
    </>
  );
}

function ChooseFile({
  problem,
  reading,
  onFile,
}: {
  problem: Extract<ImportStep, { kind: 'choose' }>['problem'];
  reading: boolean;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const isError = problem === 'imports.file.noHeader' || problem === 'imports.file.unreadable';
  return (
    <section aria-labelledby={`${id}-heading`}>
      {/* On arrival focus stays put; after a cancel or a refused file it comes back here. */}
      <StepHeading id={`${id}-heading`} focus={problem !== null}>
        {t('imports.steps.choose')}
      </StepHeading>
      {problem && (
        <p
          className={isError ? 'notice notice-error' : 'notice notice-success'}
          role={isError ? 'alert' : undefined}
        >
          {t(problem)}
        </p>
      )}
      <div className={isError ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-file`}>{t('imports.file.label')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          disabled={reading}
          aria-describedby={`${id}-hint`}
          aria-invalid={isError || undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          {reading ? t('imports.file.reading') : t('imports.file.hint')}
        </p>
      </div>
    </section>
  );
}

function Failed({ error, onRestart }: { error: AppError; onRestart: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const messages = [...new Set(Object.values(error.fields ?? {}))];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <StepHeading id={`${id}-heading`}>{t('imports.failed')}</StepHeading>
      <ErrorNotice error={error} />
      {messages.length > 0 && (
        <ul>
          {messages.map((key) => (
            <li key={key}>{t(key as 'validation.invalid', { defaultValue: t('validation.invalid') })}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onRestart}>
        {t('imports.result.another')}
      </button>
    </section>
  );
}
